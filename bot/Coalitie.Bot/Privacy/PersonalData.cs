using System.Text.Json;
using System.Text.Json.Serialization;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Privacy;

/// <summary>
/// Gathers everything stored about one Teams user, across coalitions (the right of access, AVG art. 15): people
/// records, roles, representations, progress reports they made, audit entries they caused, their conversation
/// references and preferences. Matched by Teams user id or Entra object id.
/// </summary>
public sealed class PersonalDataExport(CoalitieDbContext db, IClock clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<(byte[] Json, int Items)> BuildAsync(ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var teamsId = user.Id ?? string.Empty;
        var aad = user.AadObjectId;
        var people = await db.Set<Person>().AsNoTracking()
            .Where(p => p.TeamsUserId == teamsId || (aad != null && p.AadObjectId == aad))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var personIds = people.Select(p => p.Id).ToList();
        var coalitionIds = people.Select(p => p.CoalitionId).Distinct().ToList();
        var coalitions = await db.Set<Coalition>().AsNoTracking().Where(c => coalitionIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken).ConfigureAwait(false);

        var roles = await db.Set<RoleAssignment>().AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => coalitionIds.Contains(p.CoalitionId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var representations = partners
            .SelectMany(p => p.Representations.Where(r => personIds.Contains(r.PersonId)).Select(r => new
            {
                partner = p.Name,
                from = Date(r.From),
                to = r.To is { } to ? Date(to) : null,
                mandateConfirmedOn = r.MandateConfirmedOn is { } m ? Date(m) : null,
            }))
            .ToList();

        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => coalitionIds.Contains(c.CoalitionId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reports = commitments
            .SelectMany(c => c.Reports.Where(r => r.ReporterPersonId is { } rp && personIds.Contains(rp)).Select(r => new
            {
                commitment = c.Code,
                value = r.Value,
                date = Date(r.Date),
                comment = r.Comment,
                reportedAt = InstantPattern.ExtendedIso.Format(r.ReportedAt),
            }))
            .ToList();

        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.ActorPersonId != null && personIds.Contains(a.ActorPersonId.Value))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var references = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserId == teamsId || (aad != null && r.UserAadObjectId == aad))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var keys = new[] { UserKey("aad:", aad), UserKey("id:", teamsId) }.OfType<string>().ToList();
        var preferences = await db.UserPreferences.AsNoTracking().Where(p => keys.Contains(p.UserKey))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var document = new
        {
            exportedAt = InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()),
            about = new { teamsUserId = teamsId, entraObjectId = aad, name = user.Name },
            people = people.Select(p => new
            {
                coalition = coalitions.GetValueOrDefault(p.CoalitionId),
                displayName = p.DisplayName,
                email = p.Email,
                teamsUserId = p.TeamsUserId,
                entraObjectId = p.AadObjectId,
                erasedAt = p.ErasedAt is { } e ? InstantPattern.ExtendedIso.Format(e) : null,
            }),
            roles = roles.Select(r => new
            {
                coalition = coalitions.GetValueOrDefault(r.CoalitionId),
                role = r.Role,
                domainSeat = r.DomainSeat,
                chair = r.IsChair,
                partner = r.PartnerId is { } pid ? partners.FirstOrDefault(p => p.Id == pid)?.Name : null,
                from = InstantPattern.ExtendedIso.Format(r.From),
                to = r.To is { } to ? InstantPattern.ExtendedIso.Format(to) : null,
            }),
            representations,
            progressReports = reports,
            changesMade = audit.Select(a => new
            {
                at = InstantPattern.ExtendedIso.Format(a.At),
                coalition = coalitions.GetValueOrDefault(a.CoalitionId),
                entity = a.EntityType,
                entityId = a.EntityId,
                action = a.Action,
                field = a.Field,
                oldValue = a.OldValue,
                newValue = a.NewValue,
            }),
            conversations = references.Select(r => new
            {
                kind = r.Kind,
                conversationId = r.ConversationId,
                userName = r.UserName,
                since = InstantPattern.ExtendedIso.Format(r.CreatedAt),
            }),
            preferences = preferences.Select(p => new { language = p.Language }),
        };

        var items = people.Count + roles.Count + representations.Count + reports.Count + audit.Count + references.Count + preferences.Count;
        return (JsonSerializer.SerializeToUtf8Bytes(document, Json), items);
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string? UserKey(string prefix, string? id) => string.IsNullOrWhiteSpace(id) ? null : prefix + id;
}
