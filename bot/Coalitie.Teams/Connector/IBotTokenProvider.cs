namespace Coalitie.Teams.Connector;

/// <summary>The outbound bearer token for the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>The access token, or null in anonymous mode (no app id): then no <c>Authorization</c> header is sent.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken ct);
}
