namespace Coalitie.Teams.Connector;

/// <summary>Why a connector call failed, in the terms a caller acts on.</summary>
public enum ConnectorFailure
{
    /// <summary>403: the bot is not installed for the user or not a member of the conversation. Stop sending until it is installed again.</summary>
    NotInstalled,

    /// <summary>403 with <c>MessageWritesBlocked</c> (error code 209), <c>ConversationBlockedByUser</c> or <c>BotDisabledByAdmin</c>: the user or admin blocked the bot.</summary>
    Blocked,

    /// <summary>404: the conversation or activity does not exist (any more).</summary>
    Gone,

    /// <summary>429 still answered after the retry budget was spent. Try again later.</summary>
    Throttled,

    /// <summary>400: the request was malformed (for example a group-chat creation).</summary>
    BadRequest,

    /// <summary>401, or the outbound token could not be acquired.</summary>
    Unauthorized,

    /// <summary>413: the activity is too large.</summary>
    TooLarge,

    /// <summary>501: the connector does not implement the operation (Agents Playground delete).</summary>
    NotSupported,

    /// <summary>412/5xx after the retry budget, or a transport failure. Try again later.</summary>
    Transient,

    /// <summary>The bearer token would have gone to a service URL that is not trusted; nothing was sent.</summary>
    UntrustedServiceUrl,

    /// <summary>Any other answer, or a success answer whose body could not be read.</summary>
    Unknown,
}
