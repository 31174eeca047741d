using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Contracts;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.Contracts;

/// <summary>A Teams user of the contract tests' coalition.</summary>
public sealed record ContractUser(string TeamsUserId, string AadObjectId, string Name, Guid PersonId);

/// <summary>
/// A coalition inserted straight into the host's database, in its own team: Fatima is procesregisseur, Sander
/// represents Woonpartners Zuid, Ingrid represents Gemeente Havenstad, Kees has no role (observer). Politie eenheid
/// Havenstad is a partner without a representative. Messages and card actions are posted as channel activities of the
/// team, through the real endpoint.
/// </summary>
public sealed class ContractWorld
{
    private ContractWorld(BotHost host, FixtureIds ids)
    {
        Host = host;
        Ids = ids;
    }

    /// <summary>JSON as Teams writes it (non-ASCII letters as they are), to search card text in.</summary>
    public static JsonSerializerOptions Relaxed { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public BotHost Host { get; }

    public FixtureIds Ids { get; }

    public Guid CoalitionId { get; } = Guid.NewGuid();

    public required ContractUser Fatima { get; init; }

    public required ContractUser Sander { get; init; }

    public required ContractUser Ingrid { get; init; }

    public required ContractUser Kees { get; init; }

    public Guid Woonpartners { get; } = Guid.NewGuid();

    public Guid Gemeente { get; } = Guid.NewGuid();

    public Guid Politie { get; } = Guid.NewGuid();

    public LocalDate Today =>
        Host.Services.GetRequiredService<IClock>().GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;

    public static async Task<ContractWorld> CreateAsync(BotHost host, FixtureIds ids)
    {
        ContractUser User(string name) => new("29:1" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), name, Guid.NewGuid());
        var world = new ContractWorld(host, ids)
        {
            Fatima = User("Fatima El Amrani"),
            Sander = User("Sander de Vries"),
            Ingrid = User("Ingrid Jansen"),
            Kees = User("Kees Mulder"),
        };
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var clock = Host.Services.GetRequiredService<IClock>();
        var since = clock.GetCurrentInstant() - Duration.FromDays(30);
        var joined = new LocalDate(2025, 11, 1);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        db.Add(Coalition.Create(CoalitionId, "Wijkaanpak Havenkwartier", "Havenkwartier", "Havenstad", Ids.TeamId, Ids.ChannelId, null, since));
        foreach (var user in new[] { Fatima, Sander, Ingrid, Kees })
        {
            db.Add(Person.Create(user.PersonId, CoalitionId, user.TeamsUserId, user.AadObjectId, user.Name));
        }

        var woonpartners = Partner.Join(Woonpartners, CoalitionId, "Woonpartners Zuid", PartnerDomain.Wonen, VoetbalLine.Middenveld, joined);
        woonpartners.ChangeRepresentative(Guid.NewGuid(), Sander.PersonId, joined);
        var gemeente = Partner.Join(Gemeente, CoalitionId, "Gemeente Havenstad", PartnerDomain.Gemeente, null, joined);
        gemeente.ChangeRepresentative(Guid.NewGuid(), Ingrid.PersonId, joined);
        var politie = Partner.Join(Politie, CoalitionId, "Politie eenheid Havenstad", PartnerDomain.Politie, VoetbalLine.Verdediging, joined);
        db.AddRange(woonpartners, gemeente, politie);
        db.AddRange(
            RoleAssignment.Procesregisseur(Guid.NewGuid(), CoalitionId, Fatima.PersonId, since),
            RoleAssignment.Representative(Guid.NewGuid(), CoalitionId, Sander.PersonId, Woonpartners, since),
            RoleAssignment.Representative(Guid.NewGuid(), CoalitionId, Ingrid.PersonId, Gemeente, since));
        await db.SaveChangesAsync();
    }

    /// <summary>Types <paramref name="text"/> in the coalition's channel as <paramref name="user"/>; returns what the bot sent back.</summary>
    public async Task<IReadOnlyList<FakeConnectorRequest>> SayAsync(ContractUser user, string text, string locale = "nl-NL")
    {
        var activity = TeamsFixtures.ChannelMessage(Ids, text);
        activity["from"] = From(user);
        activity["locale"] = locale;
        var thread = activity["conversation"]!["id"]!.GetValue<string>();
        var before = Host.RequestsFor(thread).Count;
        using var response = await Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Host.RequestsFor(thread).Skip(before).ToList();
    }

    /// <summary>The one card the bot answered <paramref name="text"/> with.</summary>
    public async Task<JsonObject> CardForAsync(ContractUser user, string text, string locale = "nl-NL") =>
        Replies.Card(Assert.Single(await SayAsync(user, text, locale)));

    /// <summary>The one text the bot answered <paramref name="text"/> with.</summary>
    public async Task<string> TextForAsync(ContractUser user, string text, string locale = "nl-NL") =>
        Replies.Text(Assert.Single(await SayAsync(user, text, locale)));

    /// <summary>Presses an Action.Execute button (in the team's channel) as <paramref name="user"/>; returns the invoke response body.</summary>
    public async Task<JsonNode> PressAsync(ContractUser user, string verb, JsonObject data, string locale = "nl-NL")
    {
        var activity = TeamsFixtures.Load("invoke-adaptivecard-action-help-show", Ids);
        activity["from"] = From(user);
        activity["locale"] = locale;
        activity["conversation"] = new JsonObject
        {
            ["id"] = $"{Ids.ChannelId};messageid=1772443211020",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = Ids.TenantId,
        };
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = Ids.ChannelId,
            ["teamsTeamId"] = Ids.TeamId,
            ["channel"] = new JsonObject { ["id"] = Ids.ChannelId },
            ["team"] = new JsonObject { ["id"] = Ids.TeamId, ["name"] = "Wijkaanpak Havenkwartier" },
            ["tenant"] = new JsonObject { ["id"] = Ids.TenantId },
        };
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        using var response = await Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssert.JsonBodyAsync(response);
    }

    /// <summary>The card of an invoke response that replaces the form.</summary>
    public static JsonObject CardOf(JsonNode body)
    {
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    /// <summary>The message of an invoke response that leaves the card as it is.</summary>
    public static string MessageOf(JsonNode body)
    {
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        return body["value"]!.GetValue<string>();
    }

    /// <summary>The form's values of a valid new contract (version 1), to change per test.</summary>
    public static JsonObject NewContractForm() => new()
    {
        ["v"] = 1,
        ["baseVersion"] = 0,
        ["title"] = "Lokaal contract Havenkwartier",
        ["kind"] = "Contract",
        ["area"] = "Havenkwartier",
        ["horizonStart"] = "1-1-2026",
        ["horizonEnd"] = "31 december 2045",
        ["reviewCycle"] = "4",
        ["signedOn"] = "15-12-2025",
        ["principles"] = "School, werk en wonen op het niveau van vergelijkbare wijken.",
        ["documentUrl"] = "https://havenstad.nl/wijkaanpak/contract.pdf",
        ["reason"] = "Getekend in de raadszaal",
        ["versionDate"] = "15-12-2025",
    };

    /// <summary>Lays down version 1 through the form, as Fatima.</summary>
    public async Task CreateContractAsync()
    {
        var body = await PressAsync(Fatima, "contract.edit.submit", NewContractForm());
        Assert.Contains("vastgelegd als versie 1", CardOf(body).ToJsonString(Relaxed), StringComparison.Ordinal);
    }

    public Task<LocalContract?> ContractAsync() =>
        Host.QueryAsync(db => db.Set<LocalContract>().AsNoTracking().FirstOrDefaultAsync(c => c.CoalitionId == CoalitionId));

    public Task<List<AuditEntry>> AuditAsync() =>
        Host.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.CoalitionId == CoalitionId).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Finds the element with <paramref name="id"/> anywhere in a card.</summary>
    public static JsonObject? Element(JsonNode? node, string id)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["id"] is JsonValue v && v.TryGetValue<string>(out var s) && s == id)
                {
                    return o;
                }

                foreach (var (_, child) in o)
                {
                    if (Element(child, id) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (Element(child, id) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static JsonObject From(ContractUser user) =>
        new() { ["id"] = user.TeamsUserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
}
