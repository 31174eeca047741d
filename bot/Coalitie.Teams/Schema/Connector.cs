using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalitie.Teams.Schema;

/// <summary>Body of <c>POST v3/conversations</c> (teams-protocol.md §3.2).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}

/// <summary>Answer of <c>POST v3/conversations</c>.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>Answer of send, reply and update: <c>{"id": "..."}</c>.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>
/// A member as the connector returns it. Real <c>/members</c> answers carry <c>objectId</c>, while
/// <c>pagedmembers</c> and <c>/members/{id}</c> carry <c>aadObjectId</c>; <see cref="EntraObjectId"/> gives either.
/// </summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? ObjectId { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }
    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;
}

public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }
    public List<TeamsChannelAccount> Members { get; set; } = [];
}

public sealed class TeamDetails
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
    public int? ChannelCount { get; set; }
    public int? MemberCount { get; set; }
    public string? Type { get; set; }
}

public sealed class ConversationList
{
    public List<ChannelInfo> Conversations { get; set; } = [];
}

/// <summary>The connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorBody? Error { get; set; }
}

public sealed class ErrorBody
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
