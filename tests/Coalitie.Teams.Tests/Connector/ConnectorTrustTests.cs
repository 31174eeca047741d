using Coalitie.Teams.Connector;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.Extensions.Options;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>Where the bearer token may go, and what anonymous mode sends.</summary>
public sealed class ConnectorTrustTests
{
    [Fact]
    public async Task Anonymous_mode_sends_no_authorization_header()
    {
        using var fake = new FakeConnector();
        using var harness = ConnectorHarness.Create(token: null);

        await harness.Client.SendToConversationAsync(new ConnectorTarget(fake.ServiceUrl, null), "a:1", Message(), CancellationToken.None);

        var request = Assert.Single(fake.Requests);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Anonymous_mode_addresses_only_loopback_service_urls()
    {
        using var harness = ConnectorHarness.Create(token: null);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            new ConnectorTarget("https://smba.trafficmanager.net/amer/", null), "a:1", Message(), CancellationToken.None));

        Assert.Equal(ConnectorFailure.UntrustedServiceUrl, error.Failure);
    }

    [Fact]
    public async Task Token_goes_as_bearer_to_a_service_url_trusted_from_an_authenticated_activity()
    {
        using var fake = new FakeConnector(useHttps: true);
        using var harness = ConnectorHarness.Create(token: "token-123", acceptTestCertificates: true);
        harness.Trust.Trust(fake.ServiceUrl);

        await harness.Client.SendToConversationAsync(new ConnectorTarget(fake.ServiceUrl, "tenant-1"), "a:1", Message(), CancellationToken.None);

        Assert.Equal("Bearer token-123", Assert.Single(fake.Requests).Authorization);
    }

    [Fact]
    public async Task Token_goes_to_a_host_from_the_configured_allow_list()
    {
        using var fake = new FakeConnector(useHttps: true);
        using var harness = ConnectorHarness.Create(token: "token-123", configureBot: o => o.TrustedServiceUrlHosts.Add("127.0.0.1"), acceptTestCertificates: true);

        var members = await harness.Client.GetMembersAsync(new ConnectorTarget(fake.ServiceUrl, "tenant-1"), "a:1", CancellationToken.None);

        Assert.Equal(5, members.Count);
        Assert.Equal("Bearer token-123", Assert.Single(fake.Requests).Authorization);
    }

    [Fact]
    public async Task Token_is_not_sent_to_an_untrusted_https_service_url()
    {
        using var fake = new FakeConnector(useHttps: true);
        using var harness = ConnectorHarness.Create(token: "token-123", acceptTestCertificates: true);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            new ConnectorTarget(fake.ServiceUrl, "tenant-1"), "a:1", Message(), CancellationToken.None));

        Assert.Equal(ConnectorFailure.UntrustedServiceUrl, error.Failure);
        Assert.Null(error.StatusCode);
        Assert.DoesNotContain("token-123", error.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Token_is_never_sent_over_plain_http_even_to_a_trusted_host()
    {
        using var fake = new FakeConnector();
        using var harness = ConnectorHarness.Create(token: "token-123", configureBot: o => o.TrustedServiceUrlHosts.Add("127.0.0.1"));
        harness.Trust.Trust(fake.ServiceUrl);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            new ConnectorTarget(fake.ServiceUrl, "tenant-1"), "a:1", Message(), CancellationToken.None));

        Assert.Equal(ConnectorFailure.UntrustedServiceUrl, error.Failure);
        Assert.Empty(fake.Requests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/0d5b6bd6-tenant/", true)]
    [InlineData("https://SMBA.TrafficManager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", true)]
    [InlineData("https://europe.botframework.com/", true)]
    [InlineData("https://a.b.botframework.com", true)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.test/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://user:pw@smba.trafficmanager.net/amer/", false)]
    [InlineData("smba.trafficmanager.net/amer/", false)]
    [InlineData("", false)]
    public void Configured_hosts_match_exactly_or_as_wildcard_subdomains_over_https(string serviceUrl, bool trusted)
    {
        var trust = new ServiceUrlTrust(Options.Create(new BotOptions()));

        Assert.Equal(trusted, trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public void Trusted_service_urls_are_recorded_by_host_and_port()
    {
        var trust = new ServiceUrlTrust(Options.Create(new BotOptions { TrustedServiceUrlHosts = [] }));

        trust.Trust("https://smba.example.test/amer/tenant-a/");
        trust.Trust("http://plain.example.test/");

        Assert.True(trust.IsTrusted("https://smba.example.test/emea/tenant-b/"));
        Assert.False(trust.IsTrusted("https://smba.example.test:8443/amer/"));
        Assert.False(trust.IsTrusted("https://other.example.test/amer/"));
        Assert.False(trust.IsTrusted("https://plain.example.test/"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/amer/"));
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };
}
