using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalitie.Teams.Schema;

/// <summary>
/// A Bot Framework v3 activity as Teams sends and receives it. Every class here keeps the members it does not
/// know in <see cref="ExtensionData"/>, so nothing is lost when an activity is read and written again.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    public string? Locale { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public JsonElement? Value { get; set; }
    public string? ValueType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The Teams-specific <c>channelData</c>, parsed leniently; never null.</summary>
    public TeamsChannelData GetTeamsChannelData()
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } raw)
        {
            return new TeamsChannelData();
        }

        try
        {
            return raw.Deserialize<TeamsChannelData>(BotJson.Options) ?? new TeamsChannelData();
        }
        catch (JsonException)
        {
            return new TeamsChannelData();
        }
    }

    /// <summary>The tenant id: <c>channelData.tenant.id</c>, else <c>conversation.tenantId</c>.</summary>
    public string? GetTenantId() => GetTeamsChannelData().Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>The mention entities in this activity.</summary>
    public IEnumerable<Mention> GetMentions()
    {
        if (Entities is null)
        {
            yield break;
        }

        foreach (var entity in Entities)
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) && entity.ToMention() is { } mention)
            {
                yield return mention;
            }
        }
    }

    /// <summary>A new message activity addressed back into this activity's conversation.</summary>
    public Activity CreateReply(string? text = null)
    {
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
            Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
            Conversation = Conversation is null ? null : new ConversationAccount
            {
                Id = Conversation.Id,
                ConversationType = Conversation.ConversationType,
                IsGroup = Conversation.IsGroup,
                TenantId = Conversation.TenantId,
            },
            ReplyToId = Id,
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            Locale = Locale,
            Text = text,
            TextFormat = text is null ? null : "markdown",
        };
    }
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public bool? IsGroup { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    /// <summary>For an Adaptive Card: the card object (see <c>Coalitie.Teams.Cards</c>).</summary>
    public object? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>An activity entity; only <c>mention</c> and <c>clientInfo</c> are read, the rest is carried along.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    public Mention? ToMention()
    {
        if (ExtensionData is null)
        {
            return null;
        }

        ChannelAccount? mentioned = null;
        if (ExtensionData.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            mentioned = m.Deserialize<ChannelAccount>(BotJson.Options);
        }

        var text = ExtensionData.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new Mention(mentioned, text);
    }

    public static Entity FromMention(ChannelAccount mentioned, string text) => new()
    {
        Type = "mention",
        ExtensionData = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = JsonSerializer.SerializeToElement(mentioned, BotJson.Options),
            ["text"] = JsonSerializer.SerializeToElement(text, BotJson.Options),
        },
    };
}

public sealed record Mention(ChannelAccount? Mentioned, string? Text);

public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public TeamsChannelDataSettings? Settings { get; set; }
    public string? TeamsTeamId { get; set; }
    public string? TeamsChannelId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

public sealed class TenantInfo
{
    public string? Id { get; set; }
}

public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
}

public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
