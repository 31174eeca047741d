using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WireMock;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>
/// The outbound token: Azure.Identity against a local HTTPS token endpoint (WireMock.Net with a loopback test
/// certificate, reached through the injectable transport), credential selection, and the provider's own cache.
/// </summary>
public sealed class AzureIdentityBotTokenProviderTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "tenant-1";
    private readonly WireMockServer _identity;
    private readonly string _authority;
    private int _issued;

    public AzureIdentityBotTokenProviderTests()
    {
        var freePort = FreeLoopbackPort();
        _identity = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"https://127.0.0.1:{freePort}"],
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = LoopbackCertificate.Create() },
        });
        _identity.Given(Request.Create().WithPath($"/{TenantId}/oauth2/v2.0/token").UsingPost())
            .RespondWith(Response.Create().WithCallback(_ => TokenAnswer($"token-{Interlocked.Increment(ref _issued)}")));
        _authority = $"https://127.0.0.1:{freePort}";
    }

    public void Dispose() => _identity.Dispose();

    [Fact]
    public async Task Client_secret_token_is_requested_once_from_the_single_tenant_authority_and_sent_as_bearer()
    {
        using var connector = new FakeConnector(useHttps: true);
        using var harness = ConnectorHarness.Create(
            configureBot: o =>
            {
                o.AppId = AppId;
                o.TenantId = TenantId;
                o.AppPassword = "s3cret";
                o.TokenAuthority = _authority;
                o.TrustedServiceUrlHosts.Add("127.0.0.1");
            },
            useRealTokenProvider: true,
            acceptTestCertificates: true);
        var target = new ConnectorTarget(connector.ServiceUrl, "customer-tenant");

        await harness.Client.SendToConversationAsync(target, "a:1", new Activity { Type = ActivityTypes.Message, Text = "1" }, CancellationToken.None);
        await harness.Client.SendToConversationAsync(target, "a:1", new Activity { Type = ActivityTypes.Message, Text = "2" }, CancellationToken.None);

        Assert.All(connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(2, connector.Requests.Count);
        var tokenRequest = Assert.Single(_identity.LogEntries).RequestMessage;
        Assert.Equal($"/{TenantId}/oauth2/v2.0/token", tokenRequest.Path);
        var form = ParseForm(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Client_certificate_token_is_requested_with_a_signed_client_assertion()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coalitie-bot-{Guid.NewGuid():N}.pfx");
        using var certificate = LoopbackCertificate.Create();
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        try
        {
            var options = new BotOptions
            {
                AppId = AppId,
                TenantId = TenantId,
                CertificatePath = path,
                CertificatePassword = "pfx-password",
                TokenAuthority = _authority,
            };
            var credential = AzureIdentityBotTokenProvider.CreateCredential(options, TrustingTransport());
            using var provider = new AzureIdentityBotTokenProvider(credential, options.TokenScope, new FakeTimeProvider(), NullLogger<AzureIdentityBotTokenProvider>.Instance);

            var token = await provider.GetTokenAsync(CancellationToken.None);

            Assert.Equal("token-1", token);
            var form = ParseForm(Assert.Single(_identity.LogEntries).RequestMessage.Body);
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            Assert.Equal(3, form["client_assertion"].Split('.').Length);
            Assert.False(form.ContainsKey("client_secret"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Credential_follows_the_configured_kind()
    {
        var transport = TrustingTransport();

        Assert.Null(AzureIdentityBotTokenProvider.CreateCredential(new BotOptions(), transport));
        Assert.IsType<ClientSecretCredential>(AzureIdentityBotTokenProvider.CreateCredential(
            new BotOptions { AppId = AppId, TenantId = TenantId, AppPassword = "x" }, transport));
        Assert.IsType<ClientCertificateCredential>(AzureIdentityBotTokenProvider.CreateCredential(
            new BotOptions { AppId = AppId, TenantId = TenantId, CertificatePath = "/nonexistent/bot.pem" }, transport));
        Assert.IsType<ManagedIdentityCredential>(AzureIdentityBotTokenProvider.CreateCredential(
            new BotOptions { AppId = AppId, UseManagedIdentity = true, ManagedIdentityClientId = "22222222-3333-4444-5555-666666666666" }, transport));
        Assert.IsType<ManagedIdentityCredential>(AzureIdentityBotTokenProvider.CreateCredential(
            new BotOptions { AppId = AppId, UseManagedIdentity = true }, transport));
    }

    [Theory]
    [InlineData(null, null, false, "no outbound credential")]
    [InlineData("x", "/bot.pfx", false, "exactly one")]
    [InlineData("x", null, true, "exactly one")]
    [InlineData(null, "/bot.pfx", true, "exactly one")]
    public void Missing_or_ambiguous_credentials_are_rejected(string? password, string? certificatePath, bool managedIdentity, string message)
    {
        var options = new BotOptions { AppId = AppId, TenantId = TenantId, AppPassword = password, CertificatePath = certificatePath, UseManagedIdentity = managedIdentity };

        var error = Assert.Throws<InvalidOperationException>(() => AzureIdentityBotTokenProvider.CreateCredential(options, TrustingTransport()));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_without_tenant_or_with_an_http_authority_is_rejected()
    {
        var noTenant = Assert.Throws<InvalidOperationException>(() => AzureIdentityBotTokenProvider.CreateCredential(
            new BotOptions { AppId = AppId, AppPassword = "x" }, TrustingTransport()));
        var httpAuthority = Assert.Throws<InvalidOperationException>(() => AzureIdentityBotTokenProvider.CreateCredential(
            new BotOptions { AppId = AppId, TenantId = TenantId, AppPassword = "x", TokenAuthority = "http://login.example.test" }, TrustingTransport()));

        Assert.Contains("TenantId", noTenant.Message, StringComparison.Ordinal);
        Assert.Contains("https", httpAuthority.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_mode_yields_no_token_and_needs_no_credential()
    {
        using var harness = ConnectorHarness.Create(useRealTokenProvider: true);

        var token = await harness.Get<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_identity.LogEntries);
    }

    [Fact]
    public async Task Cached_token_is_reused_until_five_minutes_before_expiry()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var credential = new CountingCredential(time, TimeSpan.FromHours(1));
        using var provider = new AzureIdentityBotTokenProvider(credential, "scope/.default", time, NullLogger<AzureIdentityBotTokenProvider>.Instance);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", stillCached);
        Assert.Equal("token-2", renewed);
        Assert.Equal(["scope/.default", "scope/.default"], credential.Scopes);
    }

    [Fact]
    public async Task Failed_renewal_falls_back_to_the_cached_token_until_it_expires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var credential = new CountingCredential(time, TimeSpan.FromHours(1));
        using var provider = new AzureIdentityBotTokenProvider(credential, "scope/.default", time, NullLogger<AzureIdentityBotTokenProvider>.Instance);
        await provider.GetTokenAsync(CancellationToken.None);
        credential.Fail = true;

        time.Advance(TimeSpan.FromMinutes(58));
        var fallback = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal("token-1", fallback);
        await Assert.ThrowsAsync<AuthenticationFailedException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Token_failure_surfaces_as_unauthorized_connector_failure()
    {
        using var connector = new FakeConnector(useHttps: true);
        using var harness = ConnectorHarness.Create(
            configureBot: o =>
            {
                o.AppId = AppId;
                o.TenantId = "unknown-tenant";
                o.AppPassword = "s3cret";
                o.TokenAuthority = _authority;
                o.TrustedServiceUrlHosts.Add("127.0.0.1");
            },
            useRealTokenProvider: true,
            acceptTestCertificates: true);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            new ConnectorTarget(connector.ServiceUrl, null), "a:1", new Activity { Type = ActivityTypes.Message }, CancellationToken.None));

        Assert.Equal(ConnectorFailure.Unauthorized, error.Failure);
        Assert.Empty(connector.Requests);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static HttpClientTransport TrustingTransport() => new(new HttpClient(LoopbackCertificate.CreateTrustingHandler()));

    private static Dictionary<string, string> ParseForm(string? body) =>
        (body ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : string.Empty));

    private static ResponseMessage TokenAnswer(string token)
    {
        var answer = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData
            {
                BodyAsString = $"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"ext_expires_in\":3600,\"access_token\":\"{token}\"}}",
                DetectedBodyType = BodyType.String,
            },
        };
        answer.AddHeader("Content-Type", "application/json; charset=utf-8");
        return answer;
    }

    /// <summary>A token endpoint stand-in at the credential edge: hands out numbered tokens valid for <paramref name="lifetime"/>.</summary>
    private sealed class CountingCredential(TimeProvider time, TimeSpan lifetime) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public bool Fail { get; set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new AuthenticationFailedException("token endpoint unavailable");
            }

            Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken($"token-{Scopes.Count}", time.GetUtcNow() + lifetime));
        }
    }
}
