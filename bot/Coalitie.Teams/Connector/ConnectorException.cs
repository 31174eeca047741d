using System.Net;

namespace Coalitie.Teams.Connector;

/// <summary>A connector call that did not succeed. The message holds the operation and status, never a body or token.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
        : this("The connector call failed.")
    {
    }

    public ConnectorException(string message)
        : this(message, null)
    {
    }

    public ConnectorException(string message, Exception? innerException)
        : this(ConnectorFailure.Unknown, message, statusCode: null, errorCode: null, innerException)
    {
    }

    public ConnectorException(ConnectorFailure failure, string message, HttpStatusCode? statusCode = null, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorFailure Failure { get; }

    /// <summary>The HTTP status of the last answer; null when no answer arrived (refused, transport failure).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// The most specific code in the error body: the <c>subCode</c> inside the message (e.g. <c>MessageWritesBlocked</c>),
    /// else <c>error.code</c> (e.g. <c>BotNotInConversationRoster</c>), else the numeric <c>errorCode</c>.
    /// </summary>
    public string? ErrorCode { get; }
}
