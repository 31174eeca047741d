using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

/// <summary>
/// Finds a turn's coalition and actor. In a team (channel): the coalition whose <see cref="Coalition.TeamId"/> is the
/// team's id; everyone in the team sees it (an unknown person is an observer). In a personal or group chat: the
/// coalition where the sender has a current role; exactly one → that one, none or several → null. Cached per turn.
/// </summary>
public sealed class CoalitionResolver(CoalitieDbContext db, IClock clock) : ICoalitionResolver
{
    private readonly Dictionary<string, CoalitionScope?> _cache = new(StringComparer.Ordinal);

    public async Task<CoalitionScope?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.Activity.From;
        var teamId = TeamIdOf(turn.Activity);
        var key = (teamId ?? "-") + "|" + (user?.Id ?? "-");
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        CoalitionScope? scope;
        if (teamId is not null)
        {
            var coalition = await db.Set<Coalition>().AsNoTracking().FirstOrDefaultAsync(c => c.TeamId == teamId, cancellationToken).ConfigureAwait(false);
            scope = coalition is null ? null : await ScopeForAsync(coalition, user, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            scope = await ResolveByRoleAsync(user, cancellationToken).ConfigureAwait(false);
        }

        _cache[key] = scope;
        return scope;
    }

    /// <summary>Forgets what was resolved in this turn (after roles changed).</summary>
    public void Reset() => _cache.Clear();

    /// <summary>The team id of a channel or team activity (channelData.team.id, else teamsTeamId), or null.</summary>
    public static string? TeamIdOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var data = activity.GetTeamsChannelData();
        var id = data.Team?.Id ?? data.TeamsTeamId;
        return string.IsNullOrWhiteSpace(id) ? null : id;
    }

    /// <summary>The channel of a channel activity (channelData.channel.id, else the conversation id without its thread).</summary>
    public static string? ChannelIdOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var data = activity.GetTeamsChannelData();
        var id = data.Channel?.Id ?? data.TeamsChannelId;
        if (string.IsNullOrWhiteSpace(id))
        {
            id = activity.Conversation?.Id?.Split(';')[0];
        }

        return string.IsNullOrWhiteSpace(id) ? null : id;
    }

    private async Task<CoalitionScope?> ResolveByRoleAsync(ChannelAccount? user, CancellationToken cancellationToken)
    {
        if (user?.Id is not { Length: > 0 } userId)
        {
            return null;
        }

        var aad = string.IsNullOrWhiteSpace(user.AadObjectId) ? null : user.AadObjectId;
        var now = clock.GetCurrentInstant();
        var coalitionIds = await (
                from person in db.Set<Person>().AsNoTracking()
                where person.ErasedAt == null && (person.TeamsUserId == userId || (aad != null && person.AadObjectId == aad))
                join role in db.Set<RoleAssignment>().AsNoTracking() on person.Id equals role.PersonId
                where role.To == null || role.To > now
                select person.CoalitionId)
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (coalitionIds.Count != 1)
        {
            return null;
        }

        var coalitionId = coalitionIds[0];
        var coalition = await db.Set<Coalition>().AsNoTracking().FirstAsync(c => c.Id == coalitionId, cancellationToken).ConfigureAwait(false);
        return await ScopeForAsync(coalition, user, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CoalitionScope> ScopeForAsync(Coalition coalition, ChannelAccount? user, CancellationToken cancellationToken)
    {
        var userId = user?.Id ?? string.Empty;
        var aad = string.IsNullOrWhiteSpace(user?.AadObjectId) ? null : user.AadObjectId;
        Person? person = null;
        if (userId.Length > 0 || aad is not null)
        {
            person = await db.Set<Person>().AsNoTracking()
                .Where(p => p.CoalitionId == coalition.Id && p.ErasedAt == null && (p.TeamsUserId == userId || (aad != null && p.AadObjectId == aad)))
                .OrderByDescending(p => p.TeamsUserId == userId)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        var roles = new HashSet<CoalitionRole>();
        var partners = new HashSet<Guid>();
        if (person is not null)
        {
            var now = clock.GetCurrentInstant();
            var assignments = await db.Set<RoleAssignment>().AsNoTracking()
                .Where(r => r.CoalitionId == coalition.Id && r.PersonId == person.Id && (r.To == null || r.To > now))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var assignment in assignments.Where(a => a.IsActiveAt(now)))
            {
                roles.Add(assignment.Role);
                if (assignment is { Role: CoalitionRole.PartnerRepresentative, PartnerId: { } partnerId })
                {
                    partners.Add(partnerId);
                }
            }
        }

        var actor = new Actor(person?.Id, userId, aad, person?.DisplayName ?? user?.Name, roles, partners);
        return new CoalitionScope(coalition.Id, coalition.Name, coalition.TimeZoneId, actor);
    }
}
