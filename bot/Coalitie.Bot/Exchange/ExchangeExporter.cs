using System.Globalization;
using Coalitie.Bot.Commitments;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Exchange;

/// <summary>
/// Reads one coalition from the database into the exchange model. Everything is ordered by what people see (dates,
/// names, numbers), never by id, so two exports of the same coalition, in any database, are equal. Erased people
/// (AVG) are left out: their roles and representations do not travel, and their progress reports carry no reporter.
/// </summary>
public sealed class ExchangeExporter(CoalitieDbContext db, IClock clock, IOptions<CommitmentStatusOptions> statusOptions)
{
    public async Task<ExchangeWorkbook> ExportAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var coalition = await db.Set<Coalition>().AsNoTracking().FirstAsync(c => c.Id == coalitionId, cancellationToken).ConfigureAwait(false);
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => p.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await db.Set<RoleAssignment>().AsNoTracking().Where(r => r.CoalitionId == coalitionId && r.To == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var contract = await db.Set<LocalContract>().AsNoTracking().FirstOrDefaultAsync(c => c.CoalitionId == coalitionId, cancellationToken).ConfigureAwait(false);
        var goals = await db.Set<GoalArea>().AsNoTracking().Where(a => a.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);

        var today = coalition.Today(clock.GetCurrentInstant());
        var rules = statusOptions.Value.ToRules();
        var known = people.Where(p => !p.IsErased).ToDictionary(p => p.Id);
        var partnerNames = partners.ToDictionary(p => p.Id, p => p.Name);
        var orderedPartners = partners.OrderBy(p => p.JoinedOn).ThenBy(p => ExchangeNames.Key(p.Name), StringComparer.Ordinal).ToList();
        var programmeNames = contract?.Programmes.ToDictionary(p => p.Id, p => p.Name) ?? [];
        var goalsById = goals.ToDictionary(g => g.Id);

        var workbook = new ExchangeWorkbook
        {
            Coalition = new CoalitionRow
            {
                Name = coalition.Name,
                Area = coalition.Area,
                Municipality = coalition.Municipality,
                TeamId = coalition.TeamId,
                MainChannelId = coalition.MainChannelId,
                StuurgroepChannelId = coalition.StuurgroepChannelId,
                TimeZone = coalition.TimeZoneId,
                Language = coalition.Language,
                Formality = ExchangeNames.Of(coalition.Formality),
            },
            Partners = [.. orderedPartners.Select(p => new PartnerRow
            {
                Name = p.Name,
                Domain = ExchangeNames.Of(p.Domain),
                Line = p.VoetbalLine is { } line ? ExchangeNames.Of(line) : null,
                JoinedOn = p.JoinedOn,
                LeftOn = p.LeftOn,
            })],
        };

        foreach (var person in known.Values.OrderBy(p => p.TeamsUserId, StringComparer.Ordinal))
        {
            var own = roles.Where(r => r.PersonId == person.Id)
                .OrderBy(r => r.Role).ThenBy(r => r.DomainSeat).ThenBy(r => r.PartnerId is { } id ? ExchangeNames.Key(partnerNames.GetValueOrDefault(id)) : string.Empty, StringComparer.Ordinal)
                .ToList();
            if (own.Count == 0)
            {
                workbook.People.Add(new PersonRoleRow { Name = person.DisplayName, TeamsUserId = person.TeamsUserId });
            }

            foreach (var role in own)
            {
                workbook.People.Add(new PersonRoleRow
                {
                    Name = person.DisplayName,
                    TeamsUserId = person.TeamsUserId,
                    Role = ExchangeNames.Of(role.Role),
                    Seat = role.DomainSeat is { } seat ? ExchangeNames.Of(seat) : null,
                    Chair = role.Role == CoalitionRole.StuurgroepMember ? role.IsChair : null,
                    Partner = role.PartnerId is { } partnerId ? partnerNames.GetValueOrDefault(partnerId) : null,
                });
            }
        }

        foreach (var partner in orderedPartners)
        {
            foreach (var representation in partner.Representations.Where(r => known.ContainsKey(r.PersonId)))
            {
                var person = known[representation.PersonId];
                workbook.Representatives.Add(new RepresentationRow
                {
                    Partner = partner.Name,
                    Person = person.DisplayName,
                    TeamsUserId = person.TeamsUserId,
                    From = representation.From,
                    To = representation.To,
                    MandateConfirmedOn = representation.MandateConfirmedOn,
                    MandateConfirmedBy = representation.MandateConfirmedBy is { } by && known.TryGetValue(by, out var confirmer) ? confirmer.TeamsUserId : null,
                });
            }
        }

        if (contract is not null)
        {
            workbook.Contract = Fill(new ContractRow(), contract.Fields);
            workbook.Programmes = [.. contract.Programmes.Select(p => new ProgrammeRow { Name = p.Name, Start = p.Start, End = p.End })];
            workbook.Signatories = [.. contract.Signatories
                .OrderBy(s => s.SignedOn).ThenBy(s => ExchangeNames.Key(partnerNames.GetValueOrDefault(s.PartnerId)), StringComparer.Ordinal)
                .Select(s => new SignatoryRow { Partner = partnerNames.GetValueOrDefault(s.PartnerId), Name = s.PersonName, Function = s.Function, SignedOn = s.SignedOn })];
            workbook.Versions = [.. contract.Versions.Select(v => Fill(
                new VersionRow { Number = v.Number, Date = v.Date, VersionKind = ExchangeNames.Of(v.Kind), Reason = v.Reason.Length == 0 ? null : v.Reason, Changes = ChangesText(v.Changes) },
                v.Snapshot))];
        }

        workbook.Goals = [.. new GoalAreaList(coalitionId, goals).All.Select(g => new GoalRow { Name = g.Name, Kind = ExchangeNames.Of(g.Kind), RetiredOn = g.RetiredOn })];

        foreach (var commitment in commitments.OrderBy(c => c.Number))
        {
            var goal = commitment.GoalAreaId is { } goalId ? goalsById.GetValueOrDefault(goalId) : null;
            workbook.Commitments.Add(new CommitmentRow
            {
                Number = commitment.Number,
                Partner = partnerNames.GetValueOrDefault(commitment.PartnerId),
                Title = commitment.Title,
                Description = commitment.Description,
                Goal = goal?.Name,
                GoalKind = goal is null ? null : ExchangeNames.Of(goal.Kind),
                Indicator = commitment.Indicator.Name,
                Unit = commitment.Indicator.Unit,
                Direction = ExchangeNames.Of(commitment.Indicator.Direction),
                BaselineValue = ExchangeValues.Normalize(commitment.Baseline.Value),
                BaselineDate = commitment.Baseline.Date,
                TargetValue = ExchangeValues.Normalize(commitment.Target.Value),
                TargetDate = commitment.Target.Date,
                Programme = commitment.ProgrammeId is { } programmeId ? programmeNames.GetValueOrDefault(programmeId) : null,
                Contribution = commitment.Contribution,
                Status = ExchangeNames.Of(rules.StatusOf(commitment, today)),
            });
            workbook.Milestones.AddRange(commitment.Milestones.Select(m => new MilestoneRow { Commitment = commitment.Number, Value = ExchangeValues.Normalize(m.Value), Date = m.Date }));
            foreach (var report in commitment.History)
            {
                var reporter = report.ReporterPersonId is { } reporterId ? known.GetValueOrDefault(reporterId) : null;
                workbook.Progress.Add(new ProgressRow
                {
                    Commitment = commitment.Number,
                    Value = ExchangeValues.Normalize(report.Value),
                    Date = report.Date,
                    Comment = report.Comment,
                    Reporter = reporter?.DisplayName,
                    ReporterTeamsUserId = reporter?.TeamsUserId,
                });
            }
        }

        return workbook;
    }

    /// <summary><c>coalitie-havenkwartier-2026-11-22.xlsx</c>: the area in lower case letters and digits, and the date.</summary>
    public static string FileName(string area, LocalDate date)
    {
        var slug = string.Join('-', ExchangeNames.Key(area).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)])).Where(w => w.Length > 0));
        return string.Create(CultureInfo.InvariantCulture, $"coalitie-{(slug.Length == 0 ? "export" : slug)}-{date:yyyy-MM-dd}.xlsx");
    }

    private static T Fill<T>(T row, ContractFields fields)
        where T : ContractRow
    {
        row.Title = fields.Title;
        row.Area = fields.Area;
        row.Kind = ExchangeNames.Of(fields.Kind);
        row.SignedOn = fields.SignedOn;
        row.HorizonStart = fields.Horizon.Start;
        row.HorizonEnd = fields.Horizon.End;
        row.ReviewCycleYears = fields.ReviewCycle.Years;
        row.Principles = fields.Principles;
        row.DocumentUrl = fields.DocumentUrl?.AbsoluteUri;
        return row;
    }

    /// <summary><c>titel: A → B; horizon: … → …</c>, in the canonical values the contract records.</summary>
    private static string? ChangesText(IReadOnlyList<FieldChange> changes) => changes.Count == 0
        ? null
        : string.Join("; ", changes.Select(c => c.OldValue is null
            ? $"{FieldName(c.Field)}: {c.NewValue ?? "—"}"
            : $"{FieldName(c.Field)}: {c.OldValue} → {c.NewValue ?? "—"}"));

    private static string FieldName(ContractField field) => field switch
    {
        ContractField.Title => "titel",
        ContractField.Area => "gebied",
        ContractField.Kind => "vorm",
        ContractField.SignedOn => "ondertekend op",
        ContractField.Horizon => "horizon",
        ContractField.ReviewCycle => "evaluatie elke (jaar)",
        ContractField.Principles => "uitgangspunten",
        ContractField.DocumentUrl => "document",
        _ => field.ToString(),
    };
}
