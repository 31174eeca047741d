using System.Net;
using Microsoft.Extensions.Logging;

namespace Coalitie.Teams.Connector;

/// <summary>Connector log messages: operations, ids and status codes only — never bodies or tokens.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Connector {Operation} answered {StatusCode}; retry {Retry} of {MaxRetries} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, int statusCode, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Connector {Operation} transport failure ({ExceptionType}); retry {Retry} of {MaxRetries} in {Delay}")]
    public static partial void TransportRetrying(ILogger logger, string operation, string exceptionType, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Connector {Operation} on {ResourceId} failed: {StatusCode} {Failure} (code {ErrorCode}) after {Attempts} attempt(s)")]
    public static partial void Failed(ILogger logger, string operation, string resourceId, int statusCode, ConnectorFailure failure, string? errorCode, int attempts);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Connector {Operation} on {ResourceId} failed in transport ({ExceptionType}) after {Attempts} attempt(s)")]
    public static partial void TransportFailed(ILogger logger, string operation, string resourceId, string exceptionType, int attempts);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Error,
        Message = "Connector {Operation} refused: service URL host {Host} is not trusted for {Mode}")]
    public static partial void Untrusted(ILogger logger, string operation, string host, string mode);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Error, Message = "Connector {Operation}: the outbound token could not be acquired ({ExceptionType})")]
    public static partial void TokenFailed(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "Connector {Operation} on {ResourceId} answered {StatusCode}")]
    public static partial void Succeeded(ILogger logger, string operation, string resourceId, HttpStatusCode statusCode);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning,
        Message = "Refreshing the outbound token failed ({ExceptionType}); using the cached token until it expires")]
    public static partial void TokenRefreshFailed(ILogger logger, string exceptionType);
}
