using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Bot.Conversations;

/// <summary>
/// <c>installationUpdate</c>: <c>add</c> stores the reference and welcomes; <c>remove</c> forgets the conversation
/// (in a team: the team with all its channels). Upgrades keep what is stored.
/// </summary>
internal sealed class InstallationUpdateHandler(Welcomer welcomer, ConversationReferenceStore store) : IActivityHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Action;
        if (string.Equals(action, InstallationActions.Add, StringComparison.OrdinalIgnoreCase))
        {
            await welcomer.InstalledAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        else if (string.Equals(action, InstallationActions.AddUpgrade, StringComparison.OrdinalIgnoreCase))
        {
            await store.UpsertAsync(turn.Activity, cancellationToken).ConfigureAwait(false);
        }
        else if (string.Equals(action, InstallationActions.Remove, StringComparison.OrdinalIgnoreCase))
        {
            var teamId = turn.Activity.GetTeamsChannelData().Team?.Id;
            if (teamId is not null)
            {
                await store.RemoveTeamAsync(teamId, cancellationToken).ConfigureAwait(false);
            }

            await store.RemoveAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        }
    }
}
