using System.Net;
using System.Text.Json;

namespace Coalitie.Teams.Connector;

/// <summary>Maps a failed connector answer (status and error body) to a <see cref="ConnectorFailure"/> and error code.</summary>
internal static class ConnectorErrorClassifier
{
    private static readonly string[] BlockedCodes = ["MessageWritesBlocked", "ConversationBlockedByUser", "BotDisabledByAdmin"];

    /// <summary>True for the statuses Teams asks bots to retry: 429, 412, 502, 503, 504.</summary>
    public static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    public static (ConnectorFailure Failure, string? ErrorCode) Classify(HttpStatusCode status, string? body)
    {
        var codes = ReadCodes(body);
        var errorCode = codes.SubCode ?? codes.Code ?? codes.NumericCode;
        var failure = status switch
        {
            HttpStatusCode.Forbidden => IsBlocked(codes, body) ? ConnectorFailure.Blocked : ConnectorFailure.NotInstalled,
            HttpStatusCode.NotFound => ConnectorFailure.Gone,
            HttpStatusCode.BadRequest => ConnectorFailure.BadRequest,
            HttpStatusCode.Unauthorized => ConnectorFailure.Unauthorized,
            HttpStatusCode.RequestEntityTooLarge => ConnectorFailure.TooLarge,
            HttpStatusCode.NotImplemented => ConnectorFailure.NotSupported,
            HttpStatusCode.TooManyRequests => ConnectorFailure.Throttled,
            HttpStatusCode.PreconditionFailed => ConnectorFailure.Transient,
            HttpStatusCode.RequestTimeout => ConnectorFailure.Transient,
            _ when (int)status >= 500 => ConnectorFailure.Transient,
            _ => ConnectorFailure.Unknown,
        };
        return (failure, errorCode);
    }

    private static bool IsBlocked(ErrorCodes codes, string? body) =>
        codes.NumericCode == "209"
        || BlockedCodes.Any(c => string.Equals(codes.SubCode, c, StringComparison.OrdinalIgnoreCase)
            || string.Equals(codes.Code, c, StringComparison.OrdinalIgnoreCase))
        || (body is not null && BlockedCodes.Any(c => body.Contains(c, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// Reads <c>{"error":{"code":"…"}}</c>, <c>{"errorCode":209,"message":"{\"subCode\":\"…\"}"}</c> and
    /// <c>{"code":"…"}</c> leniently; anything unreadable yields no codes.
    /// </summary>
    private static ErrorCodes ReadCodes(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return default;
            }

            string? code = null;
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = StringOf(error, "code");
            }

            code ??= StringOf(root, "code");
            var numeric = root.TryGetProperty("errorCode", out var errorCode) ? errorCode.ValueKind switch
            {
                JsonValueKind.Number => errorCode.GetRawText(),
                JsonValueKind.String => errorCode.GetString(),
                _ => null,
            } : null;
            var subCode = StringOf(root, "subCode") ?? SubCodeInMessage(StringOf(root, "message"))
                ?? (error.ValueKind == JsonValueKind.Object ? SubCodeInMessage(StringOf(error, "message")) : null);
            return new ErrorCodes(code, numeric, subCode);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? SubCodeInMessage(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(message);
            return inner.RootElement.ValueKind == JsonValueKind.Object ? StringOf(inner.RootElement, "subCode") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private readonly record struct ErrorCodes(string? Code, string? NumericCode, string? SubCode);
}
