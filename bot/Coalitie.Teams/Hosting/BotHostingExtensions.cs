using System.Net;
using Coalitie.Teams.Auth;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coalitie.Teams.Hosting;

public static class BotHostingExtensions
{
    /// <summary>
    /// Adds the protocol layer: options (section <c>Bot</c>, validated at start-up), inbound authentication, the
    /// connector client and the route table that <paramref name="configureRoutes"/> fills.
    /// </summary>
    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder, Action<BotRoutes> configureRoutes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureRoutes);

        builder.Services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.IsAnonymous || !string.IsNullOrWhiteSpace(o.TenantId), "Bot:TenantId is required when Bot:AppId is set (single-tenant bot).")
            .Validate(o => o.IsAnonymous || !string.IsNullOrWhiteSpace(o.AppPassword) || !string.IsNullOrWhiteSpace(o.CertificatePath) || o.UseManagedIdentity,
                "With Bot:AppId set, configure Bot:AppPassword, Bot:CertificatePath or Bot:UseManagedIdentity for the outbound token.")
            .ValidateOnStart();

        builder.Services.AddHttpClient();
        builder.Services.AddBotAuthentication();
        builder.Services.AddBotConnector();

        var routes = new BotRoutes { Services = builder.Services };
        configureRoutes(routes);
        routes.Services = null;
        builder.Services.AddSingleton(routes);
        builder.Services.AddSingleton<ActivityRouter>();
        builder.Services.AddScoped<BotEndpoint>();
        return builder;
    }

    /// <summary>
    /// Adds a feature's routes to the table created by <see cref="AddBotProtocol"/> (call that first). Conflicts with
    /// routes already registered fail here, at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddBotRoutes(this IHostApplicationBuilder builder, Action<BotRoutes> configureRoutes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureRoutes);
        var routes = builder.Services.LastOrDefault(d => d.ServiceType == typeof(BotRoutes))?.ImplementationInstance as BotRoutes
            ?? throw new InvalidOperationException("Call AddBotProtocol before AddBotRoutes.");
        routes.Services = builder.Services;
        try
        {
            configureRoutes(routes);
        }
        finally
        {
            routes.Services = null;
        }

        return builder;
    }

    /// <summary>Maps <c>POST {pattern}</c> (default <c>/api/messages</c>).</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        return endpoints.MapPost(pattern, (HttpContext http, BotEndpoint endpoint) => endpoint.HandleAsync(http))
            .DisableAntiforgery();
    }

    /// <summary>
    /// Anonymous mode (no <c>Bot:AppId</c>) is acceptable only while every listening address is loopback. Returns the
    /// addresses that are not; empty means safe. Wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) and host
    /// names other than <c>localhost</c> count as not loopback.
    /// </summary>
    public static IReadOnlyList<string> NonLoopbackAddresses(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var offending = new List<string>();
        foreach (var url in urls.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!IsLoopbackUrl(url))
            {
                offending.Add(url);
            }
        }

        return offending;
    }

    private static bool IsLoopbackUrl(string url)
    {
        var hostStart = url.IndexOf("://", StringComparison.Ordinal);
        var rest = hostStart >= 0 ? url[(hostStart + 3)..] : url;
        string host;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            host = close > 0 ? rest[1..close] : rest;
        }
        else
        {
            var end = rest.IndexOfAny([':', '/']);
            host = end >= 0 ? rest[..end] : rest;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }
}
