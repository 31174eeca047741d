using System.Net;
using System.Net.Sockets;
using Coalitie.Teams.Auth;
using Coalitie.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coalitie.Teams.Tests.Auth;

/// <summary>
/// Drives the real authenticator, resolved through <see cref="BotAuthenticationServiceCollectionExtensions.AddBotAuthentication"/>,
/// against the OpenID metadata that <see cref="TestTokenIssuer"/> serves on loopback. Only the clock is fake.
/// </summary>
public sealed class BotRequestAuthenticatorTests : IDisposable
{
    private const string ServiceUrl = TestTokenIssuer.DefaultServiceUrl;
    private const string Teams = TestTokenIssuer.TeamsChannelId;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly TestTokenIssuer _issuer;
    private readonly List<ServiceProvider> _providers = [];

    public BotRequestAuthenticatorTests()
    {
        _issuer = new TestTokenIssuer(_clock);
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        _issuer.Dispose();
    }

    // ---- Happy path ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task Valid_teams_token_is_authenticated_with_its_claims()
    {
        var outcome = await Authenticate(_issuer.CreateAuthorizationHeader(ServiceUrl));

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.NotNull(outcome.Identity);
        Assert.True(outcome.Identity.IsAuthenticated);
        Assert.Equal(BotRequestAuthenticator.AuthenticationType, outcome.Identity.AuthenticationType);
        Assert.Equal(_issuer.AppId, outcome.Identity.FindFirst("aud")?.Value);
        Assert.Equal(TestTokenIssuer.BotFrameworkIssuer, outcome.Identity.FindFirst("iss")?.Value);
        Assert.Equal(ServiceUrl, outcome.Identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData(TestTokenAlgorithms.RS384)]
    [InlineData(TestTokenAlgorithms.RS512)]
    public async Task Rs384_and_rs512_signatures_are_accepted(string algorithm)
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Algorithm = algorithm });

        var outcome = await Authenticate("Bearer " + token);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task Service_url_claim_is_compared_case_insensitively()
    {
        var token = _issuer.CreateToken("https://SMBA.trafficmanager.net/amer/");

        var outcome = await Authenticate("Bearer " + token, serviceUrl: "https://smba.trafficmanager.net/AMER/");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task Anonymous_mode_returns_anonymous_without_looking_at_the_header()
    {
        var authenticator = CreateAuthenticator(options => options.AppId = null);

        var withoutHeader = await authenticator.AuthenticateAsync(null, Teams, ServiceUrl, CancellationToken.None);
        var withGarbage = await authenticator.AuthenticateAsync("Bearer garbage", Teams, ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Anonymous, withoutHeader.Status);
        Assert.Null(withoutHeader.Identity);
        Assert.Equal(AuthenticationStatus.Anonymous, withGarbage.Status);
        Assert.Equal(0, _issuer.MetadataRequestCount);
    }

    [Fact]
    public void Authenticator_is_registered_as_a_singleton()
    {
        var services = new ServiceCollection();
        ConfigureServices(services, configure: null);
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<IBotRequestAuthenticator>();
        var second = provider.GetRequiredService<IBotRequestAuthenticator>();

        Assert.Same(first, second);
    }

    // ---- Header -------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Missing_header_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate(null), AuthenticationReasons.MissingHeader);
    }

    [Fact]
    public async Task Empty_header_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate(string.Empty), AuthenticationReasons.MissingHeader);
    }

    [Fact]
    public async Task Basic_scheme_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate("Basic " + _issuer.CreateToken(ServiceUrl)), AuthenticationReasons.NotBearer);
    }

    [Fact]
    public async Task Lower_case_bearer_scheme_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate("bearer " + _issuer.CreateToken(ServiceUrl)), AuthenticationReasons.NotBearer);
    }

    [Fact]
    public async Task Bearer_without_token_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate("Bearer    "), AuthenticationReasons.NotBearer);
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer not.a.jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjF9.")]
    public async Task Garbage_token_is_unauthorized(string header)
    {
        AssertUnauthorized(await Authenticate(header), AuthenticationReasons.MalformedToken);
    }

    // ---- Lifetime -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Token_expired_beyond_the_clock_skew_is_unauthorized()
    {
        var now = _clock.GetUtcNow();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
        {
            NotBefore = now.AddHours(-1),
            Expires = now - BotRequestAuthenticator.ClockSkew - TimeSpan.FromSeconds(1),
        });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.Expired);
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var now = _clock.GetUtcNow();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
        {
            NotBefore = now.AddHours(-1),
            Expires = now.AddMinutes(-4),
        });

        Assert.Equal(AuthenticationStatus.Authenticated, (await Authenticate("Bearer " + token)).Status);
    }

    [Fact]
    public async Task Token_expires_by_the_injected_clock()
    {
        var header = _issuer.CreateAuthorizationHeader(ServiceUrl);
        var authenticator = CreateAuthenticator();
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None)).Status);

        _clock.Advance(TimeSpan.FromHours(1) + BotRequestAuthenticator.ClockSkew + TimeSpan.FromSeconds(1));

        AssertUnauthorized(await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None), AuthenticationReasons.Expired);
    }

    [Fact]
    public async Task Token_not_yet_valid_beyond_the_clock_skew_is_unauthorized()
    {
        var now = _clock.GetUtcNow();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
        {
            NotBefore = now + BotRequestAuthenticator.ClockSkew + TimeSpan.FromMinutes(1),
            Expires = now.AddHours(1),
        });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.NotYetValid);
    }

    [Fact]
    public async Task Token_not_yet_valid_within_the_clock_skew_is_accepted()
    {
        var now = _clock.GetUtcNow();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
        {
            NotBefore = now.AddMinutes(4),
            Expires = now.AddHours(1),
        });

        Assert.Equal(AuthenticationStatus.Authenticated, (await Authenticate("Bearer " + token)).Status);
    }

    [Fact]
    public async Task Token_without_expiry_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Expires = null });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.NoExpiration);
    }

    // ---- Audience and issuer ------------------------------------------------------------------------------------

    [Fact]
    public async Task Wrong_audience_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Audience = Guid.NewGuid().ToString() });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.InvalidAudience);
    }

    [Fact]
    public async Task Missing_audience_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Audience = null });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.InvalidAudience);
    }

    [Fact]
    public async Task Wrong_issuer_is_unauthorized_before_any_metadata_is_fetched()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
        {
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.UntrustedIssuer);
        Assert.Equal(0, _issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task Missing_issuer_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Issuer = null });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.MalformedToken);
    }

    // ---- Signature and algorithm --------------------------------------------------------------------------------

    [Fact]
    public async Task Tampered_payload_is_unauthorized()
    {
        var token = TestTokenIssuer.TamperPayload(_issuer.CreateToken(ServiceUrl), "serviceurl", "https://evil.example.com/");

        AssertUnauthorized(await Authenticate("Bearer " + token, serviceUrl: "https://evil.example.com/"), AuthenticationReasons.InvalidSignature);
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = _issuer.UnknownKey });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.UnknownSigningKey);
    }

    [Fact]
    public async Task Token_claiming_a_published_kid_but_signed_by_another_key_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
        {
            SigningKey = _issuer.UnknownKey,
            KeyId = _issuer.TeamsKey.KeyId,
        });

        AssertUnauthorized(await Authenticate("Bearer " + token), AuthenticationReasons.InvalidSignature);
    }

    [Fact]
    public async Task Unsigned_alg_none_token_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Algorithm = TestTokenAlgorithms.None });

        var outcome = await Authenticate("Bearer " + token);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Null(outcome.Identity);
    }

    [Fact]
    public async Task Hs256_token_keyed_with_the_public_key_is_unauthorized()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { Algorithm = TestTokenAlgorithms.HS256 });

        var outcome = await Authenticate("Bearer " + token);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Null(outcome.Identity);
    }

    // ---- serviceurl claim ---------------------------------------------------------------------------------------

    [Fact]
    public async Task Missing_serviceurl_claim_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate("Bearer " + _issuer.CreateToken(serviceUrl: null)), AuthenticationReasons.MissingServiceUrlClaim);
    }

    [Fact]
    public async Task Mismatched_serviceurl_claim_is_unauthorized()
    {
        var outcome = await Authenticate(_issuer.CreateAuthorizationHeader(ServiceUrl), serviceUrl: "https://smba.trafficmanager.net/emea/");

        AssertUnauthorized(outcome, AuthenticationReasons.ServiceUrlMismatch);
    }

    [Fact]
    public async Task Activity_without_service_url_is_unauthorized()
    {
        AssertUnauthorized(await Authenticate(_issuer.CreateAuthorizationHeader(ServiceUrl), serviceUrl: null), AuthenticationReasons.ServiceUrlMismatch);
    }

    [Fact]
    public async Task Serviceurl_claim_is_not_required_when_its_validation_is_off()
    {
        var authenticator = CreateAuthenticator(options => options.ValidateServiceUrlClaim = false);

        var outcome = await authenticator.AuthenticateAsync("Bearer " + _issuer.CreateToken(serviceUrl: null), Teams, ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    // ---- Endorsements -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Key_endorsed_only_for_another_channel_is_forbidden()
    {
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = _issuer.OtherChannelKey });

        AssertForbidden(await Authenticate("Bearer " + token), AuthenticationReasons.KeyNotEndorsed);
    }

    [Fact]
    public async Task Valid_token_for_channel_skype_signed_by_the_msteams_key_is_forbidden()
    {
        var outcome = await Authenticate(_issuer.CreateAuthorizationHeader(ServiceUrl), channelId: TestTokenIssuer.OtherChannelId);

        AssertForbidden(outcome, AuthenticationReasons.KeyNotEndorsed);
    }

    [Fact]
    public async Task Key_without_endorsements_entry_is_forbidden()
    {
        var key = _issuer.PublishNewKeyWithoutEndorsements();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = key });

        AssertForbidden(await Authenticate("Bearer " + token), AuthenticationReasons.KeyNotEndorsed);
    }

    [Fact]
    public async Task Key_with_empty_endorsements_is_forbidden()
    {
        var key = _issuer.PublishNewKey();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = key });

        AssertForbidden(await Authenticate("Bearer " + token), AuthenticationReasons.KeyNotEndorsed);
    }

    [Fact]
    public async Task Activity_without_channel_id_is_forbidden()
    {
        AssertForbidden(await Authenticate(_issuer.CreateAuthorizationHeader(ServiceUrl), channelId: null), AuthenticationReasons.MissingChannelId);
    }

    [Fact]
    public async Task Endorsements_are_not_checked_when_their_validation_is_off()
    {
        var authenticator = CreateAuthenticator(options => options.ValidateEndorsements = false);

        var outcome = await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), TestTokenIssuer.OtherChannelId, ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    // ---- Metadata availability ----------------------------------------------------------------------------------

    [Fact]
    public async Task Metadata_endpoint_down_is_unauthorized_without_exception()
    {
        _issuer.SetMetadataAvailable(false);
        var authenticator = CreateAuthenticator();
        var header = _issuer.CreateAuthorizationHeader(ServiceUrl);

        var outcome = await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None);
        var requestsAfterFailure = _issuer.MetadataRequestCount;
        var retried = await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None);

        AssertUnauthorized(outcome, AuthenticationReasons.MetadataUnavailable);
        Assert.True(requestsAfterFailure >= 1);
        // Failing fast: the second request does not hit the failing endpoint again.
        AssertUnauthorized(retried, AuthenticationReasons.MetadataUnavailable);
        Assert.Equal(requestsAfterFailure, _issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task Metadata_endpoint_unreachable_is_unauthorized_without_exception()
    {
        var closedPort = FindClosedLoopbackPort();
        var authenticator = CreateAuthenticator(options => options.OpenIdMetadataUrl = $"http://127.0.0.1:{closedPort}{TestTokenIssuer.MetadataPath}");

        var outcome = await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);

        AssertUnauthorized(outcome, AuthenticationReasons.MetadataUnavailable);
    }

    [Fact]
    public async Task Plain_http_metadata_is_refused_when_https_is_required()
    {
        var authenticator = CreateAuthenticator(options => options.RequireHttpsMetadata = true);

        var outcome = await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);

        AssertUnauthorized(outcome, AuthenticationReasons.MetadataUnavailable);
        Assert.Equal(0, _issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task After_an_outage_metadata_is_retried_only_after_the_retry_delay()
    {
        var authenticator = CreateAuthenticator();
        var header = _issuer.CreateAuthorizationHeader(ServiceUrl);
        _issuer.SetMetadataAvailable(false);
        AssertUnauthorized(await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None), AuthenticationReasons.MetadataUnavailable);

        var requestsAfterFailure = _issuer.MetadataRequestCount;

        _issuer.SetMetadataAvailable(true);
        var duringBackoff = await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None);
        var requestsDuringBackoff = _issuer.MetadataRequestCount;
        _clock.Advance(OpenIdMetadataCache.RetryAfterFailure);
        var afterBackoff = await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None);

        AssertUnauthorized(duringBackoff, AuthenticationReasons.MetadataUnavailable);
        Assert.Equal(requestsAfterFailure, requestsDuringBackoff);
        Assert.Equal(AuthenticationStatus.Authenticated, afterBackoff.Status);
        Assert.Equal(requestsAfterFailure + 1, _issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_metadata_retrieval()
    {
        var authenticator = CreateAuthenticator();
        var header = _issuer.CreateAuthorizationHeader(ServiceUrl);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None)));

        Assert.All(outcomes, outcome => Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status));
        Assert.Equal(1, _issuer.MetadataRequestCount);
        Assert.Equal(1, _issuer.KeysRequestCount);
    }

    // ---- Key rotation and refresh -------------------------------------------------------------------------------

    [Fact]
    public async Task Key_published_after_the_first_fetch_is_accepted_after_one_refresh()
    {
        var authenticator = CreateAuthenticator();
        var first = await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);
        Assert.Equal(AuthenticationStatus.Authenticated, first.Status);
        Assert.Equal(1, _issuer.KeysRequestCount);

        var rotated = _issuer.PublishNewKey(Teams);
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = rotated });
        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, Teams, ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(2, _issuer.KeysRequestCount);
    }

    [Fact]
    public async Task Endorsements_are_refreshed_together_with_the_keys()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);

        var rotated = _issuer.PublishNewKey(TestTokenIssuer.OtherChannelId);
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = rotated });
        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, Teams, ServiceUrl, CancellationToken.None);

        AssertForbidden(outcome, AuthenticationReasons.KeyNotEndorsed);
        Assert.Equal(2, _issuer.KeysRequestCount);
    }

    [Fact]
    public async Task A_flood_of_unknown_key_ids_refreshes_the_metadata_at_most_once_per_interval()
    {
        var authenticator = CreateAuthenticator();

        for (var i = 0; i < 10; i++)
        {
            var forged = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with
            {
                SigningKey = _issuer.UnknownKey,
                KeyId = Guid.NewGuid().ToString("N"),
            });
            AssertUnauthorized(await authenticator.AuthenticateAsync("Bearer " + forged, Teams, ServiceUrl, CancellationToken.None), AuthenticationReasons.UnknownSigningKey);
        }

        // The first fetch plus one refresh for the first unknown kid.
        Assert.Equal(2, _issuer.KeysRequestCount);

        _clock.Advance(OpenIdMetadataCache.UnknownKeyRefreshInterval);
        var rotated = _issuer.PublishNewKey(Teams);
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = rotated });
        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, Teams, ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(3, _issuer.KeysRequestCount);
    }

    [Fact]
    public async Task Key_rotated_during_the_rate_limit_window_is_not_fetched_until_it_ends()
    {
        var authenticator = CreateAuthenticator();
        var forged = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = _issuer.UnknownKey });
        await authenticator.AuthenticateAsync("Bearer " + forged, Teams, ServiceUrl, CancellationToken.None);

        var rotated = _issuer.PublishNewKey(Teams);
        var header = "Bearer " + TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = rotated });
        var withinWindow = await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None);
        _clock.Advance(OpenIdMetadataCache.UnknownKeyRefreshInterval);
        var afterWindow = await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None);

        AssertUnauthorized(withinWindow, AuthenticationReasons.UnknownSigningKey);
        Assert.Equal(AuthenticationStatus.Authenticated, afterWindow.Status);
    }

    [Fact]
    public async Task Metadata_is_refreshed_automatically_after_the_refresh_interval()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);
        var withinInterval = await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);
        Assert.Equal(AuthenticationStatus.Authenticated, withinInterval.Status);
        Assert.Equal(1, _issuer.KeysRequestCount);

        _clock.Advance(OpenIdMetadataCache.AutomaticRefreshInterval);
        var rotated = _issuer.PublishNewKey(Teams);
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = rotated });
        var outcome = await authenticator.AuthenticateAsync("Bearer " + token, Teams, ServiceUrl, CancellationToken.None);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(2, _issuer.KeysRequestCount);
        Assert.True(OpenIdMetadataCache.AutomaticRefreshInterval <= TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Previous_keys_stay_in_use_when_a_refresh_fails()
    {
        var authenticator = CreateAuthenticator();
        var header = _issuer.CreateAuthorizationHeader(ServiceUrl);
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync(header, Teams, ServiceUrl, CancellationToken.None)).Status);

        _issuer.SetMetadataAvailable(false);
        _clock.Advance(OpenIdMetadataCache.AutomaticRefreshInterval);
        var forged = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(ServiceUrl) with { SigningKey = _issuer.UnknownKey });
        var refreshFailed = await authenticator.AuthenticateAsync("Bearer " + forged, Teams, ServiceUrl, CancellationToken.None);
        var requestsAfterFailedRefresh = _issuer.MetadataRequestCount;
        var stillValid = await authenticator.AuthenticateAsync(_issuer.CreateAuthorizationHeader(ServiceUrl), Teams, ServiceUrl, CancellationToken.None);

        AssertUnauthorized(refreshFailed, AuthenticationReasons.UnknownSigningKey);
        Assert.True(requestsAfterFailedRefresh > 1);
        Assert.Equal(AuthenticationStatus.Authenticated, stillValid.Status);
        // The failed refresh is not retried before the retry delay.
        Assert.Equal(requestsAfterFailedRefresh, _issuer.MetadataRequestCount);
    }

    // ---- Helpers ------------------------------------------------------------------------------------------------

    private Task<AuthenticationOutcome> Authenticate(string? header, string? channelId = Teams, string? serviceUrl = ServiceUrl) =>
        CreateAuthenticator().AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);

    private IBotRequestAuthenticator CreateAuthenticator(Action<BotOptions>? configure = null)
    {
        var services = new ServiceCollection();
        ConfigureServices(services, configure);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IBotRequestAuthenticator>();
    }

    private void ConfigureServices(IServiceCollection services, Action<BotOptions>? configure)
    {
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddOptions<BotOptions>().Configure(options =>
        {
            _issuer.ConfigureBotOptions(options);
            configure?.Invoke(options);
        });
        services.AddBotAuthentication();
    }

    private static void AssertUnauthorized(AuthenticationOutcome outcome, string reason)
    {
        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal(reason, outcome.Reason);
        Assert.Null(outcome.Identity);
    }

    private static void AssertForbidden(AuthenticationOutcome outcome, string reason)
    {
        Assert.Equal(AuthenticationStatus.Forbidden, outcome.Status);
        Assert.Equal(reason, outcome.Reason);
        Assert.Null(outcome.Identity);
    }

    private static int FindClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
