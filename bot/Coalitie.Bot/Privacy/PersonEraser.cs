using Coalitie.Bot.Audit;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Privacy;

/// <summary>
/// Erases a person who leaves (AVG art. 17) while the coalition's history stays consistent: the person row is kept
/// under a pseudonym (so roles, representations, progress reports and audit entries still point somewhere), name,
/// e-mail and Teams ids are removed, current roles and representations end today, the display name is replaced by the
/// pseudonym in audit actor names and values, and their 1:1 conversation reference and preferences are deleted.
/// One transaction.
/// </summary>
public sealed partial class PersonEraser(CoalitieDbContext db, IClock clock, AuditLog audit, ILogger<PersonEraser> logger)
{
    public async Task<string> EraseAsync(CoalitionScope scope, Guid personId, PrivacyTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(texts);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var person = await db.Set<Person>().FirstAsync(p => p.Id == personId && p.CoalitionId == scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var coalition = await db.Set<Coalition>().AsNoTracking().FirstAsync(c => c.Id == scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var today = coalition.Today(now);
        var oldName = person.DisplayName;
        var teamsId = person.TeamsUserId;
        var aad = person.AadObjectId;

        var erasedBefore = await db.Set<Person>().CountAsync(p => p.CoalitionId == scope.CoalitionId && p.ErasedAt != null, cancellationToken).ConfigureAwait(false);
        var pseudonym = texts.Pseudonym(erasedBefore + 1);
        person.Erase(now, pseudonym);

        var roles = await db.Set<RoleAssignment>().Where(r => r.PersonId == personId && r.To == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var role in roles)
        {
            role.End(now);
        }

        var partners = await db.Set<Partner>().Where(p => p.CoalitionId == scope.CoalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var partner in partners.Where(p => p.RepresentativeOn(today)?.PersonId == personId))
        {
            partner.EndRepresentation(today);
        }

        var entries = await db.Set<AuditEntry>().Where(a => a.CoalitionId == scope.CoalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            if (entry.ActorPersonId == personId)
            {
                entry.ActorName = pseudonym;
            }

            entry.OldValue = Replace(entry.OldValue, oldName, pseudonym);
            entry.NewValue = Replace(entry.NewValue, oldName, pseudonym);
        }

        // Queued and past deliveries keep their state for the round's statistics, under the pseudonym.
        await db.Set<Work.DeliveryItem>().Where(d => d.RecipientUserId == teamsId || (aad != null && d.RecipientAadObjectId == aad))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.RecipientName, pseudonym), cancellationToken).ConfigureAwait(false);

        await db.ConversationReferences.Where(r => r.Kind == Conversations.ConversationKind.Personal && (r.UserId == teamsId || (aad != null && r.UserAadObjectId == aad)))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string> { "id:" + teamsId };
        if (aad is not null)
        {
            keys.Add("aad:" + aad);
        }

        await db.UserPreferences.Where(p => keys.Contains(p.UserKey)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        audit.Record(scope, "Person", personId.ToString("N"), "erased", newValue: pseudonym);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogErased(logger, scope.CoalitionId, personId, roles.Count);
        return pseudonym;
    }

    private static string? Replace(string? value, string name, string pseudonym) =>
        value is null || name.Length < 2 ? value : value.Replace(name, pseudonym, StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased person {PersonId} in coalition {CoalitionId}; {Roles} roles ended")]
    private static partial void LogErased(ILogger logger, Guid coalitionId, Guid personId, int roles);
}
