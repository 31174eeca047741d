using System.Globalization;
using System.Text.RegularExpressions;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Contracts;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Cards;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Commitments;

/// <summary>A partner or goal area as the form offers it.</summary>
public sealed record FormOption(string Value, string Title);

/// <summary>One line of the list: what is needed to show a commitment briefly.</summary>
/// <param name="Programme">The linked implementation programme as "name (2026–2029)", or null.</param>
public sealed record CommitmentRow(int Number, string Title, string PartnerName, CommitmentStatus Status, decimal? LatestValue, string Unit, bool ServesSharedGoal, string? Programme)
{
    public string Code => CommitmentNumber.Format(Number);
}

/// <summary>A progress report with its reporter's name (null when unknown).</summary>
public sealed record ReportView(ProgressReport Report, string? ReporterName);

/// <summary>Everything the detail card shows.</summary>
public sealed record CommitmentDetailView(
    Commitment Commitment,
    string PartnerName,
    GoalArea? GoalArea,
    CommitmentAssessment Assessment,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyList<AuditEntry>? Audit,
    DateTimeZone Zone,
    int StaleAfterDays,
    bool CanReport,
    ProgrammeSummary? Programme);

/// <summary>Counts per status for one partner or goal area.</summary>
public sealed record StatusCounts(string Name, IReadOnlyDictionary<CommitmentStatus, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>The status summary: totals, per partner, per goal area, and the commitments that serve no shared goal.</summary>
public sealed record StatusSummaryView(
    string CoalitionName,
    IReadOnlyDictionary<CommitmentStatus, int> Totals,
    IReadOnlyList<StatusCounts> PerPartner,
    IReadOnlyList<StatusCounts> PerGoalArea,
    IReadOnlyList<CommitmentRow> WithoutGoal);

/// <summary>
/// The cards of the commitments feature: the add form (and its receipt), the paged list, the detail card with progress
/// and audit history, the progress chooser, form and receipt, and the status summary. Every card stays under 28 KB: lists
/// page (15 rows), histories show the latest entries, long texts are shortened.
/// </summary>
public static partial class CommitmentCards
{
    public const int PageSize = 15;
    public const int MaxReportsShown = 10;
    public const int MaxAuditShown = 12;
    public const int MaxSummaryRows = 25;
    public const int MaxChoices = 100;
    private const int ClipComment = 300;
    private const int ClipAuditValue = 120;
    private const int ClipProgrammeInList = 60;

    /// <summary>The programme choice for "no implementation programme".</summary>
    public const string NoProgrammeValue = "none";

    // ---- Add form ----

    /// <param name="t">Texts.</param>
    /// <param name="state">The user's input and the errors per field.</param>
    /// <param name="partners">The partners to choose from.</param>
    /// <param name="goalAreas">The goal areas in use.</param>
    /// <param name="programmes">The coalition's implementation programmes ("name (2026–2029)"); without any the field is left out.</param>
    public static AdaptiveCard AddForm(CommitmentsTexts t, FormState state, IReadOnlyList<FormOption> partners, IReadOnlyList<FormOption> goalAreas, IReadOnlyList<FormOption> programmes)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(goalAreas);
        ArgumentNullException.ThrowIfNull(programmes);
        var body = new List<CardElement>
        {
            Heading(t.FormTitle),
            new TextBlock { Text = t.FormIntro, Wrap = true, IsSubtle = true },
        };
        body.AddRange(FormFields.Choice(state, CommitmentFields.Partner, t.PartnerLabel, partners.Select(p => new Choice(p.Title, p.Value)), required: true, requiredMessage: t.PartnerRequired));
        body.AddRange(FormFields.Text(state, CommitmentFields.Title, t.TitleLabel, required: true, requiredMessage: t.TitleRequired, placeholder: t.TitlePlaceholder, maxLength: CommitmentDraft.MaxTitleLength));
        body.AddRange(FormFields.Text(state, CommitmentFields.Description, t.DescriptionLabel, maxLength: CommitmentDraft.MaxDescriptionLength, multiline: true));
        body.AddRange(FormFields.Choice(state, CommitmentFields.GoalArea, t.GoalAreaLabel,
            goalAreas.Select(a => new Choice(a.Title, a.Value)).Append(new Choice(t.NoGoalAreaChoice, NoGoalValue)), required: true, requiredMessage: t.UnknownChoice));
        body.Add(Pair(
            FormFields.Text(state, CommitmentFields.IndicatorName, t.IndicatorNameLabel, required: true, requiredMessage: t.IndicatorNameRequired, placeholder: t.IndicatorNamePlaceholder, maxLength: Indicator.MaxNameLength),
            FormFields.Text(state, CommitmentFields.IndicatorUnit, t.IndicatorUnitLabel, required: true, requiredMessage: t.IndicatorUnitRequired, placeholder: t.IndicatorUnitPlaceholder, maxLength: Indicator.MaxUnitLength)));
        body.AddRange(FormFields.Choice(state, CommitmentFields.Direction, t.DirectionLabel,
            [new Choice(t.DirectionName(Direction.HigherIsBetter), nameof(Direction.HigherIsBetter)), new Choice(t.DirectionName(Direction.LowerIsBetter), nameof(Direction.LowerIsBetter))],
            required: true, requiredMessage: t.UnknownChoice, defaultValue: nameof(Direction.HigherIsBetter), expanded: true));
        body.Add(Pair(NumberField(t, state, CommitmentFields.BaselineValue, t.BaselineValueLabel, true), DateField(t, state, CommitmentFields.BaselineDate, t.BaselineDateLabel, true)));
        body.Add(Pair(NumberField(t, state, CommitmentFields.TargetValue, t.TargetValueLabel, true), DateField(t, state, CommitmentFields.TargetDate, t.TargetDateLabel, true)));
        body.Add(Pair(NumberField(t, state, CommitmentFields.MilestoneValue, t.MilestoneValueLabel, false), DateField(t, state, CommitmentFields.MilestoneDate, t.MilestoneDateLabel, false)));
        body.Add(new TextBlock { Text = t.MilestoneHint, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });

        // Optional and only offered when the contract has programmes; a refused choice still shows, with its error.
        if (programmes.Count > 0 || state.ErrorFor(CommitmentFields.Programme) is not null)
        {
            body.AddRange(FormFields.Choice(state, CommitmentFields.Programme, t.ProgrammeLabel,
                programmes.Take(MaxChoices).Select(p => new Choice(p.Title, p.Value)).Append(new Choice(t.NoProgrammeChoice, NoProgrammeValue)),
                placeholder: t.NoProgrammeChoice));
        }

        body.AddRange(FormFields.Text(state, CommitmentFields.Contribution, t.ContributionLabel, placeholder: t.ContributionPlaceholder, maxLength: CommitmentDraft.MaxContributionLength, multiline: true));

        return new AdaptiveCard
        {
            FallbackText = t.FormTitle,
            Body = body,
            Actions = [Execute(t.SaveButton, CommitmentVerbs.AddSubmit, new CommitmentFormData(CommitmentVerbs.Version), new CommitmentFormData(CommitmentVerbs.Version, CommitmentVerbs.AddSubmit), primary: true)],
        };
    }

    /// <summary>The goal-area choice for "serves no shared goal".</summary>
    public const string NoGoalValue = "none";

    /// <param name="t">Texts.</param>
    /// <param name="commitment">The saved commitment.</param>
    /// <param name="partnerName">Its partner.</param>
    /// <param name="representativeName">The partner's representative, if any.</param>
    /// <param name="programme">The linked implementation programme, if any.</param>
    public static AdaptiveCard Saved(CommitmentsTexts t, Commitment commitment, string partnerName, string? representativeName, ProgrammeSummary? programme)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(commitment);
        var facts = new List<Fact>
        {
            new(t.IndicatorFact, $"{commitment.Indicator.Name} ({commitment.Indicator.Unit}, {t.DirectionName(commitment.Indicator.Direction)})"),
            new(t.BaselineFact, Dated(t, commitment.Baseline, commitment.Indicator.Unit)),
            new(t.TargetFact, Dated(t, commitment.Target, commitment.Indicator.Unit)),
        };
        if (programme is not null)
        {
            facts.Add(new(t.ProgrammeFact, t.ProgrammeWithPeriod(programme.Name, programme.Start, programme.End)));
        }

        var body = new List<CardElement>
        {
            new TextBlock { Text = "✔ " + t.Saved(commitment.Code, partnerName), Wrap = true, Weight = TextWeight.Bolder },
            new TextBlock { Text = commitment.Title, Wrap = true },
            new FactSet { Facts = facts },
        };
        if (programme is not null && !programme.RunsOn(commitment.Target.Date))
        {
            body.Add(new TextBlock
            {
                Text = "ℹ " + t.TargetOutsideProgramme(t.Date(commitment.Target.Date), t.ProgrammeWithPeriod(programme.Name, programme.Start, programme.End)),
                Wrap = true,
                IsSubtle = true,
                Size = TextSize.Small,
                Spacing = Spacing.None,
            });
        }

        body.Add(new TextBlock { Text = t.SavedRepresentative(representativeName, commitment.Code), Wrap = true, IsSubtle = true });
        if (!commitment.ServesSharedGoal)
        {
            body.Add(new TextBlock { Text = t.NoSharedGoalWarning, Wrap = true, Color = TextColor.Warning });
        }

        return new AdaptiveCard
        {
            FallbackText = t.Saved(commitment.Code, partnerName),
            Body = body,
            Actions = [Execute(commitment.Code, CommitmentVerbs.Show, new CommitmentRefData(CommitmentVerbs.Version, commitment.Number),
                new CommitmentRefData(CommitmentVerbs.Version, commitment.Number, CommitmentVerbs.Show))],
        };
    }

    // ---- List ----

    /// <param name="t">Texts.</param>
    /// <param name="rows">All rows that match the filter (the card shows one page).</param>
    /// <param name="filterLabel">How the filter is named in the title (null: no filter).</param>
    /// <param name="filterInput">The filter as typed, carried by the page buttons.</param>
    /// <param name="page">The page to show, from 1 (clamped).</param>
    public static AdaptiveCard List(CommitmentsTexts t, IReadOnlyList<CommitmentRow> rows, string? filterLabel, string? filterInput, int page)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(rows);
        var pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var body = new List<CardElement> { Heading(t.ListTitle(filterLabel, rows.Count)) };
        if (rows.Count == 0)
        {
            body.Add(new TextBlock { Text = filterLabel is null ? Bold(t.NoCommitments) : t.NoCommitmentsFor(filterLabel), Wrap = true });
        }

        // One compact container per commitment (tapping it opens the detail card): a table nests too deep to stay
        // small with long titles.
        foreach (var row in rows.Skip((page - 1) * PageSize).Take(PageSize))
        {
            var details = new List<TextRun>
            {
                new() { Text = $"{row.PartnerName} · ", IsSubtle = true, Size = TextSize.Small },
                new() { Text = t.StatusName(row.Status), Weight = TextWeight.Bolder, Color = StatusColor(row.Status), Size = TextSize.Small },
                new() { Text = " · " + (row.LatestValue is { } v ? t.ValueWithUnit(v, row.Unit) : t.NoValueYet), IsSubtle = true, Size = TextSize.Small },
            };
            if (row.Programme is { } programme)
            {
                details.Add(new TextRun { Text = " · " + Clip(programme, ClipProgrammeInList), IsSubtle = true, Size = TextSize.Small });
            }

            if (!row.ServesSharedGoal)
            {
                details.Add(new TextRun { Text = " · " + t.NoGoalFlag, Color = TextColor.Warning, Size = TextSize.Small });
            }

            body.Add(new Container
            {
                Separator = true,
                SelectAction = new ExecuteAction { Verb = CommitmentVerbs.Show, Data = new CommitmentRefData(CommitmentVerbs.Version, row.Number) },
                Items =
                [
                    new TextBlock { Text = $"**{row.Code}** {row.Title}", Wrap = true },
                    new RichTextBlock { Inlines = details, Spacing = Spacing.None },
                ],
            });
        }

        List<CardAction>? actions = null;
        if (pages > 1)
        {
            body.Add(new TextBlock { Text = t.PageOf(page, pages), IsSubtle = true, Size = TextSize.Small, HorizontalAlignment = HorizontalAlignment.Right });
            actions = [];
            if (page > 1)
            {
                actions.Add(Execute(t.PreviousButton, CommitmentVerbs.ListPage, new ListPageData(CommitmentVerbs.Version, filterInput, page - 1),
                    new ListPageData(CommitmentVerbs.Version, filterInput, page - 1, CommitmentVerbs.ListPage)));
            }

            if (page < pages)
            {
                actions.Add(Execute(t.NextButton, CommitmentVerbs.ListPage, new ListPageData(CommitmentVerbs.Version, filterInput, page + 1),
                    new ListPageData(CommitmentVerbs.Version, filterInput, page + 1, CommitmentVerbs.ListPage)));
            }
        }

        return new AdaptiveCard { FallbackText = t.ListTitle(filterLabel, rows.Count), MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full }, Body = body, Actions = actions };
    }

    // ---- Detail ----

    public static AdaptiveCard Detail(CommitmentsTexts t, CommitmentDetailView view)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Commitment;
        var unit = c.Indicator.Unit;
        var facts = new List<Fact>
        {
            new(t.PartnerHeader, view.PartnerName),
            new(t.GoalAreaFact, view.GoalArea is null ? t.NoGoalArea : t.GoalAreaName(view.GoalArea)),
            new(t.IndicatorFact, $"{c.Indicator.Name} ({unit}, {t.DirectionName(c.Indicator.Direction)})"),
            new(t.BaselineFact, Dated(t, c.Baseline, unit)),
            new(t.TargetFact, Dated(t, c.Target, unit)),
        };
        if (c.Milestones.Count > 0)
        {
            facts.Add(new(t.MilestonesFact, string.Join("; ", c.Milestones.Select(m => Dated(t, m, unit)))));
        }

        if (view.Programme is { } programme)
        {
            facts.Add(new(t.ProgrammeFact, t.ProgrammeWithPeriod(programme.Name, programme.Start, programme.End)));
        }

        var status = t.StatusName(view.Assessment.Status);
        if (view.Assessment.ExpectedValue is { } expected && c.Reports.Count > 0)
        {
            facts.Add(new(t.ExpectedFact, $"{t.ValueWithUnit(Math.Round(expected, 1), unit)} ({t.Date(view.Assessment.LatestDate)})"));
        }

        var body = new List<CardElement>
        {
            Heading($"{c.Code} — {c.Title}"),
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Auto, Items = [new TextBlock { Text = t.StatusFact + ":", Weight = TextWeight.Bolder }] },
                    new Column { Width = ColumnWidth.Stretch, Items = [StatusText(t, view.Assessment.Status)] },
                ],
            },
        };
        if (view.Assessment.IsStale && view.Assessment.Status is not (CommitmentStatus.Achieved or CommitmentStatus.Missed))
        {
            body.Add(new TextBlock { Text = t.StaleNote(view.StaleAfterDays), Wrap = true, Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None });
        }

        body.Add(new FactSet { Facts = facts });
        if (c.Description is { } description)
        {
            body.Add(new TextBlock { Text = Clip(description, 600), Wrap = true });
        }

        if (c.Contribution is { } contribution)
        {
            body.Add(new TextBlock { Text = t.ContributionFact, Weight = TextWeight.Bolder, Wrap = true });
            body.Add(new TextBlock { Text = Clip(contribution, 600), Wrap = true, Spacing = Spacing.None });
        }

        body.Add(SectionHeading(t.ProgressHeader));
        var reports = view.Reports.OrderByDescending(r => r.Report.Date).ThenByDescending(r => r.Report.ReportedAt).ToList();
        if (reports.Count == 0)
        {
            body.Add(new TextBlock { Text = t.NoReports, Wrap = true, IsSubtle = true });
        }

        foreach (var r in reports.Take(MaxReportsShown))
        {
            body.Add(new TextBlock { Text = t.ReportLine(t.Date(r.Report.Date), t.ValueWithUnit(r.Report.Value, unit), r.ReporterName), Wrap = true, Spacing = Spacing.Small });
            if (r.Report.Comment is { } comment)
            {
                body.Add(new TextBlock { Text = Clip(comment, ClipComment), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        if (reports.Count > MaxReportsShown)
        {
            body.Add(new TextBlock { Text = t.EarlierReports(reports.Count - MaxReportsShown), IsSubtle = true, Size = TextSize.Small, Wrap = true });
        }

        if (view.Audit is { } audit)
        {
            body.Add(SectionHeading(t.AuditHeader));
            foreach (var entry in audit.Reverse().Take(MaxAuditShown))
            {
                var at = entry.At.InZone(view.Zone);
                var when = $"{t.Date(at.Date)} {at.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}";
                body.Add(new TextBlock
                {
                    Text = t.AuditLine(when, entry.ActorName, entry.Action, entry.Field, AuditValue(t, entry.OldValue), AuditValue(t, entry.NewValue)),
                    Wrap = true,
                    Size = TextSize.Small,
                    Spacing = Spacing.None,
                });
            }

            if (audit.Count > MaxAuditShown)
            {
                body.Add(new TextBlock { Text = t.EarlierChanges(audit.Count - MaxAuditShown), IsSubtle = true, Size = TextSize.Small, Wrap = true });
            }
        }

        return new AdaptiveCard
        {
            FallbackText = $"{c.Code} — {c.Title}: {status}",
            Body = body,
            Actions = view.CanReport
                ? [Execute(t.ReportProgressButton, CommitmentVerbs.ProgressOpen, new CommitmentRefData(CommitmentVerbs.Version, c.Number),
                    new CommitmentRefData(CommitmentVerbs.Version, c.Number, CommitmentVerbs.ProgressOpen), primary: true)]
                : null,
        };
    }

    // ---- Progress ----

    public static AdaptiveCard Choose(CommitmentsTexts t, IReadOnlyList<CommitmentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(rows);
        var choices = rows.Take(MaxChoices).Select(r => new Choice(Clip($"{r.Code} — {r.Title} ({t.StatusName(r.Status)})", 90), r.Number.ToString(CultureInfo.InvariantCulture))).ToList();
        return new AdaptiveCard
        {
            FallbackText = t.ChooseTitle,
            Body =
            [
                Heading(t.ChooseTitle),
                new ChoiceSetInput
                {
                    Id = "number",
                    Label = t.TitleHeader,
                    IsRequired = true,
                    ErrorMessage = t.UnknownChoice,
                    Choices = choices,
                    Style = ChoiceInputStyle.Compact,
                    Value = choices.Count == 1 ? choices[0].Value : null,
                },
            ],
            Actions = [Execute(t.ReportProgressButton, CommitmentVerbs.ProgressOpen, new CommitmentFormData(CommitmentVerbs.Version),
                new CommitmentFormData(CommitmentVerbs.Version, CommitmentVerbs.ProgressOpen), primary: true)],
        };
    }

    public static AdaptiveCard ProgressForm(CommitmentsTexts t, FormState state, Commitment commitment, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(commitment);
        var unit = commitment.Indicator.Unit;
        var latest = commitment.LatestReport;
        var body = new List<CardElement>
        {
            Heading(t.ProgressTitle(commitment.Code, commitment.Title)),
            new TextBlock
            {
                Text = latest is null
                    ? t.NoLastValue(t.ValueWithUnit(commitment.Baseline.Value, unit), t.Date(commitment.Baseline.Date))
                    : t.LastValue(t.ValueWithUnit(latest.Value, unit), t.Date(latest.Date)),
                Wrap = true,
            },
            new TextBlock { Text = $"{t.TargetFact}: {Dated(t, commitment.Target, unit)}", Wrap = true, IsSubtle = true, Spacing = Spacing.None },
            Pair(
                FormFields.Text(state, CommitmentFields.ProgressValue, $"{t.NewValueLabel} ({unit})", required: true, requiredMessage: t.NumberRequired, placeholder: t.NumberPlaceholder, maxLength: 40),
                FormFields.Text(state, CommitmentFields.ProgressDate, t.ProgressDateLabel, required: true, requiredMessage: t.DateRequired, placeholder: t.DatePlaceholder, maxLength: 40, defaultValue: DutchDates.FormatInput(today))),
        };
        body.AddRange(FormFields.Text(state, CommitmentFields.ProgressComment, t.CommentLabel, placeholder: t.CommentPlaceholder, maxLength: ProgressReport.MaxCommentLength, multiline: true));
        return new AdaptiveCard
        {
            FallbackText = t.ProgressTitle(commitment.Code, commitment.Title),
            Body = body,
            Actions = [Execute(t.ReportButton, CommitmentVerbs.ProgressSubmit, new CommitmentRefData(CommitmentVerbs.Version, commitment.Number),
                new CommitmentRefData(CommitmentVerbs.Version, commitment.Number, CommitmentVerbs.ProgressSubmit), primary: true)],
        };
    }

    public static AdaptiveCard ProgressReceipt(CommitmentsTexts t, Commitment commitment, ProgressReport report, CommitmentStatus status, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(zone);
        var at = report.ReportedAt.InZone(zone);
        var line = t.Reported(t.Date(at.Date), at.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture), t.ValueWithUnit(report.Value, commitment.Indicator.Unit), t.StatusName(status));
        var body = new List<CardElement>
        {
            Heading(t.ProgressTitle(commitment.Code, commitment.Title)),
            new TextBlock { Text = line, Wrap = true },
        };
        if (report.Date != at.Date)
        {
            body.Add(new TextBlock { Text = $"{t.ProgressDateLabel}: {t.Date(report.Date)}", Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        }

        if (report.Comment is { } comment)
        {
            body.Add(new TextBlock { Text = Clip(comment, ClipComment), Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard
        {
            FallbackText = line,
            Body = body,
            Actions = [Execute(commitment.Code, CommitmentVerbs.Show, new CommitmentRefData(CommitmentVerbs.Version, commitment.Number),
                new CommitmentRefData(CommitmentVerbs.Version, commitment.Number, CommitmentVerbs.Show))],
        };
    }

    // ---- Status summary ----

    public static AdaptiveCard Summary(CommitmentsTexts t, StatusSummaryView view)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(view);
        var total = view.Totals.Values.Sum();
        var body = new List<CardElement>
        {
            Heading(t.SummaryTitle(view.CoalitionName)),
            new TextBlock { Text = t.SummaryTotals(total, view.Totals), Wrap = true, Weight = TextWeight.Bolder },
        };
        if (total == 0)
        {
            body.Add(new TextBlock { Text = Bold(t.NoCommitments), Wrap = true });
            return new AdaptiveCard { FallbackText = t.SummaryTitle(view.CoalitionName), Body = body };
        }

        body.Add(SectionHeading(t.PerPartnerHeader));
        body.Add(CountsTable(t, view.PerPartner));
        if (view.PerPartner.Count > MaxSummaryRows)
        {
            body.Add(new TextBlock { Text = t.MoreRows(view.PerPartner.Count - MaxSummaryRows), IsSubtle = true, Size = TextSize.Small });
        }

        body.Add(SectionHeading(t.PerGoalAreaHeader));
        body.Add(CountsTable(t, view.PerGoalArea));
        if (view.PerGoalArea.Count > MaxSummaryRows)
        {
            body.Add(new TextBlock { Text = t.MoreRows(view.PerGoalArea.Count - MaxSummaryRows), IsSubtle = true, Size = TextSize.Small });
        }

        if (view.WithoutGoal.Count > 0)
        {
            body.Add(new TextBlock { Text = t.NoGoalHeader(view.WithoutGoal.Count), Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Warning, Separator = true });
            body.Add(new TextBlock { Text = t.NoGoalExplanation, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            foreach (var row in view.WithoutGoal.Take(10))
            {
                body.Add(new TextBlock { Text = $"{row.Code} — {Clip(row.Title, 80)} ({row.PartnerName})", Wrap = true, Size = TextSize.Small, Spacing = Spacing.None });
            }

            if (view.WithoutGoal.Count > 10)
            {
                body.Add(new TextBlock { Text = t.MoreRows(view.WithoutGoal.Count - 10), IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        return new AdaptiveCard { FallbackText = t.SummaryTotals(total, view.Totals), MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full }, Body = body };
    }

    // ---- Helpers ----

    internal static string Dated(CommitmentsTexts t, DatedValue value, string unit) => $"{t.ValueWithUnit(value.Value, unit)} ({t.Date(value.Date)})";

    internal static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    /// <summary>An audit value: <c>31 @ 2026-12-15</c> (invariant, as stored) is shown as <c>31 (di 15 dec 2026)</c>; long values are shortened.</summary>
    internal static string? AuditValue(CommitmentsTexts t, string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        var match = StoredDatedValue().Match(stored);
        if (match.Success && decimal.TryParse(match.Groups["v"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) &&
            LocalDatePattern.Iso.Parse(match.Groups["d"].Value) is { Success: true } date)
        {
            return $"{t.Number(value)} ({t.Date(date.Value)})";
        }

        return Clip(stored, ClipAuditValue);
    }

    private static TextBlock Heading(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true };

    private static TextBlock SectionHeading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    private static TableCell HeaderCell(string text) => new() { Items = [new TextBlock { Text = text, Weight = TextWeight.Bolder, Wrap = true }] };

    private static TextBlock StatusText(CommitmentsTexts t, CommitmentStatus status) => new()
    {
        Text = t.StatusName(status),
        Wrap = true,
        Weight = TextWeight.Bolder,
        Color = StatusColor(status),
    };

    private static TextColor StatusColor(CommitmentStatus status) => status switch
    {
        CommitmentStatus.OnTrack or CommitmentStatus.Achieved => TextColor.Good,
        CommitmentStatus.AtRisk => TextColor.Warning,
        _ => TextColor.Attention,
    };

    /// <summary>One fact per partner or goal area: only the statuses it has, e.g. "7 op koers · 1 risico" (flat, so it stays small).</summary>
    private static FactSet CountsTable(CommitmentsTexts t, IReadOnlyList<StatusCounts> rows) => new()
    {
        Facts = rows.Take(MaxSummaryRows)
            .Select(row => new Fact(
                Clip(row.Name, 60),
                string.Join(" · ", Enum.GetValues<CommitmentStatus>().Where(s => row.Counts.GetValueOrDefault(s) > 0)
                    .Select(s => $"{row.Counts[s].ToString(CultureInfo.InvariantCulture)} {t.StatusName(s)}"))))
            .ToList(),
    };

    private static ColumnSet Pair(IEnumerable<CardElement> left, IEnumerable<CardElement> right) => new()
    {
        Columns =
        [
            new Column { Width = ColumnWidth.Stretch, Items = [.. left] },
            new Column { Width = ColumnWidth.Stretch, Items = [.. right] },
        ],
    };

    private static IEnumerable<CardElement> NumberField(CommitmentsTexts t, FormState state, string id, string label, bool required) =>
        FormFields.Text(state, id, label, required: required, requiredMessage: t.NumberRequired, placeholder: t.NumberPlaceholder, maxLength: 200);

    private static IEnumerable<CardElement> DateField(CommitmentsTexts t, FormState state, string id, string label, bool required) =>
        FormFields.Text(state, id, label, required: required, requiredMessage: t.DateRequired, placeholder: t.DatePlaceholder, maxLength: 200);

    private static ExecuteAction Execute(string title, string verb, object data, object legacyData, bool primary = false) => new()
    {
        Title = title,
        Verb = verb,
        Data = data,
        Style = primary ? ActionStyle.Positive : null,
        Fallback = new SubmitAction { Title = title, Data = legacyData },
    };

    /// <summary>Chat texts use `code`; cards show commands in bold.</summary>
    private static string Bold(string chatText) => CodeSpan().Replace(chatText, "**$1**");

    [GeneratedRegex("`([^`]+)`", RegexOptions.None, 100)]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^(?<v>-?\d+(\.\d+)?) @ (?<d>\d{4}-\d{2}-\d{2})$", RegexOptions.None, 100)]
    private static partial Regex StoredDatedValue();
}
