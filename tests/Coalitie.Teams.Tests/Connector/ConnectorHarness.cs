using Coalitie.Teams;
using Coalitie.Teams.Connector;
using Coalitie.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>
/// The connector as the host wires it (<see cref="BotConnectorServiceCollectionExtensions.AddBotConnector"/>), with
/// tiny retry delays from configuration section <c>Bot:Connector</c>, the wall clock, and a fixed token at the I/O
/// edge unless the real Azure.Identity provider is wanted.
/// </summary>
internal sealed class ConnectorHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    private ConnectorHarness(ServiceProvider provider)
    {
        _provider = provider;
        Client = provider.GetRequiredService<IConnectorClient>();
        Trust = provider.GetRequiredService<ServiceUrlTrust>();
    }

    public IConnectorClient Client { get; }

    public ServiceUrlTrust Trust { get; }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <param name="token">The bearer token a fake provider hands out; null = anonymous mode.</param>
    /// <param name="useRealTokenProvider">Keep the Azure.Identity provider (driven by <paramref name="configureBot"/>).</param>
    /// <param name="acceptTestCertificates">Let both named clients accept the loopback test certificate.</param>
    public static ConnectorHarness Create(
        string? token = null,
        Action<BotOptions>? configureBot = null,
        IDictionary<string, string?>? configuration = null,
        bool useRealTokenProvider = false,
        bool acceptTestCertificates = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetries"] = "3",
            ["Bot:Connector:BaseDelay"] = "00:00:00.005",
            ["Bot:Connector:MaxDelay"] = "00:00:00.020",
            ["Bot:Connector:MaxRetryAfter"] = "00:00:05",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new WallClock());
        services.Configure<BotOptions>(o => configureBot?.Invoke(o));
        if (!useRealTokenProvider)
        {
            services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(token));
        }

        services.AddBotConnector();
        if (acceptTestCertificates)
        {
            services.AddHttpClient(BotConnectorServiceCollectionExtensions.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.CreateTrustingHandler);
            services.AddHttpClient(AzureIdentityBotTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(LoopbackCertificate.CreateTrustingHandler);
        }

        return new ConnectorHarness(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public void Dispose() => _provider.Dispose();
}

/// <summary>A fixed outbound token (the token endpoint is the I/O edge these tests replace).</summary>
internal sealed class FixedTokenProvider(string? token) : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult(token);
}

/// <summary>
/// The real clock for tests that talk HTTP to a live loopback server and so need real delays. <see cref="TimeProvider"/>
/// without overrides is the system clock; production code receives its clock from DI like this.
/// </summary>
internal sealed class WallClock : TimeProvider;
