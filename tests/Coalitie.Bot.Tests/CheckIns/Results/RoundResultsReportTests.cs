using Coalitie.Bot.CheckIns.Results;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using NodaTime;
using static Coalitie.Bot.Tests.CheckIns.Results.HandMadeRounds;

namespace Coalitie.Bot.Tests.CheckIns.Results;

/// <summary>
/// The report builder against values worked out by hand from <see cref="HandMadeRounds.Current"/> (scores per
/// respondent r1–r4; r5 answered "weet niet" to everything; r6 did not answer):
/// a 4 4 3 5 · b 3 3 3 3 · c 2 3 2 2 · d 4 5 4 – · e 1 2 2 3 · f 3 4 4 4 · g 2 2 1 2 · h 5 4 4 3 · i 3 2 4 3.
/// </summary>
public sealed class RoundResultsReportTests
{
    private static RoundResultsReport Report(CheckInRound? current = null, params CheckInRound[] earlier) =>
        RoundResultsReport.Build(current ?? Current(), earlier, PartnerNames, StuckSignalOptions.Default);

    [Fact]
    public void Response_counts_requests_as_invited_and_only_people_with_a_scale_answer_as_respondents()
    {
        var report = Report();

        Assert.Equal(6, report.Results.Invited);
        Assert.Equal(4, report.Results.Respondents);
        Assert.Equal(4m / 6m, report.Results.ResponseRate);
        Assert.Equal(66.7m, report.Results.ResponseRatePercentForDisplay);
        Assert.Equal("67 %", ResultsTexts.For(Coalitie.Bot.Localization.Language.Nl).Percent(report.Results.ResponseRate));
    }

    [Fact]
    public void Means_medians_weet_niet_and_distribution_per_factor_match_the_hand_computed_values()
    {
        var report = Report();

        Assert.Equal(4m, report.Factor('a').Mean);
        Assert.Equal(4m, report.Factor('a').Median);
        Assert.Equal(1, report.Factor('a').DontKnow);
        Assert.Equal([0, 0, 1, 2, 1], report.Factor('a').Distribution.Select(d => d.Count));
        Assert.Equal(2.25m, report.Factor('c').Mean);
        Assert.Equal(2.3m, report.Factor('c').MeanForDisplay);
        Assert.Equal(2m, report.Factor('c').Median);
        Assert.Equal(3, report.Factor('d').Answers);
        Assert.Equal(2, report.Factor('d').DontKnow);
        Assert.Equal(13m / 3m, report.Factor('d').Mean);
        Assert.Equal(3.75m, report.Factor('f').Mean);
        Assert.Equal(1.75m, report.Factor('g').Mean);
        Assert.Equal(2m, report.Factor('g').Median);
        Assert.Equal(3m, report.Factor('i').Mean);
        Assert.Equal(['g', 'e', 'c'], report.Trend.Weakest);
    }

    [Fact]
    public void The_trend_compares_with_the_latest_earlier_round_of_the_same_coalition_and_sub_network()
    {
        var previous = Previous();
        var report = Report(
            Current(),
            BeforePrevious(),
            previous,
            Elsewhere(OtherCoalition),
            Elsewhere(CoalitionId, SubNetwork.Of("Jeugd", [PartnerA])));

        Assert.Equal(previous.Id, report.Trend.PreviousRoundId);
        Assert.Equal("P2", report.PreviousRoundName);
        Assert.Equal(-0.75m, report.Trend.Factor('g').Difference);
        Assert.Equal(TrendDirection.Down, report.Trend.Factor('g').Direction);
        Assert.Equal(0.25m, report.Trend.Factor('c').Difference);
        Assert.Equal(TrendDirection.Up, report.Trend.Factor('c').Direction);
        Assert.Equal(TrendDirection.Same, report.Trend.Factor('b').Direction);
        Assert.Equal(TrendDirection.Same, report.Trend.Factor('e').Direction);
        Assert.Equal(1m, report.Trend.Factor('a').Difference);
    }

    [Fact]
    public void Signals_flag_the_factors_below_two_and_a_half_and_g_falling_two_rounds_in_a_row()
    {
        var report = Report(Current(), Previous(), BeforePrevious());

        Assert.Equal(
            [('c', StuckSignalKind.BelowThreshold), ('e', StuckSignalKind.BelowThreshold), ('g', StuckSignalKind.BelowThreshold), ('g', StuckSignalKind.DroppedTwice)],
            report.Signals.Select(s => (s.Factor, s.Kind)));
        var twice = report.Signals.Single(s => s.Kind == StuckSignalKind.DroppedTwice);
        Assert.Equal(1.75m, twice.Current);
        Assert.Equal(2.5m, twice.Previous);
        Assert.Equal(3m, twice.BeforePrevious);
        Assert.Equal(0.5m, twice.Limit);
        Assert.Equal(2.5m, report.WeakBelow);
    }

    [Fact]
    public void A_first_round_has_no_previous_round_no_trend_and_no_drop_signal()
    {
        var report = Report();

        Assert.Null(report.Trend.PreviousRoundId);
        Assert.Null(report.PreviousRoundName);
        Assert.All(report.Trend.Factors, f => Assert.Equal(TrendDirection.NotComparable, f.Direction));
        Assert.DoesNotContain(report.Signals, s => s.Kind != StuckSignalKind.BelowThreshold);
    }

    [Fact]
    public void A_partner_and_a_domain_with_two_respondents_are_hidden_and_only_counted()
    {
        var report = Report();

        var gemeente = Assert.Single(report.Partners);
        Assert.Equal(PartnerA, gemeente.PartnerId);
        Assert.Equal("Gemeente Havenstad", gemeente.PartnerName);
        Assert.Equal(3, gemeente.Respondents);
        Assert.Equal(1, report.HiddenPartners);
        Assert.DoesNotContain(report.Partners, p => p.PartnerId == PartnerB);
        Assert.Equal([PartnerDomain.Gemeente], report.Domains.Select(d => d.Domain!.Value));
        Assert.Equal(1, report.HiddenDomains);

        // Total minus gemeente would give Woonpartners' single answer, so gemeente's cells are hidden as well.
        Assert.All(gemeente.Factors, f => Assert.Equal(Suppression.Complementary, f.Suppression));
    }

    [Fact]
    public void Pseudonymous_comments_come_without_partner_or_domain_sorted_by_factor()
    {
        var report = Report();

        Assert.Equal(CommentsPolicy.Unattributed, report.CommentsPolicy);
        Assert.Equal(['c', 'g', 'h'], report.Comments.Select(c => c.Factor!.Value));
        Assert.All(report.Comments, c =>
        {
            Assert.Null(c.PartnerId);
            Assert.Null(c.PartnerName);
            Assert.Null(c.Domain);
        });
    }

    [Fact]
    public void Named_comments_carry_the_partner_and_domain()
    {
        var report = Report(Current(VisibilityMode.Named));

        Assert.Equal(CommentsPolicy.Attributed, report.CommentsPolicy);
        var mandate = report.Comments.Single(c => c.Factor == 'c');
        Assert.Equal("Ons mandaat stopt bij 50.000 euro.", mandate.Text);
        Assert.Equal("Woonpartners Zuid", mandate.PartnerName);
        Assert.Equal(PartnerDomain.Wonen, mandate.Domain);
    }

    [Fact]
    public void An_anonymous_round_with_fewer_answers_than_the_threshold_withholds_its_comments()
    {
        var round = Round(
            "Klein",
            Instant.FromUtc(2027, 1, 5, 9, 0),
            [new(Person(1), PartnerA, PartnerDomain.Gemeente, [3, 3, 3, 3, 3, 3, 3, 3, 3], "Alleen ik schreef iets."), new(Person(2), PartnerA, PartnerDomain.Gemeente, [4, 4, 4, 4, 4, 4, 4, 4, 4])],
            VisibilityMode.Anonymous);

        var report = Report(round);

        Assert.Equal(CommentsPolicy.Withheld, report.CommentsPolicy);
        Assert.Empty(report.Comments);
        Assert.Equal(3.5m, report.Factor('a').Mean);
    }

    [Fact]
    public void A_round_nobody_answered_has_a_report_without_results()
    {
        var round = Round("Leeg", Instant.FromUtc(2027, 1, 5, 9, 0), [new(Person(1), PartnerA, PartnerDomain.Gemeente, null), new(Person(2), PartnerB, PartnerDomain.Wonen, null)]);

        var report = Report(round);

        Assert.False(report.HasAnswers);
        Assert.Equal(2, report.Results.Invited);
        Assert.Equal(0m, report.Results.ResponseRate);
        Assert.Empty(report.Trend.Weakest);
        Assert.Empty(report.Signals);
        Assert.Empty(report.Partners);
        Assert.Equal(0, report.HiddenPartners);
    }

    [Fact]
    public void An_open_round_has_no_results_yet()
    {
        var open = Round("Open", Instant.FromUtc(2027, 1, 5, 9, 0), [new(Person(1), PartnerA, PartnerDomain.Gemeente, [3, 3, 3, 3, 3, 3, 3, 3, 3])], close: false);

        var error = Assert.Throws<ArgumentException>(() => Report(open));
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_takes_the_scale_threshold_and_context_from_the_plan()
    {
        var report = Report();

        Assert.Equal(1, report.Scale.Minimum);
        Assert.Equal(5, report.Scale.Maximum);
        Assert.Equal(3, report.MinimumGroupSize);
        Assert.Equal(VisibilityMode.Pseudonymous, report.Visibility);
        Assert.Equal(CoalitionFormality.Voluntary, report.Formality);
        Assert.Equal(5, report.CoalitionSize);
        Assert.Equal(Instant.FromUtc(2027, 1, 12, 9, 0), report.ClosedAt);
    }
}
