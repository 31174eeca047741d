using Coalitie.Bot.Localization;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Conversations;

/// <summary>Stores the reference of a conversation the bot was added to and posts the welcome card there once.</summary>
public sealed partial class Welcomer(ConversationReferenceStore store, LocalePolicy policy, ILogger<Welcomer> logger)
{
    public async Task InstalledAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await store.UpsertAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        if (!await store.TryMarkWelcomedAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var kind = ConversationReferenceStore.KindOf(turn.Activity);
        var texts = policy.TextsFor(turn.UserLocale);
        var data = turn.Activity.GetTeamsChannelData();
        var firstName = kind == ConversationKind.Personal ? FirstName(turn.Activity.From?.Name) : null;
        var card = WelcomeCard.Build(texts, kind, firstName, data.Team?.Name);

        // In a team the welcome goes to the channel the installer picked, else the General channel (id = team id).
        var target = turn.ConversationId;
        if (kind == ConversationKind.Channel)
        {
            target = data.Settings?.SelectedChannel?.Id ?? data.Channel?.Id ?? data.Team?.Id ?? target;
        }

        var activity = new Teams.Schema.Activity { Type = Teams.Schema.ActivityTypes.Message, Attachments = [card.ToAttachment()] };
        await turn.Connector.SendToConversationAsync(turn.Target, target, activity, cancellationToken).ConfigureAwait(false);
        LogWelcomed(logger, kind);
    }

    private static string? FirstName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var first = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return first.Length > 40 ? null : first;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted the welcome card in a {Kind} conversation")]
    private static partial void LogWelcomed(ILogger logger, ConversationKind kind);
}
