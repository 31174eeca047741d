namespace Coalitie.Teams.Auth;

/// <summary>Result class of an inbound request's authentication.</summary>
public enum AuthenticationStatus
{
    /// <summary>The bearer token is valid for this bot, this channel and this service URL.</summary>
    Authenticated,

    /// <summary>No app id is configured: requests are accepted without a token (loopback only, decided by the host).</summary>
    Anonymous,

    /// <summary>No usable token, or the token is not valid for this request. The host answers HTTP 401.</summary>
    Unauthorized,

    /// <summary>The token is valid but its signing key is not endorsed for the activity's channel. The host answers HTTP 403.</summary>
    Forbidden,
}
