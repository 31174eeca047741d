using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coalitie.Teams.Auth;

/// <summary>Registration of inbound Bot Framework request authentication.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>Named <see cref="HttpClient"/> that fetches OpenID metadata and keys documents.</summary>
    internal const string OpenIdMetadataHttpClientName = "Coalitie.Teams.OpenIdMetadata";

    /// <summary>Upper bound of one metadata or keys document request.</summary>
    internal static readonly TimeSpan MetadataRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers <see cref="IBotRequestAuthenticator"/> as a singleton. It reads <see cref="BotOptions"/> once, at first
    /// resolution (the host binds and validates section <c>Bot</c>), and needs <see cref="TimeProvider"/> and logging
    /// from the container; the named HTTP client <c>Coalitie.Teams.OpenIdMetadata</c> is registered here and may be
    /// configured further by the host.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddHttpClient(OpenIdMetadataHttpClientName, client => client.Timeout = MetadataRequestTimeout);
        services.TryAddSingleton<IBotRequestAuthenticator>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<BotOptions>>().Value;
            var timeProvider = provider.GetRequiredService<TimeProvider>();
            var httpClientFactory = provider.GetRequiredService<IHttpClientFactory>();
            var loggerFactory = provider.GetRequiredService<ILoggerFactory>();

            var botFrameworkChannel = new TrustedTokenIssuer(
                Name: "BotFrameworkChannel",
                Issuers: [options.Issuer],
                Metadata: new OpenIdMetadataCache(
                    options.OpenIdMetadataUrl,
                    options.RequireHttpsMetadata,
                    httpClientFactory,
                    OpenIdMetadataHttpClientName,
                    timeProvider,
                    loggerFactory.CreateLogger<OpenIdMetadataCache>()),
                RequireEndorsements: options.ValidateEndorsements,
                RequireServiceUrlClaim: options.ValidateServiceUrlClaim);

            return new BotRequestAuthenticator(
                options.AppId,
                [botFrameworkChannel],
                timeProvider,
                loggerFactory.CreateLogger<BotRequestAuthenticator>());
        });

        return services;
    }
}
