using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coalitie.Teams.Connector;

/// <summary>
/// The outbound client-credentials token (teams-protocol.md §2) through Azure.Identity. The credential is chosen from
/// <see cref="BotOptions"/>: <see cref="BotOptions.UseManagedIdentity"/> → <see cref="ManagedIdentityCredential"/>
/// (user-assigned when <see cref="BotOptions.ManagedIdentityClientId"/> is set, else system-assigned);
/// <see cref="BotOptions.CertificatePath"/> → <see cref="ClientCertificateCredential"/>;
/// <see cref="BotOptions.AppPassword"/> → <see cref="ClientSecretCredential"/>. Secret and certificate use the
/// single-tenant authority <c>{TokenAuthority}/{TenantId}</c>. Exactly one must be configured. Anonymous mode
/// (no app id) yields no token.
/// </summary>
/// <remarks>
/// The token is cached here and renewed when the credential's refresh time is reached, else five minutes (at most half
/// the lifetime) before it expires, so no call waits on the identity endpoint while a token is valid. If a renewal
/// fails while the cached token has not expired, the cached token is used. The credential's HTTP goes through the
/// named client <see cref="HttpClientName"/>, so tests can point it at a local HTTPS token endpoint.
/// </remarks>
public sealed class AzureIdentityBotTokenProvider : IBotTokenProvider, IDisposable
{
    /// <summary>Named <see cref="HttpClient"/> used as the Azure.Identity transport.</summary>
    public const string HttpClientName = "Coalitie.Teams.Token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lazy<TokenCredential?> _credential;
    private readonly string _scope;
    private readonly TimeProvider _time;
    private readonly ILogger<AzureIdentityBotTokenProvider> _logger;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _cached;

    public AzureIdentityBotTokenProvider(
        IOptions<BotOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<AzureIdentityBotTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        var botOptions = options.Value;
        // Created on first use: a host that replaces this provider, or runs anonymously, never needs a credential.
        _credential = new Lazy<TokenCredential?>(
            () => CreateCredential(botOptions, new HttpClientTransport(httpClientFactory.CreateClient(HttpClientName))),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _scope = botOptions.TokenScope;
        _time = time;
        _logger = logger;
    }

    internal AzureIdentityBotTokenProvider(TokenCredential? credential, string scope, TimeProvider time, ILogger<AzureIdentityBotTokenProvider> logger)
    {
        _credential = new Lazy<TokenCredential?>(credential);
        _scope = scope;
        _time = time;
        _logger = logger;
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken ct)
    {
        if (_cached is { } fresh && _time.GetUtcNow() < fresh.RefreshAt)
        {
            return fresh.Token.Token;
        }

        var credential = _credential.Value;
        if (credential is null)
        {
            return null;
        }

        await _refreshGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (_cached is { } current && now < current.RefreshAt)
            {
                return current.Token.Token;
            }

            try
            {
                var token = await credential.GetTokenAsync(new TokenRequestContext([_scope]), ct).ConfigureAwait(false);
                _cached = new CachedToken(token, RefreshTime(token, now));
                return token.Token;
            }
            catch (AuthenticationFailedException ex) when (_cached is { } stale && now < stale.Token.ExpiresOn)
            {
                ConnectorLog.TokenRefreshFailed(_logger, ex.GetType().Name);
                return stale.Token.Token;
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    /// <summary>
    /// The credential for <paramref name="options"/> with <paramref name="transport"/> as its HTTP pipeline transport;
    /// null in anonymous mode. Throws <see cref="InvalidOperationException"/> when the configuration is incomplete or
    /// ambiguous.
    /// </summary>
    internal static TokenCredential? CreateCredential(BotOptions options, HttpPipelineTransport transport)
    {
        if (options.IsAnonymous)
        {
            return null;
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.AppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var configured = (hasSecret ? 1 : 0) + (hasCertificate ? 1 : 0) + (options.UseManagedIdentity ? 1 : 0);
        if (configured != 1)
        {
            throw new InvalidOperationException(configured == 0
                ? "Bot:AppId is set but no outbound credential is: configure Bot:AppPassword, Bot:CertificatePath or Bot:UseManagedIdentity."
                : "Configure exactly one outbound credential: Bot:AppPassword, Bot:CertificatePath or Bot:UseManagedIdentity.");
        }

        if (options.UseManagedIdentity)
        {
            var id = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId);
            return new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(id) { Transport = transport });
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            throw new InvalidOperationException("Bot:TenantId is required when Bot:AppId is set (single-tenant bot).");
        }

        if (!Uri.TryCreate(options.TokenAuthority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("Bot:TokenAuthority must be an absolute https URL.");
        }

        // A loopback authority is a local stand-in (tests, offline runs): asking the public cloud's instance discovery
        // about it would only wait for a network that is not there. Real authorities keep discovery and validation.
        var localAuthority = ServiceUrlTrust.IsLoopback(authority);
        if (hasCertificate)
        {
            var certificateOptions = new ClientCertificateCredentialOptions
            {
                AuthorityHost = authority,
                Transport = transport,
                DisableInstanceDiscovery = localAuthority,
            };
            if (string.IsNullOrEmpty(options.CertificatePassword))
            {
                return new ClientCertificateCredential(options.TenantId, options.AppId, options.CertificatePath, certificateOptions);
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
            return new ClientCertificateCredential(options.TenantId, options.AppId, certificate, certificateOptions);
        }

        return new ClientSecretCredential(options.TenantId, options.AppId, options.AppPassword,
            new ClientSecretCredentialOptions { AuthorityHost = authority, Transport = transport, DisableInstanceDiscovery = localAuthority });
    }

    private static DateTimeOffset RefreshTime(AccessToken token, DateTimeOffset now)
    {
        var margin = TimeSpan.FromTicks(Math.Min(RefreshMargin.Ticks, Math.Max(0, (token.ExpiresOn - now).Ticks / 2)));
        var beforeExpiry = token.ExpiresOn - margin;
        return token.RefreshOn is { } refreshOn && refreshOn < beforeExpiry ? refreshOn : beforeExpiry;
    }

    private sealed record CachedToken(AccessToken Token, DateTimeOffset RefreshAt);
}
