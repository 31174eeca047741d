namespace Coalitie.Teams.Auth;

/// <summary>
/// An issuer whose tokens the bot accepts: the <c>iss</c> values it uses, the metadata its signing keys come from and
/// the Bot Framework checks that apply to its tokens. Today there is one, the Bot Framework channel service
/// (teams-protocol.md §1.1). Entra-issued channel tokens (§1.3, §8.2) would be a second entry with their own issuers
/// and metadata, typically without endorsements; the validator picks the entry by the token's unverified <c>iss</c>
/// before any key is fetched.
/// </summary>
internal sealed record TrustedTokenIssuer(
    string Name,
    IReadOnlyList<string> Issuers,
    OpenIdMetadataCache Metadata,
    bool RequireEndorsements,
    bool RequireServiceUrlClaim)
{
    public bool Issues(string issuer) => Issuers.Contains(issuer, StringComparer.Ordinal);
}
