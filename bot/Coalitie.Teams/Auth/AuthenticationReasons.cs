namespace Coalitie.Teams.Auth;

/// <summary>The fixed <see cref="AuthenticationOutcome.Reason"/> texts. They never contain token content.</summary>
internal static class AuthenticationReasons
{
    public const string Anonymous = "No app id is configured; authentication is disabled.";
    public const string MissingHeader = "The Authorization header is missing.";
    public const string NotBearer = "The Authorization header does not use the Bearer scheme.";
    public const string MalformedToken = "The bearer token is not a well-formed JWT.";
    public const string UntrustedIssuer = "The token issuer is not trusted.";
    public const string MetadataUnavailable = "The OpenID metadata of the token issuer could not be retrieved.";
    public const string Expired = "The token has expired.";
    public const string NotYetValid = "The token is not yet valid.";
    public const string NoExpiration = "The token has no expiration time.";
    public const string InvalidLifetime = "The token lifetime is invalid.";
    public const string InvalidAudience = "The token audience is not this bot.";
    public const string InvalidIssuer = "The token issuer is invalid.";
    public const string UnknownSigningKey = "The token is signed with an unknown key.";
    public const string InvalidSignature = "The token signature is invalid.";
    public const string AlgorithmNotAllowed = "The token signing algorithm is not allowed.";
    public const string InvalidToken = "The token is invalid.";
    public const string MissingServiceUrlClaim = "The token has no serviceurl claim.";
    public const string ServiceUrlMismatch = "The token's serviceurl claim does not match the activity's serviceUrl.";
    public const string KeyNotEndorsed = "The token's signing key is not endorsed for the activity's channel.";
    public const string MissingChannelId = "The activity has no channelId to check the signing key's endorsements against.";
    public const string Authenticated = "The token is valid.";
}
