using System.Net.Sockets;
using Coalitie.Teams;
using Coalitie.Teams.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot;

/// <summary>Refuses unsafe or impossible starts with a message that says why and what to do.</summary>
public static class StartupGuards
{
    /// <summary>
    /// Anonymous mode (no <c>Bot:AppId</c>) only while every configured listening address is loopback.
    /// </summary>
    public static bool CheckBeforeStart(WebApplicationBuilder builder, out string refusal)
    {
        ArgumentNullException.ThrowIfNull(builder);
        refusal = string.Empty;
        var bot = builder.Configuration.GetSection(BotOptions.SectionName).Get<BotOptions>() ?? new BotOptions();
        if (!bot.IsAnonymous)
        {
            return true;
        }

        var urls = new List<string>();
        if (builder.Configuration["urls"] is { Length: > 0 } configured)
        {
            urls.Add(configured);
        }

        urls.AddRange(builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        if (urls.Count == 0)
        {
            urls.Add(CoalitieHost.DefaultUrl);
        }

        var offending = BotHostingExtensions.NonLoopbackAddresses(urls);
        if (offending.Count == 0)
        {
            return true;
        }

        refusal = RefusalText(offending);
        return false;
    }

    /// <summary>Starts the host, re-checks the addresses it really listens on, and waits for shutdown.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync(
                $"Coalitie cannot start: the port is already in use ({ex.Message}). Stop the other process (for example an earlier './coalitie up') or choose another address with ASPNETCORE_URLS=http://127.0.0.1:PORT.").ConfigureAwait(false);
            return 3;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"Coalitie cannot start: the configuration is not valid. {string.Join(" ", ex.Failures)}").ConfigureAwait(false);
            return 2;
        }
        catch (Persistence.DatabaseSchemaException ex)
        {
            await Console.Error.WriteLineAsync($"Coalitie cannot start: {ex.Message}").ConfigureAwait(false);
            return 2;
        }

        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (bot.IsAnonymous && BotHostingExtensions.NonLoopbackAddresses(addresses) is { Count: > 0 } offending)
        {
            await Console.Error.WriteLineAsync(RefusalText(offending)).ConfigureAwait(false);
            await app.StopAsync().ConfigureAwait(false);
            return 2;
        }

        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static string RefusalText(IReadOnlyList<string> offending) =>
        $"Coalitie refuses to start: no Bot:AppId is configured, so it would accept requests without authentication, " +
        $"but it would listen on {string.Join(", ", offending)}, which is not a loopback address. " +
        "Either listen on 127.0.0.1 only (the default) or configure Bot:AppId, Bot:TenantId and a credential (see README, 'Configuration').";
}
