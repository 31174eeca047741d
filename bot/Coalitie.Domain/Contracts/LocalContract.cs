using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Contracts;

/// <summary>
/// The coalition's <i>lokaal (sociaal) contract</i> (or convenant, pact, intentieverklaring): one per coalition.
/// Its own fields are versioned: <see cref="Create"/> makes version 1 (<see cref="ContractVersionKind.Vastgesteld"/>),
/// every <see cref="Edit"/> makes the next version with the computed changes and a snapshot, so earlier versions stay
/// readable (<see cref="VersionAt"/>). Implementation programmes and signatures live beside the versions (see
/// <see cref="ContractFields"/> for why). Every transition is guarded: an illegal one throws a
/// <see cref="DomainException"/> with a code from <see cref="ContractErrors"/>, never a silent no-op.
/// </summary>
public sealed class LocalContract
{
    private readonly List<ImplementationProgramme> _programmes = [];
    private readonly List<Signatory> _signatories = [];
    private readonly List<ContractVersion> _versions = [];

    private LocalContract(Guid id, Guid coalitionId, ContractFields fields)
    {
        Id = id;
        CoalitionId = coalitionId;
        Title = fields.Title;
        Area = fields.Area;
        Apply(fields);
    }

    // For the persistence layer.
    private LocalContract()
    {
        Title = string.Empty;
        Area = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    public string Title { get; private set; }

    public string Area { get; private set; }

    public ContractKind Kind { get; private set; }

    /// <summary>When the bestuurders signed the contract (the formal signing), if they have.</summary>
    public LocalDate? SignedOn { get; private set; }

    /// <summary>First day of the horizon.</summary>
    public LocalDate HorizonStart { get; private set; }

    /// <summary>Last day of the horizon (inclusive).</summary>
    public LocalDate HorizonEnd { get; private set; }

    /// <summary>The horizon, both ends inclusive.</summary>
    public DateInterval Horizon => new(HorizonStart, HorizonEnd);

    public ReviewCycle ReviewCycle { get; private set; } = ReviewCycle.FromYears(4);

    /// <summary>Principles, preconditions and ambitions (optional free text).</summary>
    public string? Principles { get; private set; }

    /// <summary>Link to the contract document (absolute http or https), optional.</summary>
    public Uri? DocumentUrl { get; private set; }

    /// <summary>The current fields (equal to the latest version's snapshot).</summary>
    public ContractFields Fields => new(Title, Area, Kind, SignedOn, Horizon, ReviewCycle, Principles, DocumentUrl);

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ImplementationProgramme> Programmes => _programmes.OrderBy(p => p.Start).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>In signing order.</summary>
    public IReadOnlyList<Signatory> Signatories => _signatories.OrderBy(s => s.SignedOn).ThenBy(s => s.PartnerId).ToList();

    /// <summary>Version 1 first.</summary>
    public IReadOnlyList<ContractVersion> Versions => _versions.OrderBy(v => v.Number).ToList();

    public ContractVersion CurrentVersion => _versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A contract always has version 1.");

    /// <summary>
    /// When the contract was last reviewed or signed: the later of <see cref="SignedOn"/> and the date of the latest
    /// revision (a version after the first). Null when neither exists. Individual partners' signatures do not count:
    /// a partner that joins and signs in year seven does not move the coalition's review rhythm.
    /// </summary>
    public LocalDate? LastReviewOrSigning
    {
        get
        {
            var lastRevision = _versions.Where(v => v.Number > 1).Select(v => (LocalDate?)v.Date).Max();
            return (SignedOn, lastRevision) switch
            {
                (null, var r) => r,
                (var s, null) => s,
                ({ } s, { } r) => s > r ? s : r,
            };
        }
    }

    /// <summary>
    /// The scheduled evaluations within the horizon: start + k × cycle for k = 1, 2, …, as long as the date is not
    /// after the horizon's end. Each date is computed from the start (not from the previous date), so a horizon
    /// starting on 29 February keeps returning to 29 February in leap years: with a 3-year cycle from 29 feb 2028 the
    /// reviews are 28 feb 2031, 28 feb 2034, 28 feb 2037 and 29 feb 2040 (NodaTime truncates to the month's last day).
    /// </summary>
    public IEnumerable<LocalDate> ReviewSchedule()
    {
        for (var k = 1; ; k++)
        {
            var date = HorizonStart.Plus(Period.FromYears(k * ReviewCycle.Years));
            if (date > HorizonEnd)
            {
                yield break;
            }

            yield return date;
        }
    }

    /// <summary>
    /// The next evaluation: the first date of <see cref="ReviewSchedule"/> strictly after
    /// <see cref="LastReviewOrSigning"/> (or the first scheduled date when there is neither). The rhythm stays
    /// anchored to the horizon's start: a revision recorded on or after a due date counts as that review, while an
    /// early revision does not move the next due date. It does not depend on today, so an overdue review keeps
    /// showing its (past) date until a revision is recorded. Null when no scheduled date is left before the horizon
    /// ends: the end of the horizon is then the final evaluation.
    /// </summary>
    public LocalDate? NextReviewDate
    {
        get
        {
            var after = LastReviewOrSigning;
            foreach (var date in ReviewSchedule())
            {
                if (after is null || date > after.Value)
                {
                    return date;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Lays down a new contract as version 1 (<see cref="ContractVersionKind.Vastgesteld"/>), dated
    /// <paramref name="date"/>; its changes list every field that is set.
    /// </summary>
    public static LocalContract Create(Guid id, Guid coalitionId, ContractFields fields, LocalDate date, string? reason, ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(rules);
        if (id == Guid.Empty || coalitionId == Guid.Empty)
        {
            throw new ArgumentException("A contract needs an id and a coalition.", nameof(id));
        }

        var normalized = fields.Normalized();
        ThrowFirst(normalized.Check(rules));
        var text = (reason ?? string.Empty).Trim();
        if (text.Length > ContractVersion.MaxReasonLength)
        {
            throw new DomainException(ContractErrors.TooLong, "The reason is too long.", ContractFieldNames.Reason, ContractVersion.MaxReasonLength);
        }

        var contract = new LocalContract(id, coalitionId, normalized);
        contract._versions.Add(new ContractVersion(1, date, ContractVersionKind.Vastgesteld, text, ContractFields.Diff(null, normalized), normalized));
        return contract;
    }

    /// <summary>
    /// Applies new field values as the next version. Refused when the kind is <see cref="ContractVersionKind.Vastgesteld"/>,
    /// the reason is empty, a field breaks a rule, nothing changes, the date is before the previous version's, or the
    /// new horizon would leave a programme outside it or end before a recorded signature.
    /// </summary>
    /// <returns>The new version, with the computed changes.</returns>
    public ContractVersion Edit(ContractFields changes, ContractVersionKind kind, string reason, LocalDate date, ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(rules);
        if (kind == ContractVersionKind.Vastgesteld || !Enum.IsDefined(kind))
        {
            throw new DomainException(ContractErrors.VersionKindInvalid, "A revision is herzien, bijgesteld or aangescherpt.", ContractFieldNames.VersionKind);
        }

        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainException(ContractErrors.ReasonRequired, "A revision needs a reason.", ContractFieldNames.Reason);
        }

        if (text.Length > ContractVersion.MaxReasonLength)
        {
            throw new DomainException(ContractErrors.TooLong, "The reason is too long.", ContractFieldNames.Reason, ContractVersion.MaxReasonLength);
        }

        var normalized = changes.Normalized();
        ThrowFirst(CheckEdit(normalized, rules));
        var diff = ContractFields.Diff(Fields, normalized);
        if (diff.Count == 0)
        {
            throw new DomainException(ContractErrors.NoChanges, "The edit changes nothing.");
        }

        var previous = CurrentVersion;
        if (date < previous.Date)
        {
            throw new DomainException(ContractErrors.VersionDateBeforePrevious, "A version cannot predate the previous one.", ContractFieldNames.VersionDate, previous.Date);
        }

        Apply(normalized);
        var version = new ContractVersion(previous.Number + 1, date, kind, text, diff, normalized);
        _versions.Add(version);
        return version;
    }

    /// <summary>
    /// Every rule an edit to <paramref name="fields"/> would break, all at once (for a form): the fields' own rules
    /// plus the horizon against the programmes and signatures already recorded.
    /// </summary>
    public IReadOnlyList<ContractNotice> CheckEdit(ContractFields fields, ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var problems = new List<ContractNotice>(fields.Check(rules));
        foreach (var programme in _programmes.OrderBy(p => p.Start))
        {
            if (!Contains(fields.Horizon, programme.Period))
            {
                problems.Add(new(ContractErrors.HorizonExcludesProgramme, programme.Start < fields.Horizon.Start ? ContractFieldNames.HorizonStart : ContractFieldNames.HorizonEnd, programme.Name));
                break;
            }
        }

        var lastSignature = _signatories.Select(s => (LocalDate?)s.SignedOn).Max();
        if (lastSignature is { } signed && signed > fields.Horizon.End)
        {
            problems.Add(new(ContractErrors.HorizonEndsBeforeSignature, ContractFieldNames.HorizonEnd, signed));
        }

        return problems;
    }

    /// <summary>The version with that number (1 is the first); refused when there is none.</summary>
    public ContractVersion VersionAt(int number) =>
        _versions.SingleOrDefault(v => v.Number == number)
        ?? throw new DomainException(ContractErrors.VersionUnknown, $"There is no version {number}.", null, number, CurrentVersion.Number);

    /// <summary>
    /// Adds an implementation programme. Refused when the name is empty or taken, the end is before the start, or the
    /// programme does not lie within the horizon. A length outside the usual three to four years is accepted with a
    /// warning (<see cref="ContractErrors.ProgrammeUnusualLength"/>).
    /// </summary>
    public ProgrammeOutcome AddProgramme(Guid id, string name, LocalDate start, LocalDate end, ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A programme needs an id.", nameof(id));
        }

        var trimmed = GuardProgramme(null, name, start, end);
        var programme = new ImplementationProgramme(id, trimmed, start, end);
        _programmes.Add(programme);
        return new ProgrammeOutcome(programme, ProgrammeWarnings(programme.Period, rules));
    }

    /// <summary>Changes a programme's name and dates under the same rules as <see cref="AddProgramme"/>.</summary>
    public ProgrammeOutcome ChangeProgramme(Guid id, string name, LocalDate start, LocalDate end, ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var programme = _programmes.SingleOrDefault(p => p.Id == id)
            ?? throw new DomainException(ContractErrors.ProgrammeUnknown, "There is no such programme.");
        var trimmed = GuardProgramme(id, name, start, end);
        if (trimmed == programme.Name && start == programme.Start && end == programme.End)
        {
            throw new DomainException(ContractErrors.NoChanges, "The programme change changes nothing.");
        }

        programme.Change(trimmed, start, end);
        return new ProgrammeOutcome(programme, ProgrammeWarnings(programme.Period, rules));
    }

    /// <summary>
    /// Records a partner's signature (one per partner). Refused when the partner already signed, name or function is
    /// empty, the date is after the horizon's end, or the date is after <paramref name="today"/>. A date before the
    /// horizon's start is fine.
    /// </summary>
    public Signatory Sign(Guid partnerId, string personName, string function, LocalDate signedOn, LocalDate today)
    {
        if (partnerId == Guid.Empty)
        {
            throw new ArgumentException("A signature needs a partner.", nameof(partnerId));
        }

        if (_signatories.SingleOrDefault(s => s.PartnerId == partnerId) is { } existing)
        {
            throw new DomainException(ContractErrors.AlreadySigned, "This partner already signed.", ContractFieldNames.Partner, existing.SignedOn);
        }

        var name = RequiredText(personName, ContractErrors.SignatoryNameRequired, ContractFieldNames.PersonName, Signatory.MaxTextLength);
        var role = RequiredText(function, ContractErrors.SignatoryFunctionRequired, ContractFieldNames.Function, Signatory.MaxTextLength);
        if (signedOn > HorizonEnd)
        {
            throw new DomainException(ContractErrors.SignatureAfterEnd, "A signature after the contract ended.", ContractFieldNames.SignatureDate, HorizonEnd);
        }

        if (signedOn > today)
        {
            throw new DomainException(ContractErrors.SignatureInFuture, "A signature cannot be dated in the future.", ContractFieldNames.SignatureDate, today);
        }

        var signatory = new Signatory(partnerId, name, role, signedOn);
        _signatories.Add(signatory);
        return signatory;
    }

    /// <summary>Erasure of a person: their name under a signature is replaced; partner, function and date stay.</summary>
    /// <returns>Whether a signature carried the name.</returns>
    public bool PseudonymiseSignatory(Guid partnerId, string replacement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replacement);
        var signatory = _signatories.SingleOrDefault(s => s.PartnerId == partnerId);
        if (signatory is null)
        {
            return false;
        }

        signatory.Pseudonymise(replacement.Trim());
        return true;
    }

    private static IReadOnlyList<ContractNotice> ProgrammeWarnings(DateInterval period, ContractRules rules) =>
        ContractRules.Spans(period, rules.UsualProgrammeMinimum, rules.UsualProgrammeMaximum)
            ? []
            : [new ContractNotice(ContractErrors.ProgrammeUnusualLength, ContractFieldNames.ProgrammeEnd, rules.UsualProgrammeMinimum.Years, rules.UsualProgrammeMaximum.Years)];

    private static bool Contains(DateInterval outer, DateInterval inner) => outer.Contains(inner.Start) && outer.Contains(inner.End);

    private static void ThrowFirst(IReadOnlyList<ContractNotice> problems)
    {
        if (problems.Count > 0)
        {
            throw problems[0].ToException();
        }
    }

    private static string RequiredText(string? text, string code, string field, int maxLength)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(code, $"{field} is required.", field);
        }

        return trimmed.Length > maxLength
            ? throw new DomainException(ContractErrors.TooLong, $"{field} is too long.", field, maxLength)
            : trimmed;
    }

    private string GuardProgramme(Guid? id, string name, LocalDate start, LocalDate end)
    {
        var trimmed = RequiredText(name, ContractErrors.ProgrammeNameRequired, ContractFieldNames.ProgrammeName, ImplementationProgramme.MaxNameLength);
        if (_programmes.Any(p => p.Id != id && string.Equals(p.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException(ContractErrors.ProgrammeNameTaken, "Another programme has this name.", ContractFieldNames.ProgrammeName, trimmed);
        }

        var period = ImplementationProgramme.Interval(start, end);
        if (!Contains(Horizon, period))
        {
            throw new DomainException(
                ContractErrors.ProgrammeOutsideHorizon,
                "A programme lies within the contract's horizon.",
                start < HorizonStart ? ContractFieldNames.ProgrammeStart : ContractFieldNames.ProgrammeEnd,
                HorizonStart,
                HorizonEnd);
        }

        return trimmed;
    }

    private void Apply(ContractFields fields)
    {
        Title = fields.Title;
        Area = fields.Area;
        Kind = fields.Kind;
        SignedOn = fields.SignedOn;
        HorizonStart = fields.Horizon.Start;
        HorizonEnd = fields.Horizon.End;
        ReviewCycle = fields.ReviewCycle;
        Principles = fields.Principles;
        DocumentUrl = fields.DocumentUrl;
    }
}

/// <summary>A programme as added or changed, with any warnings (e.g. an unusual length).</summary>
public sealed record ProgrammeOutcome(ImplementationProgramme Programme, IReadOnlyList<ContractNotice> Warnings);

/// <summary>Building a horizon from two dates a person typed.</summary>
public static class ContractHorizon
{
    /// <summary>The horizon from <paramref name="start"/> to <paramref name="end"/> (both inclusive); refused when the end is before the start.</summary>
    public static DateInterval From(LocalDate start, LocalDate end) =>
        end < start
            ? throw new DomainException(ContractErrors.HorizonEndBeforeStart, "The horizon cannot end before it starts.", ContractFieldNames.HorizonEnd)
            : new DateInterval(start, end);
}
