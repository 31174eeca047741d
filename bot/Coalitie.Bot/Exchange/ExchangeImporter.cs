using System.Globalization;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commitments;
using Coalitie.Bot.Contracts;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using Coalitie.Domain.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Exchange;

/// <summary>
/// Creates or updates a coalition from an exchange file. Every row goes through the domain's own factories and
/// transitions on tracked entities (nothing is set around them); the rows are matched to what exists (coalition by
/// team id, else name; partners by name; people by Teams user id; commitments by number; progress by commitment, date
/// and value), so importing the same file twice changes nothing the second time. Only when no row is rejected are the
/// changes and their audit entries (actor "import") saved, in one transaction; otherwise nothing is written.
/// </summary>
public sealed partial class ExchangeImporter(
    CoalitieDbContext db, AuditLog audit, IClock clock, IOptions<ContractOptions> contractOptions, ILogger<ExchangeImporter> logger)
{
    public const string Actor = "import";
    public const string PersonEntity = "Person";
    public const string GoalAreaEntity = "GoalArea";

    private CoalitieDbContext Database => db;

    private AuditLog AuditLog => audit;

    private IClock Clock => clock;

    private ContractRules ContractRules => contractOptions.Value.ToRules();

    public async Task<ImportReport> ImportAsync(ExchangeRead read, string? teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.FileError is not null || read.Workbook is null)
        {
            return ImportReport.Unreadable(read.FileError ?? "het bestand kan niet gelezen worden.");
        }

        var run = new Run(this, read.Workbook, string.IsNullOrWhiteSpace(teamId) ? null : teamId.Trim());
        foreach (var problem in read.Problems)
        {
            // A row with a cell that could not be read is rejected as a whole; it is still checked, so other problems show too.
            var row = problem.Row is null ? null : ExchangeSheets.All.First(s => s.Name == problem.Sheet).Rows(read.Workbook).FirstOrDefault(r => r.Row == problem.Row);
            if (row is null)
            {
                run.Report.Reject(problem);
            }
            else
            {
                run.Report.Reject(problem.Sheet, row, problem.Reason);
            }
        }

        await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        var report = run.Report;
        if (!report.Succeeded)
        {
            db.ChangeTracker.Clear();
            LogRejected(logger, report.Rejections.Count);
            return report;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            report.Fail("de database weigerde de wijzigingen (is er tegelijk iets anders veranderd?). Er is niets vastgelegd; probeer het opnieuw.");
            return report;
        }

        report.Written = true;
        LogImported(logger, run.CoalitionId, report.Changes);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import into coalition {CoalitionId} stored {Changes} changed rows")]
    private static partial void LogImported(ILogger logger, Guid coalitionId, int changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import rejected ({Count} rejections); nothing written")]
    private static partial void LogRejected(ILogger logger, int count);

    /// <summary>One import: the file, the state found and built so far, and the report.</summary>
    private sealed class Run(ExchangeImporter owner, ExchangeWorkbook file, string? teamId)
    {
        private readonly Dictionary<string, Partner> _partners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExchangeRow> _rejectedPartners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, GoalAreaKind), GoalArea> _goals = [];
        private readonly Dictionary<string, ImplementationProgramme> _programmes = new(StringComparer.Ordinal);
        private readonly Dictionary<int, Commitment> _commitments = [];
        private readonly Dictionary<int, ExchangeRow> _rejectedCommitments = [];
        private readonly List<RoleAssignment> _currentRoles = [];
        private Coalition _coalition = null!;
        private LocalDate _today;
        private Instant _now;
        private int _sequence;

        private CoalitieDbContext Db => owner.Database;

        public ImportReport Report { get; } = new();

        public Guid CoalitionId => _coalition?.Id ?? Guid.Empty;

        private ContractRules Rules { get; } = owner.ContractRules;

        public async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            _now = owner.Clock.GetCurrentInstant();
            if (file.Coalition is not { } row || !await CoalitionAsync(row, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            _today = _coalition.Today(_now);
            await LoadAsync(cancellationToken).ConfigureAwait(false);
            Goals();
            Partners();
            People();
            Representatives();
            Leaves();
            Roles();
            await ContractAsync(cancellationToken).ConfigureAwait(false);
            Commitments();
            Progress();
        }

        // Coalition

        private async Task<bool> CoalitionAsync(CoalitionRow row, CancellationToken cancellationToken)
        {
            const string sheet = ExchangeSheets.Coalition;
            Report.CoalitionName = row.Name;
            var team = teamId ?? Clean(row.TeamId);
            Coalition? existing = null;
            if (team is not null)
            {
                existing = await Db.Set<Coalition>().FirstOrDefaultAsync(c => c.TeamId == team, cancellationToken).ConfigureAwait(false);
            }

            if (existing is null && Clean(row.Name) is { } name)
            {
                var key = ExchangeNames.Key(name);
                var all = await Db.Set<Coalition>().ToListAsync(cancellationToken).ConfigureAwait(false);
                existing = all.FirstOrDefault(c => ExchangeNames.Key(c.Name) == key);
                if (existing is not null && team is not null && existing.TeamId != team)
                {
                    Report.Reject(sheet, row, $"er is al een coalitie ‘{existing.Name}’, maar in een ander team ({existing.TeamId}). Gebruik dat team (--team {existing.TeamId}) of een andere naam.");
                    return false;
                }
            }

            CoalitionFormality formality = CoalitionFormality.Voluntary;
            if (Clean(row.Formality) is { } formalityText && !ExchangeNames.TryFormality(formalityText, out formality))
            {
                Report.Reject(sheet, row, $"‘{formalityText}’ bij ‘Deelname’ ken ik niet; kies uit {ExchangeNames.Choices<CoalitionFormality>()}.");
                return false;
            }

            var timeZone = Clean(row.TimeZone) ?? Coalition.DefaultTimeZoneId;
            var language = Clean(row.Language) ?? Coalition.DefaultLanguage;
            try
            {
                if (existing is null)
                {
                    if (team is null)
                    {
                        Report.Reject(sheet, row, "de Team-id ontbreekt: vul die in of geef --team TEAM_ID mee.");
                        return false;
                    }

                    // The file's channels belong to its own team; imported into another team, the general channel (its id is the team id) is used.
                    var sameTeam = Clean(row.TeamId) is null || Clean(row.TeamId) == team;
                    var main = (sameTeam ? Clean(row.MainChannelId) : null) ?? team;
                    var stuurgroep = sameTeam ? Clean(row.StuurgroepChannelId) : null;
                    _coalition = Coalition.Create(Guid.NewGuid(), row.Name ?? string.Empty, row.Area ?? string.Empty, row.Municipality ?? string.Empty,
                        team, main, stuurgroep, _now, timeZone, language, formality);
                    Db.Set<Coalition>().Add(_coalition);
                    Audit(CoalitionService.CoalitionEntity, _coalition.Id, "created", null, null, _coalition.Name);
                    Report.Mark(sheet, row, RowOutcome.Created);
                    return true;
                }

                _coalition = existing;
                var before = Describe(existing);
                existing.ChangeSettings(row.Name ?? string.Empty, row.Area ?? string.Empty, row.Municipality ?? string.Empty, timeZone, language, formality);
                if ((teamId is null || existing.TeamId == Clean(row.TeamId)) && Clean(row.StuurgroepChannelId) is { } channel && channel != existing.StuurgroepChannelId)
                {
                    existing.ChangeStuurgroepChannel(channel);
                }

                var after = Describe(existing);
                if (before == after)
                {
                    Report.Mark(sheet, row, RowOutcome.Unchanged);
                }
                else
                {
                    Audit(CoalitionService.CoalitionEntity, existing.Id, "updated", "settings", before, after);
                    Report.Mark(sheet, row, RowOutcome.Updated);
                }

                return true;
            }
            catch (DomainException problem)
            {
                Report.Reject(sheet, row, Explain(problem));
                return false;
            }
        }

        private static string Describe(Coalition c) =>
            $"{c.Name}; {c.Area}; {c.Municipality}; {c.TimeZoneId}; {c.Language}; {c.Formality}; {c.StuurgroepChannelId}";

        private async Task LoadAsync(CancellationToken cancellationToken)
        {
            var id = _coalition.Id;
            foreach (var partner in await Db.Set<Partner>().Where(p => p.CoalitionId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                _partners.TryAdd(ExchangeNames.Key(partner.Name), partner);
            }

            foreach (var person in await Db.Set<Person>().Where(p => p.CoalitionId == id && p.ErasedAt == null).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                _people.TryAdd(person.TeamsUserId, person);
            }

            _currentRoles.AddRange(await Db.Set<RoleAssignment>().Where(r => r.CoalitionId == id && r.To == null).ToListAsync(cancellationToken).ConfigureAwait(false));
            foreach (var area in await Db.Set<GoalArea>().Where(a => a.CoalitionId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                _goals.TryAdd((ExchangeNames.Key(area.Name), area.Kind), area);
            }

            foreach (var commitment in await Db.Set<Commitment>().Where(c => c.CoalitionId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                _commitments[commitment.Number] = commitment;
            }
        }

        // Goal areas

        private void Goals()
        {
            const string sheet = ExchangeSheets.Goals;
            var list = new GoalAreaList(_coalition.Id, _goals.Values);
            var seen = new Dictionary<(string, GoalAreaKind), ExchangeRow>();
            foreach (var row in file.Goals)
            {
                if (Clean(row.Name) is not { } name)
                {
                    Report.Reject(sheet, row, "de naam ontbreekt.");
                    continue;
                }

                if (!ExchangeNames.TryGoalKind(row.Kind, out var kind))
                {
                    Report.Reject(sheet, row, $"‘{row.Kind}’ bij ‘Soort’ ken ik niet; kies uit {ExchangeNames.Choices<GoalAreaKind>()}.");
                    continue;
                }

                var key = (ExchangeNames.Key(name), kind);
                if (seen.TryGetValue(key, out var first))
                {
                    Report.Reject(sheet, row, $"‘{name}’ ({ExchangeNames.Of(kind)}) staat al op rij {first.Row}.");
                    continue;
                }

                seen[key] = row;
                try
                {
                    if (_goals.TryGetValue(key, out var area))
                    {
                        if (row.RetiredOn is { } retired && !area.IsRetired)
                        {
                            list.Retire(area.Id, retired);
                            Audit(GoalAreaEntity, area.Id, "retired", "retiredOn", null, Iso(retired));
                            Report.Mark(sheet, row, RowOutcome.Updated);
                        }
                        else if (row.RetiredOn != area.RetiredOn)
                        {
                            Report.Reject(sheet, row, area.RetiredOn is { } on
                                ? $"‘{area.Name}’ is vervallen op {Show(on)}; dat verandert een import niet."
                                : $"‘{area.Name}’ is niet vervallen.");
                        }
                        else
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                        }

                        continue;
                    }

                    var added = list.Add(Guid.NewGuid(), name, kind);
                    Db.Set<GoalArea>().Add(added);
                    if (row.RetiredOn is { } retiredOn)
                    {
                        list.Retire(added.Id, retiredOn);
                    }

                    _goals[key] = added;
                    Audit(GoalAreaEntity, added.Id, "created", null, null, $"{added.Name} ({added.Kind})");
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }
        }

        // Partners

        private void Partners()
        {
            const string sheet = ExchangeSheets.Partners;
            var seen = new Dictionary<string, ExchangeRow>(StringComparer.Ordinal);
            foreach (var row in file.Partners)
            {
                if (Clean(row.Name) is not { } name)
                {
                    Report.Reject(sheet, row, "de naam ontbreekt.");
                    continue;
                }

                var key = ExchangeNames.Key(name);
                if (seen.TryGetValue(key, out var first))
                {
                    Report.Reject(sheet, row, $"‘{name}’ staat al op rij {first.Row}.");
                    continue;
                }

                seen[key] = row;
                if (!Parse(sheet, row, row.Domain, "Domein", ExchangeNames.TryDomain, out PartnerDomain domain, required: true) ||
                    !Parse(sheet, row, row.Line, "Voetballijn", ExchangeNames.TryLine, out VoetbalLine line, required: false))
                {
                    _rejectedPartners[key] = row;
                    continue;
                }

                VoetbalLine? voetbal = Clean(row.Line) is null ? null : line;
                if (row.JoinedOn is not { } joined)
                {
                    Report.Reject(sheet, row, "‘Lid sinds’ ontbreekt.");
                    _rejectedPartners[key] = row;
                    continue;
                }

                try
                {
                    if (_partners.TryGetValue(key, out var partner))
                    {
                        if (partner.JoinedOn != joined)
                        {
                            Report.Reject(sheet, row, $"‘{partner.Name}’ is lid sinds {Show(partner.JoinedOn)}; die datum verandert een import niet.");
                            _rejectedPartners[key] = row;
                            continue;
                        }

                        var same = partner.Name == name && partner.Domain == domain && partner.VoetbalLine == voetbal;
                        if (same)
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                            continue;
                        }

                        var before = $"{partner.Name} ({partner.Domain}, {partner.VoetbalLine})";
                        partner.ChangeDetails(name, domain, voetbal);
                        Audit(CoalitionService.PartnerEntity, partner.Id, "updated", "details", before, $"{partner.Name} ({partner.Domain}, {partner.VoetbalLine})");
                        Report.Mark(sheet, row, RowOutcome.Updated);
                        continue;
                    }

                    var joinedPartner = Partner.Join(Guid.NewGuid(), _coalition.Id, name, domain, voetbal, joined);
                    Db.Set<Partner>().Add(joinedPartner);
                    _partners[key] = joinedPartner;
                    Audit(CoalitionService.PartnerEntity, joinedPartner.Id, "joined", null, null, $"{joinedPartner.Name} ({joinedPartner.Domain}, {Iso(joined)})");
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                    _rejectedPartners[key] = row;
                }
            }
        }

        private void Leaves()
        {
            const string sheet = ExchangeSheets.Partners;
            foreach (var row in file.Partners.Where(r => !Report.IsRejected(r) && r.LeftOn is not null))
            {
                var partner = _partners[ExchangeNames.Key(row.Name)];
                var leftOn = row.LeftOn!.Value;
                if (partner.LeftOn == leftOn)
                {
                    continue;
                }

                if (partner.LeftOn is { } earlier)
                {
                    Report.Reject(sheet, row, $"‘{partner.Name}’ is vertrokken op {Show(earlier)}; dat verandert een import niet.");
                    continue;
                }

                try
                {
                    partner.Leave(leftOn);
                    foreach (var role in _currentRoles.Where(r => r.PartnerId == partner.Id && r.To == null && r.Role == CoalitionRole.PartnerRepresentative))
                    {
                        role.End(_now < role.From ? role.From : _now);
                    }

                    Audit(CoalitionService.PartnerEntity, partner.Id, "left", "leftOn", null, Iso(leftOn));
                    Report.Mark(sheet, row, RowOutcome.Updated);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }
        }

        // People and roles

        private void People()
        {
            const string sheet = ExchangeSheets.People;
            var named = new Dictionary<string, ExchangeRow>(StringComparer.Ordinal);
            foreach (var row in file.People)
            {
                if (Clean(row.TeamsUserId) is not { } userId)
                {
                    Report.Reject(sheet, row, "de Teams-gebruikers-id ontbreekt.");
                    continue;
                }

                if (named.ContainsKey(userId))
                {
                    continue;
                }

                named[userId] = row;
                try
                {
                    if (_people.TryGetValue(userId, out var person))
                    {
                        if (Clean(row.Name) is { } name && person.UpdateProfile(name, null, null))
                        {
                            Audit(PersonEntity, person.Id, "updated", "name");
                            Report.Mark(sheet, row, RowOutcome.Updated);
                        }
                        else
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                        }

                        continue;
                    }

                    var created = Person.Create(Guid.NewGuid(), _coalition.Id, userId, null, Clean(row.Name) ?? userId);
                    Db.Set<Person>().Add(created);
                    _people[userId] = created;
                    Audit(PersonEntity, created.Id, "created");
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }
        }

        private void Roles()
        {
            const string sheet = ExchangeSheets.People;
            foreach (var row in file.People.Where(r => !Report.IsRejected(r)))
            {
                if (Clean(row.Role) is not { } roleText || ExchangeNames.Key(roleText) is "kijker" or "observer")
                {
                    Report.Mark(sheet, row, RowOutcome.Unchanged);
                    continue;
                }

                if (!_people.TryGetValue(Clean(row.TeamsUserId)!, out var person))
                {
                    Report.Reject(sheet, row, "deze persoon is afgewezen (zie hierboven).");
                    continue;
                }

                if (!ExchangeNames.TryRole(roleText, out var role))
                {
                    Report.Reject(sheet, row, $"de rol ‘{roleText}’ ken ik niet; kies uit {ExchangeNames.Choices<CoalitionRole>()} (of laat leeg).");
                    continue;
                }

                PartnerDomain? seat = null;
                if (Clean(row.Seat) is { } seatText)
                {
                    if (!ExchangeNames.TryDomain(seatText, out var parsedSeat))
                    {
                        Report.Reject(sheet, row, $"de zetel ‘{seatText}’ ken ik niet; kies uit {ExchangeNames.Choices<PartnerDomain>()}.");
                        continue;
                    }

                    seat = parsedSeat;
                }

                Guid? partnerId = null;
                if (Clean(row.Partner) is { } partnerName)
                {
                    if (PartnerOf(sheet, row, partnerName) is not { } partner)
                    {
                        continue;
                    }

                    partnerId = partner.Id;
                }

                var chair = row.Chair ?? false;
                if (_currentRoles.Any(r => r.To == null && r.PersonId == person.Id && r.Matches(role, seat, partnerId) && r.IsChair == chair))
                {
                    continue;
                }

                if (role == CoalitionRole.StuurgroepMember)
                {
                    if (_currentRoles.FirstOrDefault(r => r.To == null && r.Role == CoalitionRole.StuurgroepMember && r.DomainSeat == seat) is { } taken)
                    {
                        Report.Reject(sheet, row, $"de zetel {ExchangeNames.Of(seat ?? PartnerDomain.Overig)} in de stuurgroep is al bezet{HolderOf(taken)}. Eén persoon per domein.");
                        continue;
                    }

                    if (chair && _currentRoles.FirstOrDefault(r => r.To == null && r.Role == CoalitionRole.StuurgroepMember && r.IsChair) is { } chairHolder)
                    {
                        Report.Reject(sheet, row, $"de stuurgroep heeft al een voorzitter{HolderOf(chairHolder)}.");
                        continue;
                    }
                }

                try
                {
                    var assignment = RoleAssignment.Create(Guid.NewGuid(), _coalition.Id, person.Id, role, seat, chair, partnerId, _now);
                    Db.Set<RoleAssignment>().Add(assignment);
                    _currentRoles.Add(assignment);
                    Audit(CoalitionService.RoleEntity, assignment.Id, "assigned", "role", null, $"{Id(person.Id)}: {assignment.Role} {assignment.DomainSeat} {assignment.PartnerId}".TrimEnd());
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }
        }

        private string HolderOf(RoleAssignment role) =>
            _people.Values.FirstOrDefault(p => p.Id == role.PersonId) is { } holder ? $" ({holder.DisplayName})" : string.Empty;

        // Representatives

        private void Representatives()
        {
            const string sheet = ExchangeSheets.Representatives;
            var valid = new List<(RepresentationRow Row, Partner Partner, Person Person, LocalDate From)>();
            foreach (var row in file.Representatives)
            {
                if (PartnerOf(sheet, row, row.Partner) is not { } partner)
                {
                    continue;
                }

                if (PersonOf(sheet, row, row.TeamsUserId, "Teams-gebruikers-id") is not { } person)
                {
                    continue;
                }

                if (row.From is not { } from)
                {
                    Report.Reject(sheet, row, "‘Van’ ontbreekt.");
                    continue;
                }

                valid.Add((row, partner, person, from));
            }

            foreach (var group in valid.GroupBy(v => v.Partner))
            {
                var partner = group.Key;
                var rows = group.OrderBy(v => v.From).ToList();
                var leaving = file.Partners.FirstOrDefault(p => ExchangeNames.Key(p.Name) == ExchangeNames.Key(partner.Name))?.LeftOn;
                for (var i = 0; i < rows.Count; i++)
                {
                    var (row, _, person, from) = rows[i];
                    var next = i + 1 < rows.Count ? rows[i + 1].From : (LocalDate?)null;
                    try
                    {
                        var representation = partner.Representations.FirstOrDefault(r => r.PersonId == person.Id && r.From == from);
                        var outcome = RowOutcome.Unchanged;
                        if (representation is null)
                        {
                            representation = partner.ChangeRepresentative(Guid.NewGuid(), person.Id, from);
                            Db.Set<Representation>().Add(representation);
                            Audit(CoalitionService.PartnerEntity, partner.Id, "representative-changed", "representative", null, $"{Id(person.Id)} ({Iso(from)})");
                            outcome = RowOutcome.Created;
                        }

                        if (row.MandateConfirmedOn is { } confirmedOn && representation.MandateConfirmedOn != confirmedOn)
                        {
                            if (representation.MandateConfirmedOn is { } earlier)
                            {
                                Report.Reject(sheet, row, $"het mandaat is al bevestigd op {Show(earlier)}.");
                                continue;
                            }

                            if (representation.To is not null)
                            {
                                Report.Reject(sheet, row, "het mandaat van een eerdere vertegenwoordiger kan niet meer bevestigd worden.");
                                continue;
                            }

                            if (ConfirmerOf(sheet, row) is not { } confirmer)
                            {
                                continue;
                            }

                            partner.ConfirmMandate(confirmedOn, confirmer.Id);
                            Audit(CoalitionService.PartnerEntity, partner.Id, "mandate-confirmed", "representative", null, Id(person.Id));
                            outcome = outcome == RowOutcome.Created ? outcome : RowOutcome.Updated;
                        }

                        if (row.To != representation.To)
                        {
                            if (row.To is not { } to || representation.To is not null)
                            {
                                Report.Reject(sheet, row, representation.To is { } ended
                                    ? $"deze vertegenwoordiging eindigde op {Show(ended)}; dat verandert een import niet."
                                    : "deze vertegenwoordiging loopt nog; laat ‘Tot’ leeg of vul de einddatum in.");
                                continue;
                            }

                            // The next representative or the partner's leaving ends it on that day; otherwise it ends here.
                            if (next != to && leaving != to)
                            {
                                partner.EndRepresentation(to);
                                Audit(CoalitionService.PartnerEntity, partner.Id, "representative-ended", "representative", Id(person.Id), null);
                                outcome = outcome == RowOutcome.Created ? outcome : RowOutcome.Updated;
                            }
                        }

                        Report.Mark(sheet, row, outcome);
                    }
                    catch (DomainException problem)
                    {
                        Report.Reject(sheet, row, Explain(problem));
                    }
                }
            }
        }

        private Person? ConfirmerOf(string sheet, RepresentationRow row)
        {
            if (Clean(row.MandateConfirmedBy) is { } userId)
            {
                return PersonOf(sheet, row, userId, "Mandaat bevestigd door");
            }

            var procesregisseur = _currentRoles.FirstOrDefault(r => r.To == null && r.Role == CoalitionRole.Procesregisseur);
            var person = procesregisseur is null ? null : _people.Values.FirstOrDefault(p => p.Id == procesregisseur.PersonId);
            if (person is null)
            {
                Report.Reject(sheet, row, "‘Mandaat bevestigd door’ ontbreekt (en er is geen procesregisseur om het aan toe te schrijven).");
            }

            return person;
        }

        // Contract

        private async Task ContractAsync(CancellationToken cancellationToken)
        {
            var contract = await Db.Set<LocalContract>().FirstOrDefaultAsync(c => c.CoalitionId == _coalition.Id, cancellationToken).ConfigureAwait(false);
            var createdNow = false;
            var versions = file.Versions.OrderBy(v => v.Number ?? int.MaxValue).ToList();
            foreach (var row in versions)
            {
                const string sheet = ExchangeSheets.Versions;
                if (row.Number is not { } number || number < 1)
                {
                    Report.Reject(sheet, row, "het versienummer ontbreekt.");
                    continue;
                }

                if (row.Date is not { } date)
                {
                    Report.Reject(sheet, row, "de datum ontbreekt.");
                    continue;
                }

                if (!Parse(sheet, row, row.VersionKind, "Soort", ExchangeNames.TryVersionKind, out ContractVersionKind kind, required: true) ||
                    FieldsOf(sheet, row) is not { } fields)
                {
                    continue;
                }

                try
                {
                    if (contract is null)
                    {
                        if (number != 1)
                        {
                            Report.Reject(sheet, row, "er is nog geen contract: de eerste versie heeft nummer 1.");
                            continue;
                        }

                        contract = LocalContract.Create(Guid.NewGuid(), _coalition.Id, fields, date, row.Reason, Rules);
                        Db.Set<LocalContract>().Add(contract);
                        createdNow = true;
                        AuditVersion(contract, contract.CurrentVersion, "created");
                        Report.Mark(sheet, row, RowOutcome.Created);
                        continue;
                    }

                    var latest = contract.CurrentVersion.Number;
                    if (number <= latest)
                    {
                        var existing = contract.VersionAt(number);
                        if (existing.Date == date && existing.Kind == kind && ContractFields.Diff(existing.Snapshot, fields.Normalized()).Count == 0)
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                        }
                        else
                        {
                            Report.Reject(sheet, row, $"versie {number} bestaat al en is anders; een import herschrijft geen eerdere versies.");
                        }

                        continue;
                    }

                    if (number != latest + 1)
                    {
                        Report.Reject(sheet, row, $"versie {number} volgt niet op versie {latest}.");
                        continue;
                    }

                    var version = contract.Edit(fields, kind, row.Reason ?? string.Empty, date, Rules);
                    AuditVersion(contract, version, "updated");
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }

            if (file.Contract is { } contractRow)
            {
                const string sheet = ExchangeSheets.Contract;
                if (FieldsOf(sheet, contractRow) is { } fields)
                {
                    try
                    {
                        if (contract is null)
                        {
                            if (versions.Count > 0)
                            {
                                Report.Reject(sheet, contractRow, "de versies zijn afgewezen, dus het contract ook.");
                            }
                            else
                            {
                                contract = LocalContract.Create(Guid.NewGuid(), _coalition.Id, fields, fields.SignedOn ?? fields.Horizon.Start, null, Rules);
                                Db.Set<LocalContract>().Add(contract);
                                createdNow = true;
                                AuditVersion(contract, contract.CurrentVersion, "created");
                                Report.Mark(sheet, contractRow, RowOutcome.Created);
                            }
                        }
                        else if (ContractFields.Diff(contract.Fields, fields.Normalized()).Count > 0)
                        {
                            Report.Reject(sheet, contractRow, "dit wijkt af van de laatste versie. Leg een wijziging vast als nieuwe versie op ‘Versies’ (met soort en reden).");
                        }
                        else
                        {
                            Report.Mark(sheet, contractRow, createdNow ? RowOutcome.Created : RowOutcome.Unchanged);
                        }
                    }
                    catch (DomainException problem)
                    {
                        Report.Reject(sheet, contractRow, Explain(problem));
                    }
                }
            }

            if (contract is not null)
            {
                foreach (var programme in contract.Programmes)
                {
                    _programmes[ExchangeNames.Key(programme.Name)] = programme;
                }
            }

            Programmes(contract);
            Signatories(contract);
        }

        private void AuditVersion(LocalContract contract, ContractVersion version, string action)
        {
            foreach (var change in version.Changes)
            {
                Audit(ContractService.EntityType, contract.Id, action, change.Field.ToString(), change.OldValue, change.NewValue);
            }

            Audit(ContractService.EntityType, contract.Id, "version-added", "version", null, $"{version.Number} {version.Kind} {Iso(version.Date)}");
        }

        private ContractFields? FieldsOf(string sheet, ContractRow row)
        {
            if (!Parse(sheet, row, row.Kind, "Vorm", ExchangeNames.TryContractKind, out ContractKind kind, required: false))
            {
                return null;
            }

            if (row.HorizonStart is not { } start || row.HorizonEnd is not { } end)
            {
                Report.Reject(sheet, row, "de horizon (van en tot en met) ontbreekt.");
                return null;
            }

            if (row.ReviewCycleYears is not { } years)
            {
                Report.Reject(sheet, row, "‘Evaluatie elke (jaar)’ ontbreekt.");
                return null;
            }

            Uri? url = null;
            if (Clean(row.DocumentUrl) is { } link && !Uri.TryCreate(link, UriKind.Absolute, out url))
            {
                Report.Reject(sheet, row, $"‘{link}’ is geen geldige link (begin met https://).");
                return null;
            }

            try
            {
                return new ContractFields(row.Title ?? string.Empty, row.Area ?? string.Empty, Clean(row.Kind) is null ? ContractKind.Contract : kind,
                    row.SignedOn, ContractHorizon.From(start, end), ReviewCycle.FromYears(years), row.Principles, url);
            }
            catch (DomainException problem)
            {
                Report.Reject(sheet, row, Explain(problem));
                return null;
            }
        }

        private void Programmes(LocalContract? contract)
        {
            const string sheet = ExchangeSheets.Programmes;
            foreach (var row in file.Programmes)
            {
                if (contract is null)
                {
                    Report.Reject(sheet, row, "er is geen contract om dit programma aan toe te voegen.");
                    continue;
                }

                if (row.Start is not { } start || row.End is not { } end)
                {
                    Report.Reject(sheet, row, "‘Van’ of ‘Tot en met’ ontbreekt.");
                    continue;
                }

                try
                {
                    var key = ExchangeNames.Key(row.Name);
                    if (_programmes.TryGetValue(key, out var existing))
                    {
                        if (existing.Start == start && existing.End == end && existing.Name == Clean(row.Name))
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                            continue;
                        }

                        var before = $"{existing.Name}; {Iso(existing.Start)}/{Iso(existing.End)}";
                        contract.ChangeProgramme(existing.Id, row.Name ?? string.Empty, start, end, Rules);
                        Audit(ContractService.EntityType, contract.Id, "programme-changed", "programme:" + existing.Id, before, $"{existing.Name}; {Iso(start)}/{Iso(end)}");
                        Report.Mark(sheet, row, RowOutcome.Updated);
                        continue;
                    }

                    var programme = contract.AddProgramme(Guid.NewGuid(), row.Name ?? string.Empty, start, end, Rules).Programme;
                    _programmes[ExchangeNames.Key(programme.Name)] = programme;
                    Audit(ContractService.EntityType, contract.Id, "programme-added", "programme:" + programme.Id, null, $"{programme.Name}; {Iso(start)}/{Iso(end)}");
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }
        }

        private void Signatories(LocalContract? contract)
        {
            const string sheet = ExchangeSheets.Signatories;
            foreach (var row in file.Signatories)
            {
                if (contract is null)
                {
                    Report.Reject(sheet, row, "er is geen contract om deze ondertekening bij vast te leggen.");
                    continue;
                }

                if (PartnerOf(sheet, row, row.Partner) is not { } partner)
                {
                    continue;
                }

                if (row.SignedOn is not { } signedOn)
                {
                    Report.Reject(sheet, row, "‘Getekend op’ ontbreekt.");
                    continue;
                }

                var existing = contract.Signatories.FirstOrDefault(s => s.PartnerId == partner.Id);
                if (existing is not null)
                {
                    if (existing.SignedOn == signedOn && existing.PersonName == Clean(row.Name) && existing.Function == Clean(row.Function))
                    {
                        Report.Mark(sheet, row, RowOutcome.Unchanged);
                    }
                    else
                    {
                        Report.Reject(sheet, row, $"{partner.Name} heeft al getekend op {Show(existing.SignedOn)}; een ondertekening verandert een import niet.");
                    }

                    continue;
                }

                try
                {
                    var signatory = contract.Sign(partner.Id, row.Name ?? string.Empty, row.Function ?? string.Empty, signedOn, _today);
                    Audit(ContractService.EntityType, contract.Id, "signed", "signatory:" + signatory.PartnerId, null, $"{signatory.Function}; {Iso(signatory.SignedOn)}");
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem));
                }
            }
        }

        // Commitments

        private void Commitments()
        {
            const string sheet = ExchangeSheets.Commitments;
            var milestones = new Dictionary<int, List<MilestoneRow>>();
            foreach (var row in file.Milestones)
            {
                if (row.Commitment is not { } number || row.Value is null || row.Date is null)
                {
                    Report.Reject(ExchangeSheets.Milestones, row, "toezegging, waarde en datum zijn alle drie nodig.");
                    continue;
                }

                if (!file.Commitments.Any(c => c.Number == number))
                {
                    Report.Reject(ExchangeSheets.Milestones, row, $"er is geen toezegging {CommitmentNumber.Format(number)} op ‘Toezeggingen’.");
                    continue;
                }

                (milestones.TryGetValue(number, out var list) ? list : milestones[number] = []).Add(row);
            }

            var seen = new Dictionary<int, ExchangeRow>();
            foreach (var row in file.Commitments)
            {
                if (row.Number is not { } number || number < 1)
                {
                    Report.Reject(sheet, row, "het nummer ontbreekt.");
                    continue;
                }

                if (seen.TryGetValue(number, out var first))
                {
                    Report.Reject(sheet, row, $"nummer {number} staat al op rij {first.Row}.");
                    continue;
                }

                seen[number] = row;
                var own = milestones.GetValueOrDefault(number) ?? [];
                if (Draft(sheet, row, own) is not { } draft)
                {
                    _rejectedCommitments[number] = row;
                    RejectMilestones(own, number, row);
                    continue;
                }

                try
                {
                    if (_commitments.TryGetValue(number, out var commitment))
                    {
                        var before = commitment.Milestones.ToList();
                        if (Same(commitment.ToDraft(), draft))
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                            foreach (var milestone in own)
                            {
                                Report.Mark(ExchangeSheets.Milestones, milestone, RowOutcome.Unchanged);
                            }

                            continue;
                        }

                        try
                        {
                            var changes = commitment.Revise(draft);
                            foreach (var (field, old, @new) in changes)
                            {
                                Audit(CommitmentAudit.EntityType, commitment.Id, CommitmentAudit.Updated, field, old, @new);
                            }

                            Report.Mark(sheet, row, RowOutcome.Updated);
                        }
                        catch (DomainException problem) when (problem.Code == CommitmentErrors.NothingChanged)
                        {
                            Report.Mark(sheet, row, RowOutcome.Unchanged);
                        }

                        foreach (var milestone in own)
                        {
                            Report.Mark(ExchangeSheets.Milestones, milestone, before.Contains(new DatedValue(milestone.Value!.Value, milestone.Date!.Value)) ? RowOutcome.Unchanged : RowOutcome.Created);
                        }

                        continue;
                    }

                    var created = Commitment.Create(Guid.NewGuid(), _coalition.Id, number, draft, _now);
                    Db.Set<Commitment>().Add(created);
                    _commitments[number] = created;
                    Audit(CommitmentAudit.EntityType, created.Id, CommitmentAudit.Created, null, null, $"{created.Code} {created.Title}");
                    Report.Mark(sheet, row, RowOutcome.Created);
                    foreach (var milestone in own)
                    {
                        Report.Mark(ExchangeSheets.Milestones, milestone, RowOutcome.Created);
                    }
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem, row));
                    _rejectedCommitments[number] = row;
                    RejectMilestones(own, number, row);
                }
            }
        }

        /// <summary>Equal in meaning (numbers by value: 42 and 42.000000 are the same), so a re-import is "unchanged".</summary>
        private static bool Same(CommitmentDraft a, CommitmentDraft b) =>
            a.PartnerId == b.PartnerId && a.Title.Trim() == b.Title.Trim() && Clean(a.Description) == Clean(b.Description) && a.GoalAreaId == b.GoalAreaId
            && a.Indicator == b.Indicator && a.Baseline == b.Baseline && a.Target == b.Target && a.ProgrammeId == b.ProgrammeId
            && Clean(a.Contribution) == Clean(b.Contribution)
            && a.Milestones.OrderBy(m => m.Date).SequenceEqual(b.Milestones.OrderBy(m => m.Date));

        private void RejectMilestones(List<MilestoneRow> milestones, int number, ExchangeRow commitment)
        {
            foreach (var milestone in milestones)
            {
                Report.Reject(ExchangeSheets.Milestones, milestone, $"hoort bij {CommitmentNumber.Format(number)}, die is afgewezen (Toezeggingen rij {commitment.Row}).");
            }
        }

        private CommitmentDraft? Draft(string sheet, CommitmentRow row, List<MilestoneRow> milestones)
        {
            if (PartnerOf(sheet, row, row.Partner) is not { } partner)
            {
                return null;
            }

            if (!Parse(sheet, row, row.Direction, "Richting", ExchangeNames.TryDirection, out Direction direction, required: true))
            {
                return null;
            }

            if (row.BaselineValue is not { } baselineValue || row.BaselineDate is not { } baselineDate)
            {
                Report.Reject(sheet, row, "de nulmeting (waarde en datum) ontbreekt.");
                return null;
            }

            if (row.TargetValue is not { } targetValue || row.TargetDate is not { } targetDate)
            {
                Report.Reject(sheet, row, "de streefwaarde of streefdatum ontbreekt.");
                return null;
            }

            Guid? goalId = null;
            if (Clean(row.Goal) is { } goalName)
            {
                var key = ExchangeNames.Key(goalName);
                List<GoalArea> candidates;
                if (Clean(row.GoalKind) is { } goalKindText)
                {
                    if (!ExchangeNames.TryGoalKind(goalKindText, out var goalKind))
                    {
                        Report.Reject(sheet, row, $"‘{goalKindText}’ bij ‘Soort doel’ ken ik niet; kies uit {ExchangeNames.Choices<GoalAreaKind>()}.");
                        return null;
                    }

                    candidates = _goals.TryGetValue((key, goalKind), out var area) ? [area] : [];
                }
                else
                {
                    candidates = [.. _goals.Where(g => g.Key.Item1 == key).Select(g => g.Value)];
                }

                if (candidates.Count != 1)
                {
                    Report.Reject(sheet, row, candidates.Count == 0
                        ? $"het doel ‘{goalName}’ staat niet op ‘Doelen’."
                        : $"‘{goalName}’ is zowel {string.Join(" als ", candidates.Select(c => ExchangeNames.Of(c.Kind)))}; vul ‘Soort doel’ in.");
                    return null;
                }

                goalId = candidates[0].Id;
            }

            Guid? programmeId = null;
            if (Clean(row.Programme) is { } programmeName)
            {
                if (!_programmes.TryGetValue(ExchangeNames.Key(programmeName), out var programme))
                {
                    Report.Reject(sheet, row, $"het programma ‘{programmeName}’ staat niet op ‘Programma's’.");
                    return null;
                }

                programmeId = programme.Id;
            }

            try
            {
                return new CommitmentDraft(
                    partner.Id,
                    row.Title ?? string.Empty,
                    row.Description,
                    goalId,
                    new Indicator(row.Indicator ?? string.Empty, row.Unit ?? string.Empty, direction),
                    new DatedValue(baselineValue, baselineDate),
                    new DatedValue(targetValue, targetDate),
                    [.. milestones.Select(m => new DatedValue(m.Value!.Value, m.Date!.Value))],
                    programmeId,
                    row.Contribution);
            }
            catch (DomainException problem)
            {
                Report.Reject(sheet, row, Explain(problem, row));
                return null;
            }
        }

        private void Progress()
        {
            const string sheet = ExchangeSheets.Progress;
            foreach (var row in file.Progress)
            {
                if (row.Commitment is not { } number)
                {
                    Report.Reject(sheet, row, "het nummer van de toezegging ontbreekt.");
                    continue;
                }

                if (_rejectedCommitments.TryGetValue(number, out var rejected))
                {
                    Report.Reject(sheet, row, $"hoort bij {CommitmentNumber.Format(number)}, die is afgewezen (Toezeggingen rij {rejected.Row}).");
                    continue;
                }

                if (!_commitments.TryGetValue(number, out var commitment))
                {
                    Report.Reject(sheet, row, $"er is geen toezegging {CommitmentNumber.Format(number)}.");
                    continue;
                }

                if (row.Value is not { } value || row.Date is not { } date)
                {
                    Report.Reject(sheet, row, "waarde en datum zijn allebei nodig.");
                    continue;
                }

                if (commitment.Reports.Any(r => r.Date == date && r.Value == value))
                {
                    Report.Mark(sheet, row, RowOutcome.Unchanged);
                    continue;
                }

                Guid? reporterId = null;
                if (Clean(row.ReporterTeamsUserId) is { } userId)
                {
                    if (PersonOf(sheet, row, userId, "Teams-gebruikers-id melder") is not { } reporter)
                    {
                        continue;
                    }

                    reporterId = reporter.Id;
                }

                try
                {
                    var previous = commitment.LatestReport;

                    // Reports made in one import keep the file's order (the latest on a date is the one reported last).
                    var report = commitment.ReportProgress(Guid.NewGuid(), value, date, row.Comment, reporterId, _now.Plus(Duration.FromTicks(10L * ++_sequence)), _today);
                    Audit(CommitmentAudit.EntityType, commitment.Id, CommitmentAudit.ProgressReported, "value",
                        previous is null ? null : Invariant(previous.Value, previous.Date), Invariant(report.Value, report.Date));
                    Report.Mark(sheet, row, RowOutcome.Created);
                }
                catch (DomainException problem)
                {
                    Report.Reject(sheet, row, Explain(problem, commitment, row));
                }
            }
        }

        // Helpers

        private Partner? PartnerOf(string sheet, ExchangeRow row, string? name)
        {
            if (Clean(name) is not { } clean)
            {
                Report.Reject(sheet, row, "de partner ontbreekt.");
                return null;
            }

            var key = ExchangeNames.Key(clean);
            if (_partners.TryGetValue(key, out var partner))
            {
                return partner;
            }

            Report.Reject(sheet, row, _rejectedPartners.TryGetValue(key, out var rejected)
                ? $"de partner ‘{clean}’ is afgewezen (Partners rij {rejected.Row})."
                : $"de partner ‘{clean}’ staat niet op ‘Partners’{Suggest(key)}.");
            return null;
        }

        private string Suggest(string key)
        {
            var best = _partners.Keys.Select(k => (k, d: Commands.CommandCatalog.Distance(key, k))).Where(x => x.d <= Math.Max(2, key.Length / 3)).OrderBy(x => x.d).FirstOrDefault();
            return best.k is null ? string.Empty : $"; bedoel je ‘{_partners[best.k].Name}’?";
        }

        private Person? PersonOf(string sheet, ExchangeRow row, string? userId, string column)
        {
            if (Clean(userId) is not { } clean)
            {
                Report.Reject(sheet, row, $"‘{column}’ ontbreekt.");
                return null;
            }

            if (_people.TryGetValue(clean, out var person))
            {
                return person;
            }

            Report.Reject(sheet, row, $"‘{clean}’ bij ‘{column}’ staat niet op ‘Personen en rollen’.");
            return null;
        }

        private delegate bool TryRead<T>(string? text, out T value);

        private bool Parse<T>(string sheet, ExchangeRow row, string? text, string column, TryRead<T> read, out T value, bool required)
            where T : struct, Enum
        {
            value = default;
            if (Clean(text) is null)
            {
                if (required)
                {
                    Report.Reject(sheet, row, $"‘{column}’ ontbreekt; kies uit {ExchangeNames.Choices<T>()}.");
                }

                return !required;
            }

            if (read(text, out value))
            {
                return true;
            }

            Report.Reject(sheet, row, $"‘{text}’ bij ‘{column}’ ken ik niet; kies uit {ExchangeNames.Choices<T>()}.");
            return false;
        }

        private void Audit(string entityType, Guid entityId, string action, string? field = null, string? oldValue = null, string? newValue = null) =>
            owner.AuditLog.Record(_coalition.Id, null, Actor, entityType, Id(entityId), action, field, oldValue, newValue);

        private static string Explain(DomainException problem, CommitmentRow row) => problem.Code switch
        {
            CommitmentErrors.TargetDateNotAfterBaseline when row.TargetDate is { } target && row.BaselineDate is { } baseline =>
                target == baseline
                    ? $"streefdatum {Show(target)} valt op de dag van de nulmeting; die moet later liggen."
                    : $"streefdatum {Show(target)} ligt vóór de nulmeting ({Show(baseline)}).",
            CommitmentErrors.TargetNotBetter when row.TargetValue is { } target && row.BaselineValue is { } baseline =>
                problem.Arguments.Count > 0 && problem.Arguments[0] is Direction.LowerIsBetter
                    ? $"lager is beter, maar de streefwaarde {Number(target)} is niet lager dan de nulmeting ({Number(baseline)})."
                    : $"hoger is beter, maar de streefwaarde {Number(target)} is niet hoger dan de nulmeting ({Number(baseline)}).",
            _ => Explain(problem),
        };

        private string Explain(DomainException problem, Commitment commitment, ProgressRow row) => problem.Code switch
        {
            CommitmentErrors.ProgressBeforeBaseline => $"de meting van {Show(row.Date!.Value)} ligt vóór de nulmeting van {commitment.Code} ({Show(commitment.Baseline.Date)}).",
            CommitmentErrors.ProgressInFuture => $"de meting van {Show(row.Date!.Value)} ligt in de toekomst (vandaag is het {Show(_today)}).",
            _ => Explain(problem),
        };

        /// <summary>The domain's reason in Dutch, through the sentences of the feature the rule belongs to.</summary>
        private static string Explain(DomainException problem)
        {
            var code = problem.Code;
            var sentence = code.StartsWith("contract.", StringComparison.Ordinal)
                ? ContractsTexts.For(Language.Nl).ErrorText(code, problem.Arguments)
                : code.StartsWith("commitment.", StringComparison.Ordinal) || code.StartsWith("goal-area.", StringComparison.Ordinal)
                    ? CommitmentsTexts.For(Language.Nl).Rule(code, problem.Arguments)
                    : CoalitionsTexts.For(Language.Nl).Explain(problem);
            return sentence.Length > 1 && char.IsUpper(sentence[0]) && !char.IsUpper(sentence[1]) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        private static string Show(LocalDate date) => DutchDates.FormatInput(date);

        private static string Number(decimal value) => DutchNumbers.Format(value);

        private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

        private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

        private static string Invariant(decimal value, LocalDate date) => Commitment.Invariant(new DatedValue(value, date));
    }
}
