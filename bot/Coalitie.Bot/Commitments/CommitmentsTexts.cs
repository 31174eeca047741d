using Coalitie.Bot.Localization;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Bot.Commitments;

/// <summary>
/// The sentences of the commitments feature, Dutch (informal <i>je</i>) and English. Abstract members must exist in both
/// languages, so a missing sentence does not compile. Card texts use **bold** for commands; chat messages use `code`.
/// </summary>
public abstract class CommitmentsTexts
{
    public abstract Language Language { get; }

    public bool English => Language == Language.En;

    public static CommitmentsTexts For(Language language) => language == Language.En ? EnglishCommitmentsTexts.Instance : DutchCommitmentsTexts.Instance;

    public static CommitmentsTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    public string Date(LocalDate date) => DutchDates.Format(date, English);

    public string Number(decimal value) => DutchNumbers.Format(value, English);

    /// <summary>A programme as the form and the list show it: <c>Uitvoeringsprogramma Zuid (2026–2029)</c>, or <c>(2026)</c> within one year.</summary>
    public static string ProgrammeInYears(string name, LocalDate start, LocalDate end) => start.Year == end.Year
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} ({start.Year})")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} ({start.Year}–{end.Year})");

    /// <summary>A programme with its full period, for the detail card and receipt: <c>… (do 1 jan 2026 – ma 31 dec 2029)</c>.</summary>
    public string ProgrammeWithPeriod(string name, LocalDate start, LocalDate end) => $"{name} ({Date(start)} – {Date(end)})";

    /// <summary><c>42 leegstaande woningen</c>-style: the value with its unit (a % sticks to the number).</summary>
    public string ValueWithUnit(decimal value, string unit) =>
        unit is "%" ? Number(value) + " %" : $"{Number(value)} {unit}";

    // Commands (help card)
    public abstract string AddDescription { get; }
    public abstract string ListDescription { get; }
    public abstract string ShowDescription { get; }
    public abstract string ProgressDescription { get; }
    public abstract string StatusDescription { get; }

    // Names
    public abstract string StatusName(CommitmentStatus status);
    public abstract string DirectionName(Direction direction);
    public abstract string KindName(GoalAreaKind kind);
    public string GoalAreaName(GoalArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return $"{area.Name} ({KindName(area.Kind)})" + (area.IsRetired ? " " + RetiredSuffix : string.Empty);
    }

    public abstract string RetiredSuffix { get; }

    /// <summary>Words a user may type for a status (lower case, accents removed), per status.</summary>
    public abstract IReadOnlyDictionary<string, CommitmentStatus> StatusWords { get; }

    // Add form
    public abstract string FormTitle { get; }
    public abstract string FormIntro { get; }
    public abstract string PartnerLabel { get; }
    public abstract string PartnerRequired { get; }
    public abstract string TitleLabel { get; }
    public abstract string TitlePlaceholder { get; }
    public abstract string TitleRequired { get; }
    public abstract string DescriptionLabel { get; }
    public abstract string GoalAreaLabel { get; }
    public abstract string NoGoalAreaChoice { get; }
    public abstract string IndicatorNameLabel { get; }
    public abstract string IndicatorNamePlaceholder { get; }
    public abstract string IndicatorNameRequired { get; }
    public abstract string IndicatorUnitLabel { get; }
    public abstract string IndicatorUnitPlaceholder { get; }
    public abstract string IndicatorUnitRequired { get; }
    public abstract string DirectionLabel { get; }
    public abstract string BaselineValueLabel { get; }
    public abstract string BaselineDateLabel { get; }
    public abstract string TargetValueLabel { get; }
    public abstract string TargetDateLabel { get; }
    public abstract string MilestoneValueLabel { get; }
    public abstract string MilestoneDateLabel { get; }
    public abstract string MilestoneHint { get; }
    public abstract string ProgrammeLabel { get; }
    public abstract string NoProgrammeChoice { get; }
    public abstract string UnknownProgramme { get; }
    public abstract string ContributionLabel { get; }
    public abstract string ContributionPlaceholder { get; }
    public abstract string NumberPlaceholder { get; }
    public abstract string DatePlaceholder { get; }
    public abstract string NumberRequired { get; }
    public abstract string DateRequired { get; }
    public abstract string SaveButton { get; }
    public abstract string NotANumber { get; }
    public abstract string NotADate { get; }
    public abstract string UnknownChoice { get; }
    public abstract string MilestoneIncomplete { get; }
    public abstract string NoPartners { get; }

    /// <summary>The sentence for a broken domain rule, shown next to its field.</summary>
    public abstract string Rule(string code, IReadOnlyList<object> arguments);

    // Receipt
    public abstract string Saved(string code, string partnerName);
    public abstract string SavedRepresentative(string? representativeName, string code);
    public abstract string NoSharedGoalWarning { get; }

    /// <summary>The kind note when the target date lies outside the linked programme's period (accepted: a commitment may outlive a programme).</summary>
    public abstract string TargetOutsideProgramme(string targetDay, string programme);

    // List
    public abstract string ListTitle(string? filter, int count);
    public abstract string TitleHeader { get; }
    public abstract string PartnerHeader { get; }
    public abstract string PageOf(int page, int pages);
    public abstract string PreviousButton { get; }
    public abstract string NextButton { get; }
    public abstract string NoCommitments { get; }
    public abstract string NoCommitmentsFor(string filter);
    public abstract string UnknownFilter(string input, IReadOnlyList<string> suggestions);
    public abstract string NoValueYet { get; }
    public abstract string NoGoalFlag { get; }

    // Detail
    public abstract string ShowUsage { get; }
    public abstract string UnknownCommitment(string input, IReadOnlyList<string> suggestions);
    public abstract string GoalAreaFact { get; }
    public abstract string IndicatorFact { get; }
    public abstract string BaselineFact { get; }
    public abstract string TargetFact { get; }
    public abstract string MilestonesFact { get; }
    public abstract string ProgrammeFact { get; }
    public abstract string ContributionFact { get; }
    public abstract string DescriptionFact { get; }
    public abstract string StatusFact { get; }
    public abstract string ExpectedFact { get; }
    public abstract string NoGoalArea { get; }
    public abstract string ProgressHeader { get; }
    public abstract string NoReports { get; }
    public abstract string ReportLine(string day, string value, string? reporter);
    public abstract string EarlierReports(int count);
    public abstract string AuditHeader { get; }
    public abstract string AuditLine(string moment, string? who, string action, string? field, string? oldValue, string? newValue);
    public abstract string EarlierChanges(int count);
    public abstract string ReportProgressButton { get; }
    public abstract string StaleNote(int days);

    // Progress
    public abstract string ChooseTitle { get; }
    public abstract string NoOwnCommitments { get; }
    public abstract string ProgressTitle(string code, string title);
    public abstract string LastValue(string value, string day);
    public abstract string NoLastValue(string baseline, string day);
    public abstract string NewValueLabel { get; }
    public abstract string ProgressDateLabel { get; }
    public abstract string CommentLabel { get; }
    public abstract string CommentPlaceholder { get; }
    public abstract string ReportButton { get; }
    public abstract string Reported(string day, string time, string value, string status);
    public abstract string ProgressUsage { get; }

    // Status summary
    public abstract string SummaryTitle(string coalitionName);
    public abstract string SummaryTotals(int total, IReadOnlyDictionary<CommitmentStatus, int> counts);
    public abstract string PerPartnerHeader { get; }
    public abstract string PerGoalAreaHeader { get; }
    public abstract string NoGoalHeader(int count);
    public abstract string NoGoalExplanation { get; }
    public abstract string MoreRows(int count);

    // General
    public abstract string OutdatedCard { get; }
    public abstract string SomeoneElse { get; }
}
