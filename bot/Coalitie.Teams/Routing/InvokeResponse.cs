using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Routing;

/// <summary>
/// The answer to an <c>invoke</c> activity, written as the HTTP response of the same POST (teams-protocol.md §4.1, §4.3).
/// </summary>
public sealed class InvokeResponse
{
    private InvokeResponse(int httpStatus, JsonNode? body)
    {
        HttpStatus = httpStatus;
        Body = body;
    }

    /// <summary>The HTTP status of the POST. Universal Actions always use 200 and carry their status in the body.</summary>
    public int HttpStatus { get; }

    public JsonNode? Body { get; }

    /// <summary>Universal Actions: replace the card with <paramref name="card"/> (for the invoking user).</summary>
    public static InvokeResponse Card(JsonElement card) => Universal(200, ContentTypes.AdaptiveCard, JsonSerializer.SerializeToNode(card, BotJson.Options));

    /// <summary>Universal Actions: show <paramref name="text"/> as a message; the card stays as it is.</summary>
    public static InvokeResponse Message(string text) => Universal(200, ContentTypes.ActivityMessage, JsonValue.Create(text));

    /// <summary>Universal Actions error (e.g. 400 for a request the bot cannot read), still HTTP 200 per the spec.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        Universal(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message });

    /// <summary>A dialog (<c>task/fetch</c>, <c>task/submit</c>) answered with a message instead of a form.</summary>
    public static InvokeResponse TaskMessage(string text) =>
        new(200, new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } });

    /// <summary>A message-extension invoke answered with a message.</summary>
    public static InvokeResponse ComposeExtensionMessage(string text) =>
        new(200, new JsonObject { ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text } });

    /// <summary>An invoke the bot does not offer at all: HTTP 501 with an error body.</summary>
    public static InvokeResponse NotImplemented(string? invokeName) =>
        new(501, new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = "NotImplemented", ["message"] = $"The invoke '{invokeName}' is not supported by this bot." },
        });

    /// <summary>Acknowledges without a body (e.g. <c>task/submit</c> closing a dialog).</summary>
    public static InvokeResponse Ok() => new(200, null);

    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value });

    /// <summary>The body's Universal Actions <c>statusCode</c>, when there is one.</summary>
    public int? UniversalStatusCode => Body is JsonObject o && o["statusCode"] is JsonValue v && v.TryGetValue<int>(out var s) ? s : null;
}
