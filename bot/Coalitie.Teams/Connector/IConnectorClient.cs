using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Connector;

/// <summary>
/// The outbound Bot Connector REST API (teams-protocol.md §3.2). Every call waits for the in-process rate limiter,
/// retries 429/412/502/503/504 within a bounded budget and otherwise fails with a <see cref="ConnectorException"/>
/// whose <see cref="ConnectorException.Failure"/> says what happened.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>. The answer's id is null when the service sent none (Agents Playground 202).</summary>
    Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken ct);

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken ct);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>. The Agents Playground answers 501 (<see cref="ConnectorFailure.NotSupported"/>).</summary>
    Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken ct);

    /// <summary><c>POST v3/conversations</c>: a 1:1 chat (one member, <c>isGroup</c> false) or a new channel thread (<c>channelData.channel.id</c>, activity required).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken ct);

    /// <summary><c>GET v3/conversations/{conversationId}/members</c> (throttled hard by Teams; prefer <see cref="GetPagedMembersAsync"/>).</summary>
    Task<IReadOnlyList<TeamsChannelAccount>> GetMembersAsync(ConnectorTarget target, string conversationId, CancellationToken ct);

    /// <summary><c>GET v3/conversations/{conversationId}/members/{memberId}</c>.</summary>
    Task<TeamsChannelAccount> GetMemberAsync(ConnectorTarget target, string conversationId, string memberId, CancellationToken ct);

    /// <summary>
    /// <c>GET v3/conversations/{conversationId}/pagedmembers</c>. <paramref name="pageSize"/> is clamped to 50..500
    /// (null lets the service choose); pass the previous answer's continuation token to get the next page.
    /// </summary>
    Task<PagedMembersResult> GetPagedMembersAsync(ConnectorTarget target, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct);

    /// <summary><c>GET v3/teams/{teamId}</c>.</summary>
    Task<TeamDetails> GetTeamDetailsAsync(ConnectorTarget target, string teamId, CancellationToken ct);

    /// <summary><c>GET v3/teams/{teamId}/conversations</c> (the General channel has the team's id and no name).</summary>
    Task<ConversationList> GetTeamChannelsAsync(ConnectorTarget target, string teamId, CancellationToken ct);
}
