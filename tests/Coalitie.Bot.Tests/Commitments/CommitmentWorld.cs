using System.Text.Json.Nodes;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Bot.Tests.Commitments;

/// <summary>A Teams user of the test coalition.</summary>
public sealed record TestUser(string TeamsUserId, string AadObjectId, string Name, Guid PersonId);

/// <summary>
/// A coalition inserted straight into the host's database (coalition, people, roles, partners): Fatima is procesregisseur,
/// Sander represents Woonpartners Zuid, Ingrid represents Gemeente Havenstad, Kees has no role (observer).
/// </summary>
public sealed class CommitmentWorld
{
    private CommitmentWorld(BotHost host, FixtureIds ids)
    {
        Host = host;
        Ids = ids;
    }

    public BotHost Host { get; }

    public FixtureIds Ids { get; }

    public Guid CoalitionId { get; } = Guid.NewGuid();

    public required TestUser Fatima { get; init; }

    public required TestUser Sander { get; init; }

    public required TestUser Ingrid { get; init; }

    public required TestUser Kees { get; init; }

    public Guid Woonpartners { get; } = Guid.NewGuid();

    public Guid Gemeente { get; } = Guid.NewGuid();

    public IClock Clock => Host.Services.GetRequiredService<IClock>();

    public LocalDate Today => Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;

    public static async Task<CommitmentWorld> CreateAsync(BotHost host, FixtureIds ids)
    {
        TestUser User(string name, string? id = null, string? aad = null) =>
            new(id ?? "29:1" + Guid.NewGuid().ToString("N"), aad ?? Guid.NewGuid().ToString(), name, Guid.NewGuid());

        var world = new CommitmentWorld(host, ids)
        {
            Fatima = User("Fatima El Amrani", ids.UserId, ids.UserAadObjectId),
            Sander = User("Sander de Vries"),
            Ingrid = User("Ingrid Jansen"),
            Kees = User("Kees Mulder"),
        };
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var now = Clock.GetCurrentInstant();
        var since = now - Duration.FromDays(30);
        var joined = Today.PlusDays(-30);
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
        db.AddRange(woonpartners, gemeente);
        db.AddRange(
            RoleAssignment.Procesregisseur(Guid.NewGuid(), CoalitionId, Fatima.PersonId, since),
            RoleAssignment.Representative(Guid.NewGuid(), CoalitionId, Sander.PersonId, Woonpartners, since),
            RoleAssignment.Representative(Guid.NewGuid(), CoalitionId, Ingrid.PersonId, Gemeente, since));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Gives the coalition a lokaal contract (2026–2045) with one implementation programme, through the domain's own
    /// <see cref="LocalContract.Create"/> and <see cref="LocalContract.AddProgramme"/>; returns the programme's id.
    /// </summary>
    public async Task<Guid> AddContractWithProgrammeAsync(string name, LocalDate start, LocalDate end)
    {
        var rules = ContractRules.Default;
        var contract = LocalContract.Create(
            Guid.NewGuid(),
            CoalitionId,
            new ContractFields(
                "Lokaal contract Havenkwartier", "Havenkwartier", ContractKind.Contract, new LocalDate(2025, 12, 15),
                new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2045, 12, 31)), ReviewCycle.FromYears(4), null, null),
            new LocalDate(2025, 12, 15),
            "Vastgesteld door de stuurgroep",
            rules);
        var programme = contract.AddProgramme(Guid.NewGuid(), name, start, end, rules).Programme;
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        db.Add(contract);
        await db.SaveChangesAsync();
        return programme.Id;
    }

    /// <summary>Inserts commitments T-1…T-n directly (numbers continue after the existing ones).</summary>
    public async Task<IReadOnlyList<Commitment>> AddCommitmentsAsync(int count, Guid partnerId, string title = "Minder leegstand in de portiekflats", Guid? programmeId = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        var start = db.Set<Commitment>().Where(c => c.CoalitionId == CoalitionId).Select(c => (int?)c.Number).Max() ?? 0;
        var created = new List<Commitment>();
        for (var i = 1; i <= count; i++)
        {
            var draft = new CommitmentDraft(
                partnerId, $"{title} {start + i}", null, null,
                new Indicator("leegstaande woningen", "aantal", Direction.LowerIsBetter),
                new DatedValue(42, Today.PlusDays(-200)), new DatedValue(15, Today.PlusDays(500)), [], programmeId, "Minder leegstand maakt de portieken veiliger.");
            created.Add(Commitment.Create(Guid.NewGuid(), CoalitionId, start + i, draft, Clock.GetCurrentInstant()));
        }

        db.AddRange(created);
        await db.SaveChangesAsync();
        return created;
    }

    /// <summary>A message typed in the coalition's channel by <paramref name="user"/>; returns the activity and the thread the reply goes to.</summary>
    public (JsonObject Activity, string Thread) ChannelMessage(TestUser user, string text)
    {
        var activity = TeamsFixtures.ChannelMessage(Ids, text);
        activity["from"] = new JsonObject { ["id"] = user.TeamsUserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        return (activity, activity["conversation"]!["id"]!.GetValue<string>());
    }

    /// <summary>A card button (Action.Execute) pressed by <paramref name="user"/> in a personal chat with <paramref name="data"/> (inputs included).</summary>
    public JsonObject Invoke(TestUser user, string verb, JsonObject data)
    {
        var activity = TeamsFixtures.Load("invoke-adaptivecard-action-help-show", Ids);
        activity["from"] = new JsonObject { ["id"] = user.TeamsUserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["conversation"]!["id"] = "a:1" + Guid.NewGuid().ToString("N");
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        return activity;
    }
}
