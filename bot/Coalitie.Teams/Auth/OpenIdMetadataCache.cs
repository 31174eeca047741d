using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Coalitie.Teams.Auth;

/// <summary>
/// Caches one issuer's OpenID metadata (signing keys plus Bot Framework endorsements from the same keys document).
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>ConfigurationManager&lt;OpenIdConnectConfiguration&gt;</c>: in Microsoft.IdentityModel 8.x its
/// <c>RequestRefresh</c> starts a background refresh and the next <c>GetConfigurationAsync</c> still returns the old
/// keys (blocking refresh is a process-wide AppContext switch), and its clock cannot be injected. Validating a token
/// signed with a freshly rotated key in the same request needs an awaitable refresh, so this class keeps the cache
/// itself and reuses IdentityModel's <see cref="HttpDocumentRetriever"/>, <see cref="OpenIdConnectConfiguration"/> and
/// <see cref="JsonWebKeySet"/> for transport and parsing.
/// </para>
/// <para>
/// Timing, all read from the injected <see cref="TimeProvider"/>: a retrieval is used for
/// <see cref="AutomaticRefreshInterval"/>; after that the next request starts a refresh and is served the previous keys
/// meanwhile. A token whose <c>kid</c> is not published may force a refresh at most once per
/// <see cref="UnknownKeyRefreshInterval"/>, so a flood of forged key ids costs at most one metadata request per
/// interval. A failed retrieval keeps the previous keys and is retried after <see cref="RetryAfterFailure"/>; with no
/// previous keys, requests fail fast until then. At most one retrieval runs at a time.
/// </para>
/// </remarks>
internal sealed partial class OpenIdMetadataCache
{
    /// <summary>The keys document is fetched again after this long (the Bot Framework docs ask for at least daily).</summary>
    internal static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>Minimum time between two refreshes forced by an unknown <c>kid</c>.</summary>
    internal static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>Wait after a failed retrieval before the next attempt.</summary>
    internal static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    private readonly string _metadataUrl;
    private readonly bool _requireHttps;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _httpClientName;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    private readonly Lock _sync = new();
    private SigningMetadata? _current;
    private Task<SigningMetadata?>? _refreshInFlight;
    private DateTimeOffset _noMetadataUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;

    public OpenIdMetadataCache(
        string metadataUrl,
        bool requireHttps,
        IHttpClientFactory httpClientFactory,
        string httpClientName,
        TimeProvider timeProvider,
        ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metadataUrl);
        _metadataUrl = metadataUrl;
        _requireHttps = requireHttps;
        _httpClientFactory = httpClientFactory;
        _httpClientName = httpClientName;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>
    /// The current metadata, retrieving it first when there is none yet. Null when it has never been retrieved and
    /// cannot be now (the failure is logged).
    /// </summary>
    public async Task<SigningMetadata?> GetAsync(CancellationToken cancellationToken)
    {
        Task<SigningMetadata?> refresh;
        lock (_sync)
        {
            var now = _timeProvider.GetUtcNow();
            if (_current is { } fresh && now < fresh.RefreshAfter)
            {
                return fresh;
            }

            if (_current is null && now < _noMetadataUntil)
            {
                return null;
            }

            refresh = StartRefresh();
            if (_current is { } stale)
            {
                // Serve the previous keys while the automatic refresh runs.
                return stale;
            }
        }

        return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Called when a token names a <c>kid</c> that <paramref name="seen"/> does not publish: returns newer metadata
    /// when another request already refreshed, else refreshes (rate-limited) and returns the result, else
    /// <paramref name="seen"/>.
    /// </summary>
    public async Task<SigningMetadata> RefreshForUnknownKeyAsync(SigningMetadata seen, string keyId, CancellationToken cancellationToken)
    {
        Task<SigningMetadata?> refresh;
        lock (_sync)
        {
            if (_current is { } current && !ReferenceEquals(current, seen))
            {
                return current;
            }

            if (_refreshInFlight is null)
            {
                var now = _timeProvider.GetUtcNow();
                if (now - _lastUnknownKeyRefresh < UnknownKeyRefreshInterval)
                {
                    LogUnknownKeyRefreshRateLimited(_logger, keyId);
                    return seen;
                }

                _lastUnknownKeyRefresh = now;
            }

            LogUnknownKeyRefresh(_logger, keyId);
            refresh = StartRefresh();
        }

        return await refresh.WaitAsync(cancellationToken).ConfigureAwait(false) ?? seen;
    }

    /// <summary>Joins the running retrieval or starts one. Caller holds <see cref="_sync"/>.</summary>
    private Task<SigningMetadata?> StartRefresh() =>
        _refreshInFlight ??= Task.Run(RefreshAsync, CancellationToken.None);

    /// <summary>One shared retrieval; its result is the metadata in force afterwards. Never throws.</summary>
    private async Task<SigningMetadata?> RefreshAsync()
    {
        var retrieved = await RetrieveAsync().ConfigureAwait(false);
        lock (_sync)
        {
            var now = _timeProvider.GetUtcNow();
            if (retrieved is not null)
            {
                _current = retrieved;
            }
            else if (_current is not null)
            {
                _current = _current with { RefreshAfter = now + RetryAfterFailure };
            }
            else
            {
                _noMetadataUntil = now + RetryAfterFailure;
            }

            _refreshInFlight = null;
            return _current;
        }
    }

    private async Task<SigningMetadata?> RetrieveAsync()
    {
        try
        {
            // The shared retrieval is not tied to one caller's cancellation; the named client's timeout bounds it.
            using var httpClient = _httpClientFactory.CreateClient(_httpClientName);
            var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = _requireHttps };

            var metadataJson = await retriever.GetDocumentAsync(_metadataUrl, CancellationToken.None).ConfigureAwait(false);
            var configuration = OpenIdConnectConfiguration.Create(metadataJson);
            if (string.IsNullOrWhiteSpace(configuration.JwksUri))
            {
                LogMetadataWithoutKeys(_logger, _metadataUrl);
                return null;
            }

            var keysJson = await retriever.GetDocumentAsync(configuration.JwksUri, CancellationToken.None).ConfigureAwait(false);
            var signingKeys = JsonWebKeySet.Create(keysJson).GetSigningKeys().ToArray();
            var endorsements = JwksEndorsements.Parse(keysJson);

            var now = _timeProvider.GetUtcNow();
            LogMetadataRetrieved(_logger, _metadataUrl, signingKeys.Length);
            return new SigningMetadata(signingKeys, endorsements, now, now + AutomaticRefreshInterval);
        }
#pragma warning disable CA1031 // Any transport or parsing failure means "no new metadata"; the caller answers 401.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogMetadataRetrievalFailed(_logger, _metadataUrl, exception);
            return null;
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Retrieved OpenID metadata from {MetadataUrl}: {KeyCount} signing keys.")]
    private static partial void LogMetadataRetrieved(ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Could not retrieve OpenID metadata from {MetadataUrl}.")]
    private static partial void LogMetadataRetrievalFailed(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "OpenID metadata at {MetadataUrl} has no jwks_uri.")]
    private static partial void LogMetadataWithoutKeys(ILogger logger, string metadataUrl);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Token names unpublished signing key {KeyId}; refreshing OpenID metadata.")]
    private static partial void LogUnknownKeyRefresh(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Token names unpublished signing key {KeyId}; metadata was refreshed for an unknown key recently, not refreshing again.")]
    private static partial void LogUnknownKeyRefreshRateLimited(ILogger logger, string keyId);
}
