using Microsoft.IdentityModel.Tokens;

namespace Coalitie.Teams.Auth;

/// <summary>
/// One retrieval of an issuer's OpenID metadata: the signing keys and, from the same keys document, the channel ids
/// each key is endorsed for. Keys and endorsements are always replaced together.
/// </summary>
internal sealed record SigningMetadata(
    IReadOnlyList<SecurityKey> SigningKeys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> EndorsementsByKeyId,
    DateTimeOffset RetrievedAt,
    DateTimeOffset RefreshAfter)
{
    /// <summary>True when a signing key with this <c>kid</c> is published (ordinal comparison, as JWS requires).</summary>
    public bool HasKey(string keyId) => SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));
}
