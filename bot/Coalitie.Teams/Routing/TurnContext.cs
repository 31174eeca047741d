using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coalitie.Teams.Auth;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Routing;

/// <summary>One inbound activity and the means to answer it.</summary>
public sealed partial class TurnContext
{
    private string? _commandText;

    public TurnContext(Activity activity, IConnectorClient connector, AuthenticationStatus authentication, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        Connector = connector;
        Authentication = authentication;
        Services = services;
    }

    public Activity Activity { get; }

    public IConnectorClient Connector { get; }

    public AuthenticationStatus Authentication { get; }

    /// <summary>The request's scoped services.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Where replies go: the activity's serviceUrl and tenant.</summary>
    public ConnectorTarget Target => new(Activity.ServiceUrl ?? string.Empty, Activity.GetTenantId());

    /// <summary>The conversation id without a thread suffix is kept as Teams sent it; replies go to the same thread.</summary>
    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    /// <summary>
    /// The message text as a command: the bot's own mention removed, HTML tags stripped, entities decoded and white
    /// space folded. Other people's mentions are kept as their plain names.
    /// </summary>
    public string CommandText => _commandText ??= NormalizeCommandText(Activity);

    /// <summary>Sends an activity into this conversation (same thread), addressed from the bot.</summary>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.From ??= Activity.Recipient;
        activity.Conversation ??= Activity.Conversation;
        activity.ChannelId ??= Activity.ChannelId;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        return Connector.SendToConversationAsync(Target, ConversationId, activity, cancellationToken);
    }

    /// <summary>Sends a plain (markdown) text message into this conversation.</summary>
    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" }, cancellationToken);

    /// <summary>Sends one attachment (e.g. a card) without text, so that the message id comes back for later updates.</summary>
    public Task<ResourceResponse> SendAttachmentAsync(Attachment attachment, CancellationToken cancellationToken) =>
        SendAsync(new Activity { Type = ActivityTypes.Message, Attachments = [attachment] }, cancellationToken);

    /// <summary>Replaces the message <paramref name="activityId"/> in this conversation (e.g. a card after Action.Submit).</summary>
    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.Id = activityId;
        activity.Conversation ??= Activity.Conversation;
        return Connector.UpdateActivityAsync(Target, ConversationId, activityId, activity, cancellationToken);
    }

    /// <summary>The locale Teams reports for the user (<c>locale</c>, else the clientInfo entity), or null.</summary>
    public string? UserLocale
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Activity.Locale))
            {
                return Activity.Locale;
            }

            var clientInfo = Activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
            if (clientInfo?.ExtensionData is { } data && data.TryGetValue("locale", out var locale) && locale.ValueKind == JsonValueKind.String)
            {
                return locale.GetString();
            }

            return null;
        }
    }

    internal static string NormalizeCommandText(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (text.Length == 0)
        {
            return string.Empty;
        }

        // Far longer than any command: not worth cleaning (callers answer "too long"), and no regex should see it.
        if (text.Length > MaxNormalizedLength)
        {
            return text;
        }

        // Remove the bot's own mention spans (Teams puts "<at>Bot</at>" in the text, with an entity naming the bot).
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.GetMentions())
        {
            if (mention.Text is { Length: > 0 } mentionText &&
                (botId is null || string.Equals(mention.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase)))
            {
                text = text.Replace(mentionText, " ", StringComparison.Ordinal);
            }
        }

        // Any remaining <at>…</at> of the bot's name without an entity (older clients) when it starts the message.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
        {
            text = text.Replace($"<at>{botName}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }

        text = AtTag().Replace(text, "$1");

        // A typed (not picked) mention of the bot, "@Coalitie hulp", as clients without a mention picker send it.
        if (activity.Recipient?.Name is { Length: > 0 } name)
        {
            var typed = "@" + name;
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith(typed, StringComparison.OrdinalIgnoreCase) &&
                (trimmed.Length == typed.Length || !char.IsLetterOrDigit(trimmed[typed.Length])))
            {
                text = trimmed[typed.Length..];
            }
        }

        text = BreakTag().Replace(text, " ");
        text = AnyTag().Replace(text, string.Empty);
        text = UserText.Clean(WebUtility.HtmlDecode(text));
        text = Whitespace().Replace(text, " ").Trim();
        return text;
    }

    /// <summary>Texts longer than this are returned as they are by <see cref="CommandText"/>.</summary>
    public const int MaxNormalizedLength = 8 * 1024;

    [GeneratedRegex("<at>([^<]*)</at>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"<\s*(br|/p|/div)\s*/?>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex BreakTag();

    [GeneratedRegex("<[^>]{0,500}>", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();
}
