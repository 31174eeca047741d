namespace Coalitie.Testing;

/// <summary>
/// Everything that goes into a token made by <see cref="TestTokenIssuer.CreateToken(TestTokenRequest)"/>. Start from
/// <see cref="TestTokenIssuer.NewTokenRequest"/> (a valid Bot Framework channel token) and change one thing with
/// <c>with { ... }</c>. A null claim property leaves that claim out of the token.
/// </summary>
public sealed record TestTokenRequest
{
    /// <summary>Header <c>alg</c>. RS256/RS384/RS512 sign with <see cref="SigningKey"/>; HS256/HS384/HS512 forge an
    /// HMAC with the signing key's public key bytes as secret; <c>none</c> leaves the token unsigned.</summary>
    public string Algorithm { get; init; } = TestTokenAlgorithms.RS256;

    /// <summary>The key that signs (RS*) or whose public bytes are the HMAC secret (HS*).</summary>
    public required TestSigningKey SigningKey { get; init; }

    /// <summary>Header <c>kid</c>; null means <see cref="TestSigningKey.KeyId"/>, empty leaves the header out.</summary>
    public string? KeyId { get; init; }

    /// <summary>Claim <c>iss</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>Claim <c>aud</c>.</summary>
    public string? Audience { get; init; }

    /// <summary>Claim <c>serviceurl</c>.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Claim <c>nbf</c> (whole seconds).</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Claim <c>exp</c> (whole seconds).</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>Claim <c>iat</c> (whole seconds); real channel tokens carry none.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary>More payload claims, serialized with System.Text.Json.</summary>
    public IReadOnlyDictionary<string, object?> AdditionalClaims { get; init; } = new Dictionary<string, object?>();
}

/// <summary>Header <c>alg</c> values <see cref="TestTokenIssuer"/> can produce.</summary>
public static class TestTokenAlgorithms
{
    public const string RS256 = "RS256";
    public const string RS384 = "RS384";
    public const string RS512 = "RS512";
    public const string HS256 = "HS256";
    public const string HS384 = "HS384";
    public const string HS512 = "HS512";
    public const string None = "none";
}
