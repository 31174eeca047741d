using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Bot.Conversations;

/// <summary>
/// Records the conversation reference of every message and invoke (the "first message" case: a bot can be
/// reached in a conversation it never saw installed, e.g. after a data loss or an install event it missed).
/// Install and membership events keep their own handlers.
/// </summary>
internal sealed class ConversationRecorder(ConversationReferenceStore store) : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(continuation);
        var type = turn.Activity.Type;
        if (string.Equals(type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            await store.UpsertAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        }

        await continuation().ConfigureAwait(false);
    }
}
