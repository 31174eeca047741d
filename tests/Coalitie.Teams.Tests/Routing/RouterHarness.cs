using System.Text.Json;
using Coalitie.Teams.Auth;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Hosting;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Coalitie.Teams.Tests.Routing;

/// <summary>
/// The router as the host composes it: <see cref="BotHostingExtensions.AddBotProtocol"/> on a real host builder in
/// anonymous mode, so replies go through the real <see cref="ConnectorClient"/> to a <see cref="FakeConnector"/> on
/// loopback (the I/O edge). Handlers write what they saw to <see cref="Log"/>.
/// </summary>
internal sealed class RouterHarness : IDisposable
{
    public const string BotId = "28:coalitie-bot";
    public const string ConversationId = "a:personal-chat-1";

    private readonly IHost _host;

    private RouterHarness(IHost host, FakeConnector connector)
    {
        _host = host;
        Connector = connector;
        Router = host.Services.GetRequiredService<ActivityRouter>();
        Log = host.Services.GetRequiredService<TurnLog>();
    }

    public FakeConnector Connector { get; }

    public ActivityRouter Router { get; }

    public TurnLog Log { get; }

    public static RouterHarness Create(Action<BotRoutes> configureRoutes)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)));
        builder.Services.AddSingleton<IRouterTexts, TestRouterTexts>();
        builder.Services.AddSingleton<TurnLog>();
        builder.AddBotProtocol(configureRoutes);
        var host = builder.Build();
        return new RouterHarness(host, new FakeConnector());
    }

    /// <summary>Routes <paramref name="activity"/> in a fresh request scope, as the endpoint does.</summary>
    public async Task<InvokeResponse?> RouteAsync(Activity activity)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var turn = new TurnContext(activity, scope.ServiceProvider.GetRequiredService<IConnectorClient>(), AuthenticationStatus.Anonymous, scope.ServiceProvider);
        return await Router.RouteAsync(turn, CancellationToken.None);
    }

    /// <summary>Reads a recorded Teams-shaped activity; <c>serviceUrl</c> is set to the fake connector.</summary>
    public Activity Parse(string json)
    {
        var activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
        activity.ServiceUrl = Connector.ServiceUrl;
        return activity;
    }

    public Activity Message(string text) => Parse($$"""
        {
          "type": "message", "id": "1767765488332", "channelId": "msteams", "text": {{JsonSerializer.Serialize(text)}},
          "from": { "id": "29:user-1", "name": "Anna de Vries", "aadObjectId": "c5e99701-0000-0000-0000-000000000001" },
          "recipient": { "id": "{{BotId}}", "name": "Coalitie" },
          "conversation": { "id": "{{ConversationId}}", "conversationType": "personal", "tenantId": "tenant-1" },
          "channelData": { "tenant": { "id": "tenant-1" } }
        }
        """);

    public Activity Invoke(string name, string valueJson) => Parse($$"""
        {
          "type": "invoke", "name": "{{name}}", "id": "f:17b96347-invoke", "channelId": "msteams",
          "from": { "id": "29:user-1", "name": "Anna de Vries" },
          "recipient": { "id": "{{BotId}}", "name": "Coalitie" },
          "conversation": { "id": "{{ConversationId}}", "conversationType": "personal", "tenantId": "tenant-1" },
          "channelData": { "tenant": { "id": "tenant-1" }, "source": { "name": "message" } },
          "replyToId": "1767765488000",
          "value": {{valueJson}}
        }
        """);

    /// <summary>An Action.Submit from the card message <paramref name="replyToId"/>: a message with empty text and a value.</summary>
    public Activity Submit(string valueJson, string? replyToId = "1767765488000") => Parse($$"""
        {
          "type": "message", "id": "1767765499999", "channelId": "msteams",
          "from": { "id": "29:user-1", "name": "Anna de Vries" },
          "recipient": { "id": "{{BotId}}", "name": "Coalitie" },
          "conversation": { "id": "{{ConversationId}}", "conversationType": "personal", "tenantId": "tenant-1" },
          "channelData": { "tenant": { "id": "tenant-1" } },
          {{(replyToId is null ? string.Empty : $"\"replyToId\": \"{replyToId}\",")}}
          "value": {{valueJson}}
        }
        """);

    public void Dispose()
    {
        _host.Dispose();
        Connector.Dispose();
    }
}

/// <summary>The router's user-facing texts, recognisable in assertions.</summary>
internal sealed class TestRouterTexts : IRouterTexts
{
    public const string NotSupportedText = "Dat kan Coalitie (nog) niet.";
    public const string FailureText = "Sorry, er ging iets mis.";

    public static string UnknownCardActionText(string? verb) => $"Deze knop ({verb ?? "zonder verb"}) kent Coalitie niet meer.";

    public string NotSupported(TurnContext turn) => NotSupportedText;

    public string UnknownCardAction(TurnContext turn, string? verb) => UnknownCardActionText(verb);

    public string Failure(TurnContext turn) => FailureText;
}

/// <summary>What the handlers and middleware saw, in order (singleton per harness).</summary>
internal sealed class TurnLog
{
    private readonly Lock _gate = new();
    private readonly List<string> _entries = [];
    private readonly List<CardActionRequest> _cardActions = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IReadOnlyList<CardActionRequest> CardActions
    {
        get
        {
            lock (_gate)
            {
                return [.. _cardActions];
            }
        }
    }

    public void Add(string entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public void Add(CardActionRequest action)
    {
        lock (_gate)
        {
            _cardActions.Add(action);
            _entries.Add("card:" + action.Verb);
        }
    }
}

internal sealed class MessageHandler(TurnLog log) : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Add("message:" + turn.CommandText);
        return Task.CompletedTask;
    }
}

internal sealed class ConversationUpdateHandler(TurnLog log) : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Add("conversationUpdate");
        return Task.CompletedTask;
    }
}

internal sealed class OtherMessageHandler(TurnLog log) : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Add("other-message");
        return Task.CompletedTask;
    }
}

internal sealed class ThrowingMessageHandler(TurnLog log) : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Add("throwing-message");
        throw new InvalidOperationException("The store is down.");
    }
}

/// <summary>Answers the check-in verb with a new card that names what was chosen.</summary>
internal sealed class CheckInAnswerHandler(TurnLog log) : ICardActionHandler
{
    public const string Verb = "checkin.answer";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        log.Add(action);
        var card = JsonSerializer.SerializeToElement(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new[] { new { type = "TextBlock", text = $"Bedankt, je koos {action.GetString("score")}." } },
        });
        return Task.FromResult(InvokeResponse.Card(card));
    }
}

internal sealed class AcknowledgeHandler(TurnLog log) : ICardActionHandler
{
    public const string Verb = "checkin.ack";
    public const string Text = "Genoteerd.";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        log.Add(action);
        return Task.FromResult(InvokeResponse.Message(Text));
    }
}

internal sealed class OtherAcknowledgeHandler : ICardActionHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.Message("anders"));
}

internal sealed class ThrowingCardHandler(TurnLog log) : ICardActionHandler
{
    public const string Verb = "checkin.broken";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        log.Add(action);
        throw new InvalidOperationException("The card could not be built.");
    }
}

internal sealed class TaskFetchHandler(TurnLog log) : IInvokeHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Add("task/fetch");
        return Task.FromResult(InvokeResponse.TaskMessage("Het formulier komt eraan."));
    }
}

internal sealed class OtherTaskFetchHandler : IInvokeHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.Ok());
}

internal sealed class ThrowingInvokeHandler(TurnLog log) : IInvokeHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        log.Add("throwing-invoke:" + turn.Activity.Name);
        throw new InvalidOperationException("The dialog could not be built.");
    }
}

internal sealed class OuterMiddleware(TurnLog log) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken)
    {
        log.Add("outer:before");
        await continuation();
        log.Add("outer:after");
    }
}

internal sealed class InnerMiddleware(TurnLog log) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken)
    {
        log.Add("inner:before");
        await continuation();
        log.Add("inner:after");
    }
}
