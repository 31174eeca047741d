using System.Text.Json;
using Coalitie.Teams.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coalitie.Teams.Routing;

/// <summary>Dispatches a turn to its handler by activity type, invoke name and card verb.</summary>
public sealed partial class ActivityRouter(BotRoutes routes, IRouterTexts texts, ILogger<ActivityRouter> logger)
{
    /// <summary>
    /// Routes the turn. Returns the invoke response for invokes (never null for them), null for other activities.
    /// Handler failures are caught here: the user gets a short apology, the caller a normal status.
    /// </summary>
    public async Task<InvokeResponse?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        InvokeResponse? result = null;

        async Task Terminal()
        {
            result = await DispatchAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        var pipeline = routes.Middleware.Reverse().Aggregate(
            (Func<Task>)Terminal,
            (next, type) => () => ((ITurnMiddleware)turn.Services.GetRequiredService(type)).InvokeAsync(turn, next, cancellationToken));

        try
        {
            await pipeline().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, ex, turn.Activity.Type, turn.Activity.Name, turn.Activity.Id);
            result = await ReportFailureAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (IsInvoke(turn.Activity))
        {
            return result ?? InvokeResponse.NotImplemented(turn.Activity.Name);
        }

        return null;
    }

    private async Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (IsInvoke(activity))
        {
            return await DispatchInvokeAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        if (string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase) &&
            TryReadLegacySubmit(activity, out var submit))
        {
            var response = await HandleCardActionAsync(turn, submit, cancellationToken).ConfigureAwait(false);
            await ApplyToConversationAsync(turn, response, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (activity.Type is { } type && routes.Activities.TryGetValue(type, out var handlerType))
        {
            var handler = (IActivityHandler)turn.Services.GetRequiredService(handlerType);
            await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            LogIgnored(logger, activity.Type, activity.Id);
        }

        return null;
    }

    private async Task<InvokeResponse> DispatchInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var name = turn.Activity.Name;
        if (string.Equals(name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase))
        {
            if (!TryReadExecute(turn.Activity, out var action))
            {
                return InvokeResponse.Error(400, "BadRequest", texts.UnknownCardAction(turn, null));
            }

            return await HandleCardActionAsync(turn, action, cancellationToken).ConfigureAwait(false);
        }

        if (name is not null && routes.Invokes.TryGetValue(name, out var handlerType))
        {
            var handler = (IInvokeHandler)turn.Services.GetRequiredService(handlerType);
            return await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        LogUnsupportedInvoke(logger, name);
        if (name is not null && name.StartsWith("task/", StringComparison.OrdinalIgnoreCase))
        {
            return InvokeResponse.TaskMessage(texts.NotSupported(turn));
        }

        if (name is not null && name.StartsWith("composeExtension/", StringComparison.OrdinalIgnoreCase))
        {
            return InvokeResponse.ComposeExtensionMessage(texts.NotSupported(turn));
        }

        return InvokeResponse.NotImplemented(name);
    }

    private async Task<InvokeResponse> HandleCardActionAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        if (!routes.CardActions.TryGetValue(action.Verb, out var handlerType))
        {
            LogUnknownVerb(logger, action.Verb);
            return InvokeResponse.Error(400, "UnknownVerb", texts.UnknownCardAction(turn, action.Verb));
        }

        var handler = (ICardActionHandler)turn.Services.GetRequiredService(handlerType);
        return await handler.HandleAsync(turn, action, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An Action.Submit answer has no HTTP response to carry it: update the card or post the text.</summary>
    private static async Task ApplyToConversationAsync(TurnContext turn, InvokeResponse response, CancellationToken cancellationToken)
    {
        if (response.Body is not System.Text.Json.Nodes.JsonObject body || body["value"] is not { } value)
        {
            return;
        }

        var type = body["type"]?.GetValue<string>();
        if (type == ContentTypes.AdaptiveCard)
        {
            var card = new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(value, BotJson.Options) };
            var update = new Activity { Type = ActivityTypes.Message, Attachments = [card] };
            if (!string.IsNullOrEmpty(turn.Activity.ReplyToId))
            {
                await turn.UpdateAsync(turn.Activity.ReplyToId, update, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await turn.SendAsync(update, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var text = value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : value["message"]?.GetValue<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            await turn.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse?> ReportFailureAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var message = texts.Failure(turn);
        if (IsInvoke(turn.Activity))
        {
            var name = turn.Activity.Name ?? string.Empty;
            if (name.StartsWith("composeExtension/", StringComparison.OrdinalIgnoreCase))
            {
                return InvokeResponse.ComposeExtensionMessage(message);
            }

            return name.StartsWith("task/", StringComparison.OrdinalIgnoreCase)
                ? InvokeResponse.TaskMessage(message)
                : InvokeResponse.Error(500, "InternalError", message);
        }

        if (string.Equals(turn.Activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await turn.SendTextAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogApologyFailed(logger, ex, turn.Activity.Id);
            }
        }

        return null;
    }

    private static bool IsInvoke(Activity activity) => string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);

    internal static bool TryReadExecute(Activity activity, out CardActionRequest action)
    {
        action = null!;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty("action", out var a) || a.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var verb = a.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (string.IsNullOrWhiteSpace(verb))
        {
            return false;
        }

        var data = a.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : EmptyObject();
        var automatic = value.TryGetProperty("trigger", out var t) && t.ValueKind == JsonValueKind.String &&
                        string.Equals(t.GetString(), "automatic", StringComparison.OrdinalIgnoreCase);
        action = new CardActionRequest(verb, data, automatic, IsLegacySubmit: false);
        return true;
    }

    internal static bool TryReadLegacySubmit(Activity activity, out CardActionRequest action)
    {
        action = null!;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value ||
            !value.TryGetProperty(CardActionRequest.LegacyVerbProperty, out var v) || v.ValueKind != JsonValueKind.String ||
            string.IsNullOrWhiteSpace(v.GetString()))
        {
            return false;
        }

        action = new CardActionRequest(v.GetString()!, value.Clone(), IsAutomaticRefresh: false, IsLegacySubmit: true);
        return true;
    }

    private static JsonElement EmptyObject()
    {
        using var doc = JsonDocument.Parse("{}");
        return doc.RootElement.Clone();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler failed for activity type {Type} name {Name} id {ActivityId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception ex, string? type, string? name, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the failure notice for activity {ActivityId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception ex, string? activityId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored activity of type {Type} id {ActivityId}")]
    private static partial void LogIgnored(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unsupported invoke {Name}")]
    private static partial void LogUnsupportedInvoke(ILogger logger, string? name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown card verb {Verb}")]
    private static partial void LogUnknownVerb(ILogger logger, string verb);
}
