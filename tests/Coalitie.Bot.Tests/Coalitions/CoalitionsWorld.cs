using System.Text.Json.Nodes;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using NodaTime;

namespace Coalitie.Bot.Tests.Coalitions;

/// <summary>A Teams user in the coalitions tests.</summary>
public sealed record CoalitionUser(string TeamsUserId, string AadObjectId, string Name, Guid PersonId);

/// <summary>
/// A team (fresh ids) and the messages and card actions its members send. <see cref="SeedAsync"/> inserts a coalition
/// with Fatima as procesregisseur, Sander representing Woonpartners Zuid, and Kees without a role (observer).
/// </summary>
public sealed class CoalitionsWorld(BotHost host, FixtureIds ids)
{
    public BotHost Host { get; } = host;

    public FixtureIds Ids { get; } = ids;

    public Guid CoalitionId { get; } = Guid.NewGuid();

    public Guid Woonpartners { get; } = Guid.NewGuid();

    public CoalitionUser Fatima { get; } = new(ids.UserId, ids.UserAadObjectId, "Fatima El Amrani", Guid.NewGuid());

    public CoalitionUser Sander { get; } = new("29:1sander" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), "Sander de Vries", Guid.NewGuid());

    public CoalitionUser Kees { get; } = new("29:1kees" + Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), "Kees Mulder", Guid.NewGuid());

    public LocalDate Today => Host.Services.GetRequiredService<IClock>().GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;

    public async Task SeedAsync(int extraPartners = 0)
    {
        var now = Host.Services.GetRequiredService<IClock>().GetCurrentInstant();
        var since = now - Duration.FromDays(30);
        var joined = Today.PlusDays(-30);
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        db.Add(Coalition.Create(CoalitionId, "Wijkaanpak Havenkwartier", "Havenkwartier", "Havenstad", Ids.TeamId, Ids.ChannelId, null, since));
        foreach (var user in new[] { Fatima, Sander })
        {
            db.Add(Person.Create(user.PersonId, CoalitionId, user.TeamsUserId, user.AadObjectId, user.Name));
        }

        var woonpartners = Partner.Join(Woonpartners, CoalitionId, "Woonpartners Zuid", PartnerDomain.Wonen, VoetbalLine.Middenveld, joined);
        woonpartners.ChangeRepresentative(Guid.NewGuid(), Sander.PersonId, joined);
        db.Add(woonpartners);
        for (var i = 1; i <= extraPartners; i++)
        {
            db.Add(Partner.Join(Guid.NewGuid(), CoalitionId, $"Buurtorganisatie {i:D3} met een lange naam in het Havenkwartier", (PartnerDomain)(i % 11), null, joined));
        }

        db.AddRange(
            RoleAssignment.Procesregisseur(Guid.NewGuid(), CoalitionId, Fatima.PersonId, since),
            RoleAssignment.Representative(Guid.NewGuid(), CoalitionId, Sander.PersonId, Woonpartners, since));
        await db.SaveChangesAsync();
    }

    /// <summary>A message typed in the team's channel; returns the activity and the conversation the reply goes to.</summary>
    public (JsonObject Activity, string Conversation) ChannelMessage(CoalitionUser user, string text)
    {
        var activity = TeamsFixtures.ChannelMessage(Ids, text);
        activity["from"] = From(user);
        activity["conversation"]!["id"] = $"{Ids.ChannelId};messageid={Guid.NewGuid():N}";
        return (activity, activity["conversation"]!["id"]!.GetValue<string>());
    }

    /// <summary>A personal-chat message.</summary>
    public (JsonObject Activity, string Conversation) PersonalMessage(CoalitionUser user, string text)
    {
        var activity = TeamsFixtures.PersonalMessage(Ids with { ConversationId = "a:1" + Guid.NewGuid().ToString("N") }, text);
        activity["from"] = From(user);
        return (activity, activity["conversation"]!["id"]!.GetValue<string>());
    }

    /// <summary>An Action.Execute pressed in the team's channel, with the card's data and inputs.</summary>
    public (JsonObject Activity, string Conversation) ChannelInvoke(CoalitionUser user, string verb, JsonObject data)
    {
        var (activity, conversation) = ChannelMessage(user, "x");
        activity.Remove("text");
        activity.Remove("textFormat");
        activity.Remove("attachments");
        activity["entities"] = new JsonArray();
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1772443211020";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return (activity, conversation);
    }

    public async Task<T> QueryAsync<T>(Func<CoalitieDbContext, Task<T>> query) => await Host.QueryAsync(query);

    private static JsonObject From(CoalitionUser user) => new() { ["id"] = user.TeamsUserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
}
