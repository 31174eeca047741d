using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coalitie.Teams.Connector;

public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>Named <see cref="HttpClient"/> for the Bot Connector.</summary>
    public const string HttpClientName = "Coalitie.Teams.Connector";

    /// <summary>
    /// Adds the outbound connector: <see cref="IConnectorClient"/>, <see cref="IBotTokenProvider"/> (Azure.Identity),
    /// <see cref="ServiceUrlTrust"/> and the rate limiter as singletons, the named HTTP clients, and
    /// <see cref="ConnectorRetryOptions"/> bound from <c>Bot:Connector</c> and validated at start-up.
    /// Needs <see cref="TimeProvider"/>, <see cref="Microsoft.Extensions.Configuration.IConfiguration"/> and
    /// <see cref="BotOptions"/> (bound by the host) in the container. Registrations made before this call for
    /// <see cref="IBotTokenProvider"/> or <see cref="IConnectorClient"/> are kept (test doubles).
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<ConnectorRetryOptions>()
            .BindConfiguration(ConnectorRetryOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        // The credential keeps its HttpClient for the process lifetime, so the handler is not rotated by the factory;
        // pooled connections are recycled instead so DNS changes of the identity endpoint are picked up.
        services.AddHttpClient(AzureIdentityBotTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.TryAddSingleton<IBotTokenProvider, AzureIdentityBotTokenProvider>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
