using Coalitie.Teams.Schema;

namespace Coalitie.Testing;

/// <summary>One request the <see cref="FakeConnector"/> received.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="Path">The decoded path, e.g. <c>/v3/conversations/a:1/activities</c>.</param>
/// <param name="Query">The raw query string without <c>?</c> (empty when none).</param>
/// <param name="ConversationId">The decoded conversation id for <c>v3/conversations/{id}/…</c> paths.</param>
/// <param name="ActivityId">The decoded activity id for <c>…/activities/{id}</c> paths.</param>
/// <param name="Activity">
/// The activity sent (send, reply, update), or the first message of a created conversation; null otherwise.
/// </param>
/// <param name="Parameters">The body of <c>POST v3/conversations</c>.</param>
/// <param name="Authorization">The <c>Authorization</c> header, if any.</param>
/// <param name="Body">The raw body, if any.</param>
/// <param name="StatusCode">The status the fake answered.</param>
/// <param name="ReceivedAt">When the fake received the request (wall clock, UTC).</param>
public sealed record FakeConnectorRequest(
    string Method,
    string Path,
    string Query,
    string? ConversationId,
    string? ActivityId,
    Activity? Activity,
    ConversationParameters? Parameters,
    string? Authorization,
    string? Body,
    int StatusCode,
    DateTimeOffset ReceivedAt);

/// <summary>A member the fake serves from <c>members</c>, <c>pagedmembers</c> and <c>members/{id}</c>.</summary>
public sealed record FakeMember(string Id, string Name, string AadObjectId, string? Email = null, string? UserPrincipalName = null);

/// <summary>A channel the fake serves from <c>v3/teams/{teamId}/conversations</c>; a null id stands for the team id (General), a null name is how Teams names General.</summary>
public sealed record FakeChannel(string? Id, string? Name);
