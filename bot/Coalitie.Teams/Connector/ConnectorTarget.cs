namespace Coalitie.Teams.Connector;

/// <summary>
/// Where a connector call goes: the conversation's <paramref name="ServiceUrl"/> (as received in
/// <c>activity.serviceUrl</c>, with or without a trailing slash) and the tenant the conversation belongs to. The
/// tenant keys the per-tenant rate limit; null shares one anonymous bucket.
/// </summary>
public sealed record ConnectorTarget(string ServiceUrl, string? TenantId);
