using Coalitie.Bot.Localization;
using Coalitie.Domain.Commitments;
using NodaTime;

namespace Coalitie.Bot.Commitments;

public sealed class EnglishCommitmentsTexts : CommitmentsTexts
{
    public static EnglishCommitmentsTexts Instance { get; } = new();

    public override Language Language => Language.En;

    public override string AddDescription => "Record a new commitment of a partner (procesregisseur).";
    public override string ListDescription => "All commitments, or those of one partner, goal or status (**commitments at risk**).";
    public override string ShowDescription => "One commitment with its progress and history (**commitment T-17**).";
    public override string ProgressDescription => "Report progress on a commitment of your own partner.";
    public override string StatusDescription => "How the commitments are doing: per status, partner and goal.";

    public override string StatusName(CommitmentStatus status) => status switch
    {
        CommitmentStatus.OnTrack => "on track",
        CommitmentStatus.AtRisk => "at risk",
        CommitmentStatus.OffTrack => "off track",
        CommitmentStatus.Achieved => "achieved",
        CommitmentStatus.Missed => "missed",
        _ => status.ToString(),
    };

    public override string DirectionName(Direction direction) => direction == Direction.LowerIsBetter ? "lower is better" : "higher is better";

    public override string KindName(GoalAreaKind kind) => kind switch
    {
        GoalAreaKind.CoreGoal => "core goal",
        GoalAreaKind.Leefveld => "life domain",
        _ => "local goal",
    };

    public override string RetiredSuffix => "— retired";

    public override IReadOnlyDictionary<string, CommitmentStatus> StatusWords { get; } = new Dictionary<string, CommitmentStatus>(StringComparer.Ordinal)
    {
        ["on track"] = CommitmentStatus.OnTrack,
        ["at risk"] = CommitmentStatus.AtRisk,
        ["risk"] = CommitmentStatus.AtRisk,
        ["off track"] = CommitmentStatus.OffTrack,
        ["behind"] = CommitmentStatus.OffTrack,
        ["achieved"] = CommitmentStatus.Achieved,
        ["missed"] = CommitmentStatus.Missed,
        ["op koers"] = CommitmentStatus.OnTrack,
        ["risico"] = CommitmentStatus.AtRisk,
        ["achter"] = CommitmentStatus.OffTrack,
        ["gehaald"] = CommitmentStatus.Achieved,
        ["gemist"] = CommitmentStatus.Missed,
    };

    public override string FormTitle => "New commitment";
    public override string FormIntro => "What will the partner deliver, and how do we measure it? Every commitment serves a shared goal.";
    public override string PartnerLabel => "Partner";
    public override string PartnerRequired => "Choose the partner.";
    public override string TitleLabel => "Title";
    public override string TitlePlaceholder => "e.g. Fewer empty homes in the walk-up flats";
    public override string TitleRequired => "Give the commitment a title.";
    public override string DescriptionLabel => "Description (optional)";
    public override string GoalAreaLabel => "Goal (core goal or life domain)";
    public override string NoGoalAreaChoice => "No shared goal (project carousel risk)";
    public override string IndicatorNameLabel => "Indicator";
    public override string IndicatorNamePlaceholder => "e.g. empty homes";
    public override string IndicatorNameRequired => "What do you measure? Fill in the indicator.";
    public override string IndicatorUnitLabel => "Unit";
    public override string IndicatorUnitPlaceholder => "e.g. number, %, euro";
    public override string IndicatorUnitRequired => "Fill in the unit (e.g. number or %).";
    public override string DirectionLabel => "What is better?";
    public override string BaselineValueLabel => "Baseline";
    public override string BaselineDateLabel => "Baseline date";
    public override string TargetValueLabel => "Target";
    public override string TargetDateLabel => "Target date";
    public override string MilestoneValueLabel => "Milestone (optional)";
    public override string MilestoneDateLabel => "Milestone date";
    public override string MilestoneHint => "More milestones? Separate them with a semicolon: 30; 20 and 31-12-2026; 30-6-2027.";
    public override string ProgrammeLabel => "Implementation programme (optional)";
    public override string NoProgrammeChoice => "No implementation programme";
    public override string UnknownProgramme => "This implementation programme is not (or no longer) part of this coalition. Choose another one or leave it empty.";
    public override string ContributionLabel => "How does this contribute to the goal?";
    public override string ContributionPlaceholder => "e.g. Fewer empty homes make the stairwells safer and livelier.";
    public override string NumberPlaceholder => "e.g. 4.6";
    public override string DatePlaceholder => "e.g. 1-3-2027 or 1 March 2027";
    public override string NumberRequired => "Fill in a number, e.g. 42 or 4.6.";
    public override string DateRequired => "Fill in a date, e.g. 1-3-2027.";
    public override string SaveButton => "Save";
    public override string NotANumber => "This is not a number. Write it like 42 or 4.6.";
    public override string NotADate => "I can't read this date. Write it like 1-3-2027 or 1 March 2027 (day first).";
    public override string UnknownChoice => "Choose one of the options.";
    public override string MilestoneIncomplete => "Give every milestone both a value and a date.";
    public override string NoPartners => "There are no partners yet. Add them first with `partner add`.";

    public override string Rule(string code, IReadOnlyList<object> arguments) => code switch
    {
        CommitmentErrors.TitleRequired => TitleRequired,
        CommitmentErrors.TooLong => $"This is too long (at most {Arg(arguments, 0)} characters).",
        CommitmentErrors.IndicatorNameRequired => IndicatorNameRequired,
        CommitmentErrors.IndicatorUnitRequired => IndicatorUnitRequired,
        CommitmentErrors.DirectionRequired => "Choose whether higher or lower is better.",
        CommitmentErrors.TargetDateNotAfterBaseline => $"The target date must be after the baseline ({Arg(arguments, 0)}).",
        CommitmentErrors.TargetNotBetter => arguments.Count > 0 && arguments[0] is Direction.LowerIsBetter
            ? $"Lower is better: the target must be below the baseline ({Arg(arguments, 1)})."
            : $"Higher is better: the target must be above the baseline ({Arg(arguments, 1)}).",
        CommitmentErrors.MilestoneOutsidePeriod => $"A milestone lies between the baseline ({Arg(arguments, 0)}) and the target date ({Arg(arguments, 1)}).",
        CommitmentErrors.MilestoneDuplicateDate => $"Two milestones on the same date ({Arg(arguments, 0)}).",
        CommitmentErrors.MilestoneOutOfOrder => $"Milestones move step by step towards the target ({Arg(arguments, 1)}), not back and not beyond it.",
        CommitmentErrors.ProgressBeforeBaseline => $"That date is before the baseline ({Arg(arguments, 0)}).",
        CommitmentErrors.ProgressInFuture => $"That date is in the future. Report the value of today ({Arg(arguments, 0)}) or earlier.",
        CommitmentErrors.GoalAreaRetired => "This goal was retired. Choose another goal.",
        _ => "This is not right yet.",
    };

    public override string Saved(string code, string partnerName) => $"Commitment **{code}** saved for {partnerName}.";

    public override string SavedRepresentative(string? representativeName, string code) => representativeName is null
        ? $"This partner has no representative yet. Assign one with **role**; they can then report progress with **progress {code}**."
        : $"The representative, {representativeName}, can report progress with **progress {code}**.";

    public override string NoSharedGoalWarning => "⚠ This commitment serves no shared goal. That is how a project carousel starts: better link it to a core goal or life domain.";

    public override string TargetOutsideProgramme(string targetDay, string programme) =>
        $"The target date ({targetDay}) falls outside the period of {programme}. That's fine: a commitment may run longer than an implementation programme.";

    public override string ListTitle(string? filter, int count) => filter is null ? $"Commitments ({count})" : $"Commitments: {filter} ({count})";

    public override string TitleHeader => "Commitment";
    public override string PartnerHeader => "Partner";
    public override string PageOf(int page, int pages) => $"Page {page} of {pages}";
    public override string PreviousButton => "Previous";
    public override string NextButton => "Next";
    public override string NoCommitments => "There are no commitments yet. The procesregisseur records them with `commitment add`.";
    public override string NoCommitmentsFor(string filter) => $"No commitments found for {filter}.";

    public override string UnknownFilter(string input, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"I know no partner, goal or status \"{input}\". Try e.g. `commitments at risk`."
        : $"I know no partner, goal or status \"{input}\". Did you mean {Or(suggestions)}?";

    public override string NoValueYet => "nothing reported";
    public override string NoGoalFlag => "⚠ no goal";

    public override string ShowUsage => "Which commitment? For example `commitment T-17`. See them all with `commitments`.";

    public override string UnknownCommitment(string input, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"I don't know commitment \"{input}\". See them all with `commitments`."
        : $"I don't know commitment \"{input}\". Did you mean {Or(suggestions)}?";

    public override string GoalAreaFact => "Goal";
    public override string IndicatorFact => "Indicator";
    public override string BaselineFact => "Baseline";
    public override string TargetFact => "Target";
    public override string MilestonesFact => "Milestones";
    public override string ProgrammeFact => "Implementation programme";
    public override string ContributionFact => "Contribution to the goal";
    public override string DescriptionFact => "Description";
    public override string StatusFact => "Status";
    public override string ExpectedFact => "Expected at that time";
    public override string NoGoalArea => "⚠ no shared goal (project carousel risk)";
    public override string ProgressHeader => "Progress";
    public override string NoReports => "No progress reported yet.";
    public override string ReportLine(string day, string value, string? reporter) => reporter is null ? $"{day}: **{value}**" : $"{day}: **{value}** ({reporter})";
    public override string EarlierReports(int count) => count == 1 ? "And 1 earlier report." : $"And {count} earlier reports.";
    public override string AuditHeader => "History";

    public override string AuditLine(string moment, string? who, string action, string? field, string? oldValue, string? newValue)
    {
        var by = who is null ? string.Empty : $" by {who}";
        return action switch
        {
            CommitmentAudit.Created => $"{moment}: recorded{by}.",
            CommitmentAudit.ProgressReported => $"{moment}: progress reported{by}: {newValue}.",
            _ => $"{moment}: {field} changed{by}: {oldValue ?? "—"} → {newValue ?? "—"}.",
        };
    }

    public override string EarlierChanges(int count) => count == 1 ? "And 1 earlier change." : $"And {count} earlier changes.";
    public override string ReportProgressButton => "Report progress";
    public override string StaleNote(int days) => $"No progress reported for more than {days} days.";

    public override string ChooseTitle => "Which commitment do you report progress on?";
    public override string NoOwnCommitments => "Your partner has no commitments yet to report progress on.";
    public override string ProgressTitle(string code, string title) => $"Progress {code} — {title}";
    public override string LastValue(string value, string day) => $"Latest value: **{value}** ({day})";
    public override string NoLastValue(string baseline, string day) => $"Nothing reported yet. Baseline: **{baseline}** ({day})";
    public override string NewValueLabel => "New value";
    public override string ProgressDateLabel => "Date";
    public override string CommentLabel => "Comment (optional)";
    public override string CommentPlaceholder => "What is behind it? E.g. two blocks delivered.";
    public override string ReportButton => "Report";
    public override string Reported(string day, string time, string value, string status) => $"✔ Reported on {day} at {time}: **{value}**. Status: *{status}*.";
    public override string ProgressUsage => "Which commitment? For example `progress T-17`.";

    public override string SummaryTitle(string coalitionName) => $"Commitments at a glance — {coalitionName}";

    public override string SummaryTotals(int total, IReadOnlyDictionary<CommitmentStatus, int> counts) =>
        $"{total} {(total == 1 ? "commitment" : "commitments")}: " + string.Join(" · ", Enum.GetValues<CommitmentStatus>().Select(s => $"{counts.GetValueOrDefault(s)} {StatusName(s)}"));

    public override string PerPartnerHeader => "Per partner";
    public override string PerGoalAreaHeader => "Per goal";
    public override string NoGoalHeader(int count) => count == 1 ? "⚠ 1 commitment serves no shared goal" : $"⚠ {count} commitments serve no shared goal";
    public override string NoGoalExplanation => "The source texts warn against a project carousel: link every commitment to a core goal or life domain.";
    public override string MoreRows(int count) => $"And {count} more.";

    public override string OutdatedCard => "This card is out of date. Type the command again to get a new one.";
    public override string SomeoneElse => "someone";

    private static string Arg(IReadOnlyList<object> arguments, int index) => index < arguments.Count ? Show(arguments[index]) : string.Empty;

    private static string Show(object value) => value switch
    {
        LocalDate d => Coalitie.Domain.Parsing.DutchDates.Format(d, english: true),
        decimal n => Coalitie.Domain.Parsing.DutchNumbers.Format(n, english: true),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Or(IReadOnlyList<string> items) =>
        items.Count == 1 ? $"`{items[0]}`" : string.Join(", ", items.Take(items.Count - 1).Select(i => $"`{i}`")) + $" or `{items[^1]}`";
}
