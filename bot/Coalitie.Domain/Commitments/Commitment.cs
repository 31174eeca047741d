using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Commitments;

/// <summary>What a commitment says, as entered on the form: everything except its number and its progress.</summary>
/// <param name="PartnerId">The partner that commits.</param>
/// <param name="Title">Short title (<i>Minder leegstand in de portiekflats</i>).</param>
/// <param name="Description">Optional longer description.</param>
/// <param name="GoalAreaId">The shared goal it serves; null means none, which flags a projectencarrousel risk.</param>
/// <param name="Indicator">What is measured.</param>
/// <param name="Baseline">The <i>nulmeting</i>.</param>
/// <param name="Target">The <i>streefwaarde</i> and its deadline.</param>
/// <param name="Milestones">Intermediate values, strictly between the baseline and target dates (any order; stored by date).</param>
/// <param name="ProgrammeId">The implementation programme it belongs to, when known.</param>
/// <param name="Contribution">How it contributes to the shared goal.</param>
public sealed record CommitmentDraft(
    Guid PartnerId,
    string Title,
    string? Description,
    Guid? GoalAreaId,
    Indicator Indicator,
    DatedValue Baseline,
    DatedValue Target,
    IReadOnlyList<DatedValue> Milestones,
    Guid? ProgrammeId,
    string? Contribution)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 2000;
    public const int MaxContributionLength = 1000;

    /// <summary>Every rule the draft breaks, in form order (empty when it is valid).</summary>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var problems = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add(new(CommitmentErrors.TitleRequired, CommitmentFields.Title));
        }
        else if (Title.Trim().Length > MaxTitleLength)
        {
            problems.Add(new(CommitmentErrors.TooLong, CommitmentFields.Title, MaxTitleLength));
        }

        if (Description?.Trim().Length > MaxDescriptionLength)
        {
            problems.Add(new(CommitmentErrors.TooLong, CommitmentFields.Description, MaxDescriptionLength));
        }

        if (Contribution?.Trim().Length > MaxContributionLength)
        {
            problems.Add(new(CommitmentErrors.TooLong, CommitmentFields.Contribution, MaxContributionLength));
        }

        if (Target.Date <= Baseline.Date)
        {
            problems.Add(new(CommitmentErrors.TargetDateNotAfterBaseline, CommitmentFields.TargetDate, Baseline.Date));
        }

        if (Indicator.IsAtLeastAsGood(Baseline.Value, Target.Value))
        {
            problems.Add(new(CommitmentErrors.TargetNotBetter, CommitmentFields.TargetValue, Indicator.Direction, Baseline.Value));
        }

        var previous = Baseline;
        var seen = new HashSet<LocalDate>();
        foreach (var milestone in Milestones.OrderBy(m => m.Date))
        {
            if (milestone.Date <= Baseline.Date || milestone.Date >= Target.Date)
            {
                problems.Add(new(CommitmentErrors.MilestoneOutsidePeriod, CommitmentFields.MilestoneDate, Baseline.Date, Target.Date));
            }
            else if (!seen.Add(milestone.Date))
            {
                problems.Add(new(CommitmentErrors.MilestoneDuplicateDate, CommitmentFields.MilestoneDate, milestone.Date));
            }
            else if (!Indicator.IsAtLeastAsGood(milestone.Value, previous.Value) || !Indicator.IsAtLeastAsGood(Target.Value, milestone.Value))
            {
                problems.Add(new(CommitmentErrors.MilestoneOutOfOrder, CommitmentFields.MilestoneValue, previous.Value, Target.Value));
            }
            else
            {
                previous = milestone;
            }
        }

        return problems;
    }
}

/// <summary>
/// A partner's commitment (<i>toezegging</i>): what it will deliver towards a shared goal, measured by one indicator
/// from a baseline to a target, with optional milestones and the full history of progress reports. Its status is
/// derived (<see cref="CommitmentStatusRules"/>), never stored.
/// </summary>
public sealed class Commitment
{
    // Not readonly: the host stores the milestones as one column and sets this field when it reads a commitment.
    private List<DatedValue> _milestones = [];
    private readonly List<ProgressReport> _reports = [];

    private Commitment()
    {
        Title = string.Empty;
        Indicator = null!;
        Baseline = null!;
        Target = null!;
    }

    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    /// <summary>Unique within the coalition, from 1; shown as <c>T-17</c>.</summary>
    public int Number { get; private set; }

    public Guid PartnerId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The shared goal it serves; null flags a projectencarrousel risk (see <see cref="ServesSharedGoal"/>).</summary>
    public Guid? GoalAreaId { get; private set; }

    public Indicator Indicator { get; private set; }

    public DatedValue Baseline { get; private set; }

    public DatedValue Target { get; private set; }

    /// <summary>Ordered by date; all strictly between the baseline and target dates.</summary>
    public IReadOnlyList<DatedValue> Milestones => _milestones;

    public Guid? ProgrammeId { get; private set; }

    public string? Contribution { get; private set; }

    public Instant CreatedAt { get; private set; }

    /// <summary>Every report, in the order they were made.</summary>
    public IReadOnlyList<ProgressReport> Reports => _reports;

    public string Code => CommitmentNumber.Format(Number);

    /// <summary>False when the commitment names no shared goal: the texts warn against such a <i>projectencarrousel</i>.</summary>
    public bool ServesSharedGoal => GoalAreaId is not null;

    /// <summary>The report with the latest date (on the same date: reported last), or null before the first report.</summary>
    public ProgressReport? LatestReport =>
        _reports.OrderByDescending(r => r.Date).ThenByDescending(r => r.ReportedAt).FirstOrDefault();

    /// <summary>Reports by date, oldest first (same date: in the order they were made).</summary>
    public IEnumerable<ProgressReport> History => _reports.OrderBy(r => r.Date).ThenBy(r => r.ReportedAt);

    /// <summary>Creates a commitment; throws the first broken rule of <see cref="CommitmentDraft.Validate"/>.</summary>
    public static Commitment Create(Guid id, Guid coalitionId, int number, CommitmentDraft draft, Instant createdAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (number < 1)
        {
            throw new DomainException(CommitmentErrors.NumberInvalid, "Commitment numbers start at 1.");
        }

        ThrowFirst(draft.Validate());
        var commitment = new Commitment { Id = id, CoalitionId = coalitionId, Number = number, CreatedAt = createdAt };
        commitment.Apply(draft);
        return commitment;
    }

    /// <summary>The draft that reproduces this commitment's current contents (to prefill an edit form).</summary>
    public CommitmentDraft ToDraft() =>
        new(PartnerId, Title, Description, GoalAreaId, Indicator, Baseline, Target, [.. _milestones], ProgrammeId, Contribution);

    /// <summary>
    /// Changes the commitment's contents. Existing reports must stay on or after the (new) baseline date. Returns what
    /// changed (field, old, new) for the audit trail; a revision that changes nothing is refused.
    /// </summary>
    public IReadOnlyList<(string Field, string? Old, string? New)> Revise(CommitmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ThrowFirst(draft.Validate());
        if (_reports.Count > 0 && _reports.Min(r => r.Date) < draft.Baseline.Date)
        {
            throw new DomainException(CommitmentErrors.BaselineAfterReports, "Progress was reported before the new baseline date.",
                CommitmentFields.BaselineDate, _reports.Min(r => r.Date));
        }

        var before = Describe(ToDraft());
        var after = Describe(draft);
        var changes = before.Zip(after)
            .Where(p => !string.Equals(p.First.Value, p.Second.Value, StringComparison.Ordinal))
            .Select(p => (p.First.Field, p.First.Value, p.Second.Value))
            .ToList();
        if (changes.Count == 0)
        {
            throw new DomainException(CommitmentErrors.NothingChanged, "The revision changes nothing.");
        }

        Apply(draft);
        return changes;
    }

    /// <summary>
    /// Records a progress report. Refused when dated before the baseline or after <paramref name="today"/> (the
    /// coalition's date at <paramref name="reportedAt"/>). Reports after the target date are accepted: late results count.
    /// </summary>
    public ProgressReport ReportProgress(Guid id, decimal value, LocalDate date, string? comment, Guid? reporterPersonId, Instant reportedAt, LocalDate today)
    {
        if (date < Baseline.Date)
        {
            throw new DomainException(CommitmentErrors.ProgressBeforeBaseline, "A report cannot be dated before the baseline.", CommitmentFields.ProgressDate, Baseline.Date);
        }

        if (date > today)
        {
            throw new DomainException(CommitmentErrors.ProgressInFuture, "A report cannot be dated in the future.", CommitmentFields.ProgressDate, today);
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > ProgressReport.MaxCommentLength)
        {
            throw new DomainException(CommitmentErrors.TooLong, "The comment is too long.", CommitmentFields.ProgressComment, ProgressReport.MaxCommentLength);
        }

        var report = new ProgressReport(id, value, date, trimmed, reporterPersonId, reportedAt);
        _reports.Add(report);
        return report;
    }

    private void Apply(CommitmentDraft draft)
    {
        PartnerId = draft.PartnerId;
        Title = draft.Title.Trim();
        Description = Clean(draft.Description);
        GoalAreaId = draft.GoalAreaId;
        Indicator = draft.Indicator;
        Baseline = draft.Baseline;
        Target = draft.Target;
        _milestones = [.. draft.Milestones.OrderBy(m => m.Date)];
        ProgrammeId = draft.ProgrammeId;
        Contribution = Clean(draft.Contribution);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void ThrowFirst(IReadOnlyList<RuleViolation> problems)
    {
        if (problems.Count > 0)
        {
            var p = problems[0];
            throw new DomainException(p.Code, $"The commitment breaks rule {p.Code}.", p.Field, p.Arguments);
        }
    }

    /// <summary>A stable, culture-independent text per field, to compare and to store in the audit trail.</summary>
    private static List<(string Field, string? Value)> Describe(CommitmentDraft d) =>
    [
        (CommitmentFields.Partner, d.PartnerId.ToString()),
        (CommitmentFields.Title, d.Title.Trim()),
        (CommitmentFields.Description, Clean(d.Description)),
        (CommitmentFields.GoalArea, d.GoalAreaId?.ToString()),
        (CommitmentFields.IndicatorName, d.Indicator.Name),
        (CommitmentFields.IndicatorUnit, d.Indicator.Unit),
        (CommitmentFields.Direction, d.Indicator.Direction.ToString()),
        ("baseline", Invariant(d.Baseline)),
        ("target", Invariant(d.Target)),
        ("milestones", string.Join("; ", d.Milestones.OrderBy(m => m.Date).Select(Invariant))),
        (CommitmentFields.Programme, d.ProgrammeId?.ToString()),
        (CommitmentFields.Contribution, Clean(d.Contribution)),
    ];

    /// <summary><c>42 @ 2026-01-01</c>: invariant, for the audit trail.</summary>
    public static string Invariant(DatedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.Value} @ {value.Date:uuuu-MM-dd}");
    }
}
