using Coalitie.Teams.Connector;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Bot.Coalitions;

/// <summary>A person the pickers offer: the Teams user id, the name and (when known) the Entra object id.</summary>
public sealed record TeamMember(string Id, string Name, string? AadObjectId, string? Email)
{
    public ChannelAccount ToAccount() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId };
}

/// <summary>A channel the setup card offers.</summary>
public sealed record TeamChannel(string Id, string? Name);

/// <summary>The members of the list, and whether the connector could give them (and all of them).</summary>
public sealed record Roster(IReadOnlyList<TeamMember> Members, bool Available, bool Truncated);

/// <summary>
/// The team's members and channels through the connector: <c>pagedmembers</c> on the team (falling back to the
/// conversation, e.g. in a chat or when the team call fails) and <c>teams/{id}/conversations</c> (falling back to
/// the current channel). Works in Teams and in the Agents Playground.
/// </summary>
public sealed partial class TeamRoster(ILogger<TeamRoster> logger)
{
    /// <summary>The most members a picker lists (keeps the card well under 28 KB).</summary>
    public const int MaxMembers = 100;

    private const int PageSize = 100;
    private const int MaxPages = 5;

    public async Task<Roster> MembersAsync(TurnContext turn, string? teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var targets = new List<string>();
        if (!string.IsNullOrWhiteSpace(teamId))
        {
            targets.Add(teamId);
        }

        if (!string.IsNullOrWhiteSpace(turn.ConversationId) && !targets.Contains(turn.ConversationId.Split(';')[0]))
        {
            targets.Add(turn.ConversationId.Split(';')[0]);
        }

        foreach (var conversationId in targets)
        {
            try
            {
                var members = new List<TeamMember>();
                string? continuation = null;
                var pages = 0;
                do
                {
                    var page = await turn.Connector.GetPagedMembersAsync(turn.Target, conversationId, PageSize, continuation, cancellationToken).ConfigureAwait(false);
                    members.AddRange(page.Members
                        .Where(m => !string.IsNullOrWhiteSpace(m.Id) && !string.Equals(m.Id, turn.Activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase))
                        .Select(m => new TeamMember(m.Id!, string.IsNullOrWhiteSpace(m.Name) ? m.Id! : m.Name, m.EntraObjectId, m.Email ?? m.UserPrincipalName)));
                    continuation = page.ContinuationToken;
                    pages++;
                }
                while (!string.IsNullOrEmpty(continuation) && pages < MaxPages && members.Count < MaxMembers);

                var ordered = members.DistinctBy(m => m.Id).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
                var truncated = ordered.Count > MaxMembers || !string.IsNullOrEmpty(continuation);
                return new Roster(ordered.Take(MaxMembers).ToList(), true, truncated);
            }
            catch (ConnectorException ex)
            {
                LogMembersFailed(logger, ex.Failure.ToString());
            }
        }

        return new Roster([], false, false);
    }

    /// <summary>Finds one member by Teams id (the pickers' value) among the team's members.</summary>
    public async Task<TeamMember?> FindAsync(TurnContext turn, string? teamId, string memberId, CancellationToken cancellationToken)
    {
        var roster = await MembersAsync(turn, teamId, cancellationToken).ConfigureAwait(false);
        var member = roster.Members.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.Ordinal));
        if (member is not null || !roster.Truncated || string.IsNullOrWhiteSpace(teamId))
        {
            return member;
        }

        try
        {
            var one = await turn.Connector.GetMemberAsync(turn.Target, teamId, memberId, cancellationToken).ConfigureAwait(false);
            return one.Id is null ? null : new TeamMember(one.Id, one.Name ?? one.Id, one.EntraObjectId, one.Email ?? one.UserPrincipalName);
        }
        catch (ConnectorException ex)
        {
            LogMembersFailed(logger, ex.Failure.ToString());
            return null;
        }
    }

    public async Task<IReadOnlyList<TeamChannel>> ChannelsAsync(TurnContext turn, string teamId, string currentChannelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        try
        {
            var list = await turn.Connector.GetTeamChannelsAsync(turn.Target, teamId, cancellationToken).ConfigureAwait(false);
            var channels = list.Conversations
                .Where(c => !string.IsNullOrWhiteSpace(c.Id))
                .Select(c => new TeamChannel(c.Id!, string.IsNullOrWhiteSpace(c.Name) ? null : c.Name))
                .DistinctBy(c => c.Id)
                .Take(50)
                .ToList();
            if (channels.Count > 0)
            {
                if (!channels.Any(c => c.Id == currentChannelId))
                {
                    channels.Insert(0, new TeamChannel(currentChannelId, turn.Activity.GetTeamsChannelData().Channel?.Name));
                }

                return channels;
            }
        }
        catch (ConnectorException ex)
        {
            LogChannelsFailed(logger, ex.Failure.ToString());
        }

        return [new TeamChannel(currentChannelId, turn.Activity.GetTeamsChannelData().Channel?.Name)];
    }

    /// <summary>The team's name: from the activity when Teams sends it, else from the connector's team details.</summary>
    public async Task<string?> TeamNameAsync(TurnContext turn, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.GetTeamsChannelData().Team?.Name is { Length: > 0 } name)
        {
            return name;
        }

        try
        {
            var details = await turn.Connector.GetTeamDetailsAsync(turn.Target, teamId, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(details.Name) ? null : details.Name;
        }
        catch (ConnectorException ex)
        {
            LogTeamDetailsFailed(logger, ex.Failure);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not read the team's details ({Failure}); the name stays empty")]
    private static partial void LogTeamDetailsFailed(ILogger logger, ConnectorFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list members ({Failure}); trying the next source")]
    private static partial void LogMembersFailed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the team's channels ({Failure}); offering the current channel")]
    private static partial void LogChannelsFailed(ILogger logger, string failure);
}
