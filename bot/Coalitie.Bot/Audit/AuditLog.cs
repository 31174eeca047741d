using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Audit;

/// <summary>
/// Records changes into the current unit of work: call <see cref="Record"/> before the feature's own
/// <c>SaveChangesAsync</c>, so the change and its audit entry are stored together or not at all.
/// </summary>
public sealed class AuditLog(CoalitieDbContext db, IClock clock)
{
    private const int MaxValueLength = 4000;

    public void Record(CoalitionScope scope, string entityType, string entityId, string action, string? field = null, string? oldValue = null, string? newValue = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Record(scope.CoalitionId, scope.Actor.PersonId, scope.Actor.Name, entityType, entityId, action, field, oldValue, newValue);
    }

    public void Record(Guid coalitionId, Guid? actorPersonId, string? actorName, string entityType, string entityId, string action, string? field = null, string? oldValue = null, string? newValue = null)
    {
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            CoalitionId = coalitionId,
            At = clock.GetCurrentInstant(),
            ActorPersonId = actorPersonId,
            ActorName = actorName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Field = field,
            OldValue = Clip(oldValue),
            NewValue = Clip(newValue),
        });
    }

    /// <summary>The history of one entity, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(Guid coalitionId, string entityType, string entityId, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.CoalitionId == coalitionId && a.EntityType == entityType && a.EntityId == entityId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private static string? Clip(string? value) => value is { Length: > MaxValueLength } ? value[..MaxValueLength] : value;
}
