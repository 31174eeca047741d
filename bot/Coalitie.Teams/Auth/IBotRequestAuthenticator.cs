namespace Coalitie.Teams.Auth;

/// <summary>Authenticates a request that the Bot Framework channel service sends to the bot's messaging endpoint.</summary>
public interface IBotRequestAuthenticator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity's <c>channelId</c> and <c>serviceUrl</c>
    /// (teams-protocol.md §1.2). Never throws for bad input or an unreachable metadata endpoint: every failure is an
    /// outcome. <see cref="AuthenticationStatus.Unauthorized"/> maps to HTTP 401, <see cref="AuthenticationStatus.Forbidden"/>
    /// to HTTP 403. Only cancellation of <paramref name="cancellationToken"/> ends the call with an exception.
    /// </summary>
    Task<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken);
}
