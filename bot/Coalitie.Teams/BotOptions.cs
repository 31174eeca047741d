using System.ComponentModel.DataAnnotations;

namespace Coalitie.Teams;

/// <summary>
/// Configuration section <c>Bot</c> (environment form <c>Bot__AppId</c> etc.). Every endpoint and authority is
/// configurable so the layer can run against local stand-ins; the defaults are the public-cloud values from
/// teams-protocol.md §0.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's Microsoft App ID (GUID). Empty: anonymous mode, allowed only on loopback.</summary>
    public string? AppId { get; set; }

    /// <summary>The tenant that owns the bot's app registration (single-tenant bot; required with an app id).</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret for the outbound token.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Path of a PFX/PEM certificate for the outbound token, instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Use managed identity for the outbound token; optionally a user-assigned identity's client id.</summary>
    public bool UseManagedIdentity { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>OpenID metadata document of the Bot Framework channel service (inbound keys).</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of inbound tokens.</summary>
    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Authority host for the outbound client-credentials token; the tenant id is appended.</summary>
    [Required]
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of the outbound token.</summary>
    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Only tests serve metadata over plain http on loopback; production keeps this true.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Require the signing key to carry the activity's channel id as endorsement (403 otherwise).</summary>
    public bool ValidateEndorsements { get; set; } = true;

    /// <summary>Require the <c>serviceurl</c> claim to equal the activity's serviceUrl.</summary>
    public bool ValidateServiceUrlClaim { get; set; } = true;

    /// <summary>
    /// Hosts to which the outbound bearer token may be sent besides service URLs that arrived in an authenticated
    /// activity. A leading <c>*.</c> matches any subdomain.
    /// </summary>
    public List<string> TrustedServiceUrlHosts { get; set; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
    ];

    /// <summary>True when no app id is configured: requests arrive without a token (Agents Playground).</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);
}
