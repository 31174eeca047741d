using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Bot.Conversations;

/// <summary>
/// <c>conversationUpdate</c>: the bot added to or removed from a chat or team, and team/channel events that change
/// where the bot can post (renames, new and deleted channels, deleted teams).
/// </summary>
internal sealed class ConversationUpdateHandler(Welcomer welcomer, ConversationReferenceStore store) : IActivityHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var data = activity.GetTeamsChannelData();
        var teamId = data.Team?.Id;

        if (IsBot(activity.MembersRemoved, botId))
        {
            if (teamId is not null)
            {
                await store.RemoveTeamAsync(teamId, cancellationToken).ConfigureAwait(false);
            }

            await store.RemoveAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (IsBot(activity.MembersAdded, botId))
        {
            await welcomer.InstalledAsync(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (data.EventType)
        {
            case "teamRenamed" when teamId is not null:
                await store.RenameTeamAsync(teamId, data.Team?.Name, cancellationToken).ConfigureAwait(false);
                break;
            case "channelCreated" or "channelRenamed" or "channelRestored" when data.Channel is not null:
                await store.UpsertChannelAsync(activity, data.Channel, cancellationToken).ConfigureAwait(false);
                break;
            case "channelDeleted" when data.Channel?.Id is not null:
                await store.RemoveAsync(data.Channel.Id, cancellationToken).ConfigureAwait(false);
                break;
            case "teamDeleted" or "teamHardDeleted" when teamId is not null:
                await store.RemoveTeamAsync(teamId, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Other members joining or leaving (teamMemberAdded/Removed, group chat members) need no address:
                // the person's own 1:1 conversation is stored when they install or write. Roles come later.
                await store.UpsertAsync(activity, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static bool IsBot(List<ChannelAccount>? members, string? botId) =>
        botId is not null && members is not null && members.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase));
}
