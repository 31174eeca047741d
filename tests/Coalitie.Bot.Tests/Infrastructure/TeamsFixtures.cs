using System.Text.Json.Nodes;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>
/// The ids a fixture is filled with. Every instance has fresh conversation, user, team and channel ids, so tests that
/// share a host never see each other's rows or replies.
/// </summary>
public sealed record FixtureIds
{
    public const string BotId = "28:7c3b1f0e-5d2a-4f8e-9b61-c0a1e2d3f405";
    public const string BotName = "Coalitie";

    private static readonly string Unique = Guid.NewGuid().ToString("N")[..8];

    public FixtureIds(string serviceUrl)
    {
        var n = Guid.NewGuid().ToString("N");
        ServiceUrl = serviceUrl;
        ConversationId = $"a:1{n}-{Unique}";
        GroupChatId = $"19:{n}@thread.v2";
        TeamId = $"19:team{n}@thread.tacv2";
        ChannelId = $"19:chan{n}@thread.tacv2";
        UserId = $"29:1{n}";
        UserAadObjectId = Guid.NewGuid().ToString();
        TeamAadGroupId = Guid.NewGuid().ToString();
    }

    public string ServiceUrl { get; init; }

    public string TenantId { get; init; } = "5d7a9c3e-2b1f-4e6d-8a0c-9f8e7d6c5b4a";

    public string ConversationId { get; init; }

    public string GroupChatId { get; init; }

    public string TeamId { get; init; }

    public string ChannelId { get; init; }

    public string UserId { get; init; }

    public string UserAadObjectId { get; init; }

    public string TeamAadGroupId { get; init; }

    public string ReplyToId { get; init; } = "1767765488332";
}

/// <summary>
/// Loads this project's Teams activities from <c>Fixtures/*.json</c> (modelled on recorded traffic) and fills in the
/// placeholders: <c>$SERVICE_URL</c>, <c>$TENANT_ID</c>, <c>$BOT_ID</c>, <c>$CONVERSATION_ID</c>, <c>$GROUP_CHAT_ID</c>,
/// <c>$TEAM_ID</c>, <c>$TEAM_AAD_GROUP_ID</c>, <c>$CHANNEL_ID</c>, <c>$USER_ID</c>, <c>$USER_AAD_OBJECT_ID</c>,
/// <c>$REPLY_TO_ID</c>.
/// </summary>
public static class TeamsFixtures
{
    public static JsonObject Load(string name, FixtureIds ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var path = Path.Combine(RepositoryPaths.OwnFixtures, name + ".json");
        var json = File.ReadAllText(path)
            .Replace("$SERVICE_URL", ids.ServiceUrl, StringComparison.Ordinal)
            .Replace("$TENANT_ID", ids.TenantId, StringComparison.Ordinal)
            .Replace("$BOT_ID", FixtureIds.BotId, StringComparison.Ordinal)
            .Replace("$CONVERSATION_ID", ids.ConversationId, StringComparison.Ordinal)
            .Replace("$GROUP_CHAT_ID", ids.GroupChatId, StringComparison.Ordinal)
            .Replace("$TEAM_AAD_GROUP_ID", ids.TeamAadGroupId, StringComparison.Ordinal)
            .Replace("$TEAM_ID", ids.TeamId, StringComparison.Ordinal)
            .Replace("$CHANNEL_ID", ids.ChannelId, StringComparison.Ordinal)
            .Replace("$USER_AAD_OBJECT_ID", ids.UserAadObjectId, StringComparison.Ordinal)
            .Replace("$USER_ID", ids.UserId, StringComparison.Ordinal)
            .Replace("$REPLY_TO_ID", ids.ReplyToId, StringComparison.Ordinal);
        if (json.Contains('$', StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(json, @"\$[A-Z_]{4,}"))
        {
            throw new InvalidOperationException($"Fixture {name} has a placeholder the loader does not know.");
        }

        return JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>The personal "hulp" message with another text and locale.</summary>
    public static JsonObject PersonalMessage(FixtureIds ids, string text, string locale = "nl-NL")
    {
        var activity = Load("message-personal-hulp", ids);
        activity["text"] = text;
        activity["locale"] = locale;
        return activity;
    }

    /// <summary>The text the user typed after the bot mention in a channel, with the mention entity.</summary>
    public static JsonObject ChannelMessage(FixtureIds ids, string textAfterMention)
    {
        var activity = Load("message-channel-mention", ids);
        activity["text"] = $"<at>{FixtureIds.BotName}</at> {textAfterMention}";
        return activity;
    }
}
