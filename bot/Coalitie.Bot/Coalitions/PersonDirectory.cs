using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Coalitions;

/// <summary>
/// The people a coalition knows: one <see cref="Person"/> per coalition and Teams user, matched on the channel user id
/// or the Entra object id. Erased people are never matched again.
/// </summary>
public sealed class PersonDirectory(CoalitieDbContext db)
{
    /// <summary>
    /// The person for a Teams user, created when new and updated when Teams reports a new name or Entra id. Saves
    /// at once when it created or changed the person (a person alone is not an audited change); otherwise nothing is
    /// written. The returned person is tracked.
    /// </summary>
    public async Task<Person> EnsureAsync(Guid coalitionId, ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(user.Id))
        {
            throw new ArgumentException("The Teams user has no id.", nameof(user));
        }

        var person = await FindAsync(coalitionId, user, cancellationToken).ConfigureAwait(false);
        bool changed;
        if (person is null)
        {
            person = Person.Create(Guid.NewGuid(), coalitionId, user.Id, user.AadObjectId, user.Name ?? user.Id, EmailOf(user));
            db.Set<Person>().Add(person);
            changed = true;
        }
        else
        {
            changed = person.UpdateProfile(user.Name, user.AadObjectId, EmailOf(user));
        }

        if (changed)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return person;
    }

    /// <summary>The (not erased) person of a Teams user in a coalition, or null. Tracked.</summary>
    public async Task<Person?> FindAsync(Guid coalitionId, ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id ?? string.Empty;
        var aad = string.IsNullOrWhiteSpace(user.AadObjectId) ? null : user.AadObjectId;
        return await db.Set<Person>()
            .Where(p => p.CoalitionId == coalitionId && p.ErasedAt == null && (p.TeamsUserId == userId || (aad != null && p.AadObjectId == aad)))
            .OrderByDescending(p => p.TeamsUserId == userId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A person by id (erased ones too: their pseudonym shows in history), or null. Tracked.</summary>
    public async Task<Person?> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.Set<Person>().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);

    /// <summary>The people with these ids, by id (for showing names in lists).</summary>
    public async Task<IReadOnlyDictionary<Guid, Person>> GetManyAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Person>();
        }

        var people = await db.Set<Person>().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return people.ToDictionary(p => p.Id);
    }

    /// <summary>Everyone the coalition knows, by name.</summary>
    public async Task<IReadOnlyList<Person>> ListAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var people = await db.Set<Person>().Where(p => p.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return people.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static string? EmailOf(ChannelAccount user)
    {
        if (user.ExtensionData is { } data)
        {
            foreach (var key in new[] { "email", "userPrincipalName" })
            {
                if (data.TryGetValue(key, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String &&
                    value.GetString() is { } text && text.Contains('@', StringComparison.Ordinal))
                {
                    return text;
                }
            }
        }

        return null;
    }
}
