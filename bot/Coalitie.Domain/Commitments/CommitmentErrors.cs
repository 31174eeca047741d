namespace Coalitie.Domain.Commitments;

/// <summary>The stable codes of the commitment rules; the host turns each into a Dutch or English sentence.</summary>
public static class CommitmentErrors
{
    public const string TitleRequired = "commitment.title.required";
    public const string TooLong = "commitment.too-long";
    public const string NumberInvalid = "commitment.number.invalid";
    public const string IndicatorNameRequired = "commitment.indicator.name.required";
    public const string IndicatorUnitRequired = "commitment.indicator.unit.required";
    public const string DirectionRequired = "commitment.indicator.direction.required";
    public const string TargetDateNotAfterBaseline = "commitment.target.date-not-after-baseline";
    public const string TargetNotBetter = "commitment.target.not-better";
    public const string MilestoneOutsidePeriod = "commitment.milestone.outside-period";
    public const string MilestoneDuplicateDate = "commitment.milestone.duplicate-date";
    public const string MilestoneOutOfOrder = "commitment.milestone.out-of-order";
    public const string BaselineAfterReports = "commitment.baseline.after-reports";
    public const string NothingChanged = "commitment.nothing-changed";
    public const string ProgressBeforeBaseline = "commitment.progress.before-baseline";
    public const string ProgressInFuture = "commitment.progress.in-future";
    public const string GoalAreaNameRequired = "goal-area.name.required";
    public const string GoalAreaNameTaken = "goal-area.name.taken";
    public const string GoalAreaUnknown = "goal-area.unknown";
    public const string GoalAreaRetired = "goal-area.retired";
    public const string GoalAreaNameUnchanged = "goal-area.name.unchanged";
}

/// <summary>The names of the fields an error can belong to (the host's form inputs use the same ids).</summary>
public static class CommitmentFields
{
    public const string Partner = "partner";
    public const string Title = "title";
    public const string Description = "description";
    public const string GoalArea = "goalArea";
    public const string IndicatorName = "indicatorName";
    public const string IndicatorUnit = "indicatorUnit";
    public const string Direction = "direction";
    public const string BaselineValue = "baselineValue";
    public const string BaselineDate = "baselineDate";
    public const string TargetValue = "targetValue";
    public const string TargetDate = "targetDate";
    public const string MilestoneValue = "milestoneValue";
    public const string MilestoneDate = "milestoneDate";
    public const string Programme = "programme";
    public const string Contribution = "contribution";
    public const string ProgressValue = "value";
    public const string ProgressDate = "date";
    public const string ProgressComment = "comment";
}

/// <summary>One broken rule, for forms that show every problem at once.</summary>
public sealed record RuleViolation(string Code, string Field, params object[] Arguments);
