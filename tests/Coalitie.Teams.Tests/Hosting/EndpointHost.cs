using Coalitie.Teams.Connector;
using Coalitie.Teams.Hosting;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coalitie.Teams.Tests.Hosting;

/// <summary>
/// A real web application (Kestrel on a random port) composed with <see cref="BotHostingExtensions.AddBotProtocol"/>
/// and <see cref="BotHostingExtensions.MapBotMessages"/>: one message handler, one invoke handler, configuration only
/// from <paramref name="settings"/>.
/// </summary>
internal sealed class EndpointHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EndpointHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Received = app.Services.GetRequiredService<ReceivedActivities>();
        Trust = app.Services.GetRequiredService<ServiceUrlTrust>();
    }

    public HttpClient Client { get; }

    public ReceivedActivities Received { get; }

    public ServiceUrlTrust Trust { get; }

    /// <param name="settings">Configuration of the app (e.g. <c>Bot:AppId</c>); nothing else is read.</param>
    /// <param name="clock">The clock of the app (the token issuer's clock in authenticated mode).</param>
    /// <param name="issuer">When given, <see cref="TestTokenIssuer.ConfigureBotOptions"/> is applied to <see cref="BotOptions"/>.</param>
    /// <param name="listenUrl">Where Kestrel listens; port 0 picks a free one.</param>
    public static async Task<EndpointHost> StartAsync(
        TimeProvider clock,
        IDictionary<string, string?>? settings = null,
        TestTokenIssuer? issuer = null,
        string listenUrl = "http://127.0.0.1:0")
    {
        var app = Build(clock, settings, issuer, listenUrl);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new EndpointHost(app, new Uri(address));
    }

    /// <summary>The app, built but not started (to observe start-up validation).</summary>
    public static WebApplication Build(TimeProvider clock, IDictionary<string, string?>? settings, TestTokenIssuer? issuer = null, string listenUrl = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls(listenUrl);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IRouterTexts, EndpointTexts>();
        builder.Services.AddSingleton<ReceivedActivities>();
        builder.AddBotProtocol(routes => routes
            .OnActivity<RecordingMessageHandler>(ActivityTypes.Message)
            .OnInvoke<EchoInvokeHandler>(EchoInvokeHandler.Name)
            .OnInvoke<ClosingInvokeHandler>(InvokeNames.TaskSubmit));
        if (issuer is not null)
        {
            builder.Services.Configure<BotOptions>(issuer.ConfigureBotOptions);
        }

        var app = builder.Build();
        app.MapBotMessages();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The activities the message handler received (singleton).</summary>
internal sealed class ReceivedActivities
{
    private readonly Lock _gate = new();
    private readonly List<Activity> _activities = [];

    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_gate)
            {
                return [.. _activities];
            }
        }
    }

    public void Add(Activity activity)
    {
        lock (_gate)
        {
            _activities.Add(activity);
        }
    }
}

internal sealed class RecordingMessageHandler(ReceivedActivities received) : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        received.Add(turn.Activity);
        return Task.CompletedTask;
    }
}

/// <summary>Answers a Universal Actions message with the invoke's <c>value.echo</c>, so the body shows it came from here.</summary>
internal sealed class EchoInvokeHandler : IInvokeHandler
{
    public const string Name = "test/echo";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var echo = turn.Activity.Value is { } value && value.TryGetProperty("echo", out var e) ? e.GetString() : null;
        return Task.FromResult(InvokeResponse.Message(echo ?? "(none)"));
    }
}

internal sealed class ClosingInvokeHandler : IInvokeHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.FromResult(InvokeResponse.Ok());
}

internal sealed class EndpointTexts : IRouterTexts
{
    public string NotSupported(TurnContext turn) => "Niet beschikbaar.";

    public string UnknownCardAction(TurnContext turn, string? verb) => "Onbekende knop.";

    public string Failure(TurnContext turn) => "Er ging iets mis.";
}
