using System.Text.Json;

namespace Coalitie.Teams.Routing;

/// <summary>Handles one kind of non-invoke activity (message, conversationUpdate, installationUpdate, …).</summary>
public interface IActivityHandler
{
    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Handles one invoke name; the result is written as the HTTP response.</summary>
public interface IInvokeHandler
{
    Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>
/// Handles one card verb, whether it arrives as <c>adaptiveCard/action</c> (Action.Execute) or as the Action.Submit
/// fallback (a message whose <c>value</c> carries <c>verb</c>).
/// </summary>
public interface ICardActionHandler
{
    Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken);
}

/// <summary>Runs around every routed turn (recording conversation references, setting the culture, …).</summary>
public interface ITurnMiddleware
{
    Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken);
}

/// <summary>Gives the texts the router itself shows users (it knows no language of its own).</summary>
public interface IRouterTexts
{
    /// <summary>For a dialog or message-extension invoke the app does not offer.</summary>
    string NotSupported(TurnContext turn);

    /// <summary>For a card button whose verb the app does not know (an old card, a newer version).</summary>
    string UnknownCardAction(TurnContext turn, string? verb);

    /// <summary>After an unexpected failure while handling the turn.</summary>
    string Failure(TurnContext turn);
}

/// <summary>A card action as the router read it from the activity.</summary>
/// <param name="Verb">The action's verb.</param>
/// <param name="Data">The action's data merged with the card's inputs (an object; empty object when absent).</param>
/// <param name="IsAutomaticRefresh">True for a refresh invoke (<c>trigger: automatic</c>).</param>
/// <param name="IsLegacySubmit">True when it arrived as an Action.Submit message rather than an invoke.</param>
public sealed record CardActionRequest(string Verb, JsonElement Data, bool IsAutomaticRefresh, bool IsLegacySubmit)
{
    /// <summary>The data property an Action.Submit fallback uses to carry the verb.</summary>
    public const string LegacyVerbProperty = "verb";

    /// <summary>Reads a string property of <see cref="Data"/>, or null.</summary>
    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
