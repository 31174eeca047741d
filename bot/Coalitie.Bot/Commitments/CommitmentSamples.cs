using Coalitie.Bot.Audit;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Contracts;
using Coalitie.Domain.Commitments;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Commitments;

public static partial class CommitmentCards
{
    /// <summary>Every commitments card in every state, with realistic sample data (for <c>./coalitie cards</c> and the validator).</summary>
    public static IReadOnlyList<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = DutchCommitmentsTexts.Instance;
        var en = EnglishCommitmentsTexts.Instance;
        var coalition = Guid.Parse("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c");
        var today = new LocalDate(2026, 12, 15);
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var areas = GoalAreaList.Defaults(coalition, SequentialIds(0x100)).All;
        var wonen = areas.Single(a => a.Kind == GoalAreaKind.Leefveld && a.Name == "Wonen");
        var partners = SamplePartners.Select((name, i) => new FormOption(Guid.Parse($"00000000-0000-4000-8000-00000000000{i + 1}").ToString(), name)).ToList();
        var nlAreas = areas.Select(a => new FormOption(a.Id.ToString(), nl.GoalAreaName(a))).ToList();
        var enAreas = areas.Select(a => new FormOption(a.Id.ToString(), en.GoalAreaName(a))).ToList();
        var programme = new ProgrammeSummary(Guid.Parse("0b0b0b0b-1111-4222-8333-444444444444"), "Uitvoeringsprogramma Havenkwartier", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));
        var portieken = new ProgrammeSummary(Guid.Parse("0c0c0c0c-1111-4222-8333-444444444444"), "Programma Sterke Portieken", new LocalDate(2024, 7, 1), new LocalDate(2027, 6, 30));
        var programmes = new[] { portieken, programme }.Select(p => new FormOption(p.Id.ToString(), CommitmentsTexts.ProgrammeInYears(p.Name, p.Start, p.End))).ToList();

        var leegstand = Commitment.Create(Guid.Parse("11111111-2222-4333-8444-555555555555"), coalition, 17, new CommitmentDraft(
            Guid.Parse(partners[0].Value), "Minder leegstand in de portiekflats", "Leegstaande woningen in de portiekflats aan de Havenstraat opknappen en verhuren.",
            wonen.Id, new Indicator("leegstaande woningen", "aantal", Direction.LowerIsBetter),
            new DatedValue(42, new LocalDate(2026, 1, 1)), new DatedValue(15, new LocalDate(2027, 12, 31)),
            [new DatedValue(30, new LocalDate(2026, 12, 31))], programme.Id,
            "Minder leegstand maakt de portieken veiliger en levendiger; nieuwe bewoners versterken de buurt."), Instant.FromUtc(2026, 1, 12, 9, 30));
        var sander = Guid.Parse("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
        leegstand.ReportProgress(Guid.Parse("10000000-0000-4000-8000-000000000001"), 40, new LocalDate(2026, 4, 1), "Eerste vier woningen opgeknapt.", sander, Instant.FromUtc(2026, 4, 2, 8, 15), today);
        leegstand.ReportProgress(Guid.Parse("10000000-0000-4000-8000-000000000002"), 38, new LocalDate(2026, 10, 1), "Vertraging door de aannemer.", sander, Instant.FromUtc(2026, 10, 3, 14, 5), today);
        var withoutGoal = Commitment.Create(Guid.Parse("22222222-2222-4333-8444-555555555555"), coalition, 18, new CommitmentDraft(
            Guid.Parse(partners[1].Value), "Buurtbarbecue in de zomer", null, null, new Indicator("bezoekers", "aantal", Direction.HigherIsBetter),
            new DatedValue(0, new LocalDate(2026, 1, 1)), new DatedValue(300, new LocalDate(2026, 8, 31)), [], null, null), Instant.FromUtc(2026, 1, 12, 9, 45));

        var rows = SampleRows(nl, 40);
        var failed = FormState.Empty
            .Set(CommitmentFields.Partner, partners[0].Value).Set(CommitmentFields.Title, "Minder leegstand in de portiekflats")
            .Set(CommitmentFields.GoalArea, wonen.Id.ToString()).Set(CommitmentFields.IndicatorName, "leegstaande woningen").Set(CommitmentFields.IndicatorUnit, "aantal")
            .Set(CommitmentFields.Direction, nameof(Direction.LowerIsBetter)).Set(CommitmentFields.BaselineValue, "42").Set(CommitmentFields.BaselineDate, "1-1-2026")
            .Set(CommitmentFields.TargetValue, "15").Set(CommitmentFields.TargetDate, "31-12-2025").Set(CommitmentFields.MilestoneValue, "dertig")
            .Set(CommitmentFields.Programme, "0d0d0d0d-1111-4222-8333-444444444444")
            .AddError(CommitmentFields.TargetDate, nl.Rule(CommitmentErrors.TargetDateNotAfterBaseline, [new LocalDate(2026, 1, 1)]))
            .AddError(CommitmentFields.MilestoneValue, nl.MilestoneIncomplete)
            .AddError(CommitmentFields.Programme, nl.UnknownProgramme);
        var progressFailed = FormState.Empty.Set(CommitmentFields.ProgressValue, "31").Set(CommitmentFields.ProgressDate, "1-12-2025")
            .AddError(CommitmentFields.ProgressDate, nl.Rule(CommitmentErrors.ProgressBeforeBaseline, [new LocalDate(2026, 1, 1)]));
        var audit = new List<AuditEntry>
        {
            new() { CoalitionId = coalition, At = Instant.FromUtc(2026, 1, 12, 9, 30), ActorName = "Fatima El Amrani", EntityType = CommitmentAudit.EntityType, EntityId = leegstand.Id.ToString(), Action = CommitmentAudit.Created, NewValue = "T-17 Minder leegstand in de portiekflats" },
            new() { CoalitionId = coalition, At = Instant.FromUtc(2026, 4, 2, 8, 15), ActorName = "Sander de Vries", EntityType = CommitmentAudit.EntityType, EntityId = leegstand.Id.ToString(), Action = CommitmentAudit.ProgressReported, Field = "value", NewValue = "40 @ 2026-04-01" },
            new() { CoalitionId = coalition, At = Instant.FromUtc(2026, 10, 3, 14, 5), ActorName = "Sander de Vries", EntityType = CommitmentAudit.EntityType, EntityId = leegstand.Id.ToString(), Action = CommitmentAudit.ProgressReported, Field = "value", OldValue = "40 @ 2026-04-01", NewValue = "38 @ 2026-10-01" },
        };
        var rules = CommitmentStatusRules.Default;
        CommitmentDetailView View(Commitment c, IReadOnlyList<AuditEntry>? entries, bool canReport) => new(
            c, c == leegstand ? partners[0].Title : partners[1].Title, c.GoalAreaId is null ? null : wonen, rules.Assess(c, today),
            c.Reports.Select(r => new ReportView(r, "Sander de Vries")).ToList(), entries, zone, rules.StaleAfterDays, canReport,
            c.ProgrammeId == programme.Id ? programme : null);

        var counts = new Dictionary<CommitmentStatus, int> { [CommitmentStatus.OnTrack] = 31, [CommitmentStatus.AtRisk] = 9, [CommitmentStatus.OffTrack] = 5, [CommitmentStatus.Achieved] = 3 };
        var summary = new StatusSummaryView("Wijkaanpak Havenkwartier", counts,
            partners.Select((p, i) => new StatusCounts(p.Title, new Dictionary<CommitmentStatus, int> { [CommitmentStatus.OnTrack] = 7 - i, [CommitmentStatus.AtRisk] = i % 3, [CommitmentStatus.OffTrack] = i % 2 })).ToList(),
            areas.Take(6).Select((a, i) => new StatusCounts(nl.GoalAreaName(a), new Dictionary<CommitmentStatus, int> { [CommitmentStatus.OnTrack] = 5, [CommitmentStatus.AtRisk] = i % 2 })).ToList(),
            [new CommitmentRow(18, withoutGoal.Title, partners[1].Title, CommitmentStatus.OnTrack, null, "aantal", false, null)]);

        var lastReport = leegstand.ReportProgress(Guid.Parse("10000000-0000-4000-8000-000000000003"), 31, today, "Twee flats opgeleverd.", sander, Instant.FromUtc(2026, 12, 15, 9, 42), today);
        return
        [
            ("commitment-add-form.nl", AddForm(nl, FormState.Empty, partners, nlAreas, programmes)),
            ("commitment-add-form.en", AddForm(en, FormState.Empty, partners, enAreas, programmes)),
            ("commitment-add-form-no-programmes.nl", AddForm(nl, FormState.Empty, partners, nlAreas, [])),
            ("commitment-add-form-refused.nl", AddForm(nl, failed, partners, nlAreas, programmes)),
            ("commitment-add-saved.nl", Saved(nl, leegstand, partners[0].Title, "Sander de Vries", programme)),
            ("commitment-add-saved-outside-programme.nl", Saved(nl, leegstand, partners[0].Title, "Sander de Vries", portieken)),
            ("commitment-add-saved-no-goal.nl", Saved(nl, withoutGoal, partners[1].Title, null, null)),
            ("commitment-add-saved.en", Saved(en, leegstand, partners[0].Title, "Sander de Vries", programme)),
            ("commitment-add-saved-outside-programme.en", Saved(en, leegstand, partners[0].Title, "Sander de Vries", portieken)),
            ("commitments-list.nl", List(nl, rows, null, null, 1)),
            ("commitments-list-page2.nl", List(nl, rows, null, null, 2)),
            ("commitments-list-filtered.nl", List(nl, rows.Where(r => r.Status == CommitmentStatus.AtRisk).ToList(), nl.StatusName(CommitmentStatus.AtRisk), "risico", 1)),
            ("commitments-list-empty.nl", List(nl, [], null, null, 1)),
            ("commitments-list.en", List(en, SampleRows(en, 20), null, null, 2)),
            ("commitment-detail.nl", Detail(nl, View(leegstand, audit, canReport: true))),
            ("commitment-detail-observer.nl", Detail(nl, View(leegstand, null, canReport: false))),
            ("commitment-detail-no-goal.nl", Detail(nl, View(withoutGoal, [], canReport: false))),
            ("commitment-detail.en", Detail(en, View(leegstand, audit, canReport: true))),
            ("progress-choose.nl", Choose(nl, rows.Take(4).ToList())),
            ("progress-form.nl", ProgressForm(nl, FormState.Empty, withoutGoal, today)),
            ("progress-form-refused.nl", ProgressForm(nl, progressFailed, leegstand, today)),
            ("progress-form.en", ProgressForm(en, FormState.Empty, leegstand, today)),
            ("progress-receipt.nl", ProgressReceipt(nl, leegstand, lastReport, rules.StatusOf(leegstand, today), zone)),
            ("progress-receipt.en", ProgressReceipt(en, leegstand, lastReport, rules.StatusOf(leegstand, today), zone)),
            ("status-summary.nl", Summary(nl, summary)),
            ("status-summary.en", Summary(en, summary)),
            ("status-summary-empty.nl", Summary(nl, new StatusSummaryView("Wijkaanpak Havenkwartier", new Dictionary<CommitmentStatus, int>(), [], [], []))),
        ];
    }

    private static readonly string[] SamplePartners = ["Woonpartners Zuid", "Gemeente Havenstad", "Politie Eenheid Havenstad", "Stichting Scholen Zuid", "Burgerpanel Havenkwartier"];

    private static List<CommitmentRow> SampleRows(CommitmentsTexts t, int count)
    {
        string[] titles = ["Minder leegstand in de portiekflats", "Tien extra lesuren per week", "Minder voortijdig schoolverlaters", "Meer jongeren aan het werk", "Minder overlastmeldingen rond het winkelplein", "Schuldhulp binnen twee weken"];
        string[] partnerNames = ["Woonpartners Zuid", "Stichting Scholen Zuid", "Gemeente Havenstad", "Politie Eenheid Havenstad"];
        var statuses = Enum.GetValues<CommitmentStatus>();
        return Enumerable.Range(1, count)
            .Select(i => new CommitmentRow(i, titles[i % titles.Length], partnerNames[i % partnerNames.Length], statuses[i % statuses.Length], i % 4 == 0 ? null : 40m - (i % 7) + 0.5m, t.English ? "number" : "aantal", i % 9 != 0,
                i % 3 == 0 ? null : CommitmentsTexts.ProgrammeInYears("Uitvoeringsprogramma Havenkwartier", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31))))
            .ToList();
    }

    private static Func<Guid> SequentialIds(int start)
    {
        var next = start;
        return () => Guid.Parse($"00000000-0000-4000-8000-{next++:x12}");
    }
}
