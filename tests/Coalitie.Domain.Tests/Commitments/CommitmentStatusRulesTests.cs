using Coalitie.Domain.Commitments;
using NodaTime;
using static Coalitie.Domain.Tests.Commitments.CommitmentBuilder;

namespace Coalitie.Domain.Tests.Commitments;

/// <summary>
/// Status derivation with hand-computed cases. The standard commitment runs from 0 on 1 Jan 2026 to 100 on 11 Apr 2026:
/// exactly 100 days, so the expected value is the number of days since the baseline, and the shortfall in percent of
/// the whole distance is simply "expected minus value".
/// </summary>
public class CommitmentStatusRulesTests
{
    private static readonly LocalDate Baseline = new(2026, 1, 1);
    private static readonly LocalDate Day50 = new(2026, 2, 20);
    private static readonly LocalDate Target = new(2026, 4, 11);
    private readonly CommitmentStatusRules _rules = CommitmentStatusRules.Default;

    [Theory]
    [InlineData(60, CommitmentStatus.OnTrack)] // ahead of the expected 50
    [InlineData(50, CommitmentStatus.OnTrack)] // exactly as expected
    [InlineData(40, CommitmentStatus.OnTrack)] // 10 behind = 10 % of the distance: the on-track band is inclusive
    [InlineData(39, CommitmentStatus.AtRisk)] // 11 %
    [InlineData(25, CommitmentStatus.AtRisk)] // 25 %: the at-risk band is inclusive
    [InlineData(24, CommitmentStatus.OffTrack)] // 26 %
    [InlineData(0, CommitmentStatus.OffTrack)] // nothing moved in 50 days
    public void Higher_is_better_compares_with_the_straight_line_from_baseline_to_target(decimal value, CommitmentStatus expected)
    {
        var commitment = Create(Draft()).With(value, Day50);

        var assessment = _rules.Assess(commitment, Day50.PlusDays(9));

        Assert.Equal(50m, assessment.ExpectedValue);
        Assert.Equal(expected, assessment.Status);
    }

    [Theory]
    [InlineData(40, CommitmentStatus.OnTrack)] // expected 50 on day 50 (100 → 0), 40 is better
    [InlineData(60, CommitmentStatus.OnTrack)] // 10 worse
    [InlineData(61, CommitmentStatus.AtRisk)]
    [InlineData(75, CommitmentStatus.AtRisk)]
    [InlineData(76, CommitmentStatus.OffTrack)]
    public void Lower_is_better_mirrors_the_bands(decimal value, CommitmentStatus expected)
    {
        var commitment = Create(Draft(Direction.LowerIsBetter, baseline: 100, target: 0)).With(value, Day50);

        Assert.Equal(expected, _rules.StatusOf(commitment, Day50));
    }

    [Fact]
    public void The_journey_example_empty_homes_42_to_15_with_milestone_30()
    {
        // 42 on 1-1-2026 → milestone 30 on 31-12-2026 (364 days) → 15 on 31-12-2027; the whole distance is 27.
        var commitment = Create(Draft(Direction.LowerIsBetter, baseline: 42, target: 15, targetDate: new LocalDate(2027, 12, 31),
            milestones: [new DatedValue(30, new LocalDate(2026, 12, 31))]));

        // 1 Oct 2026 is day 273 of 364: expected 42 − 12 × 0.75 = 33; 38 is 5 worse = 18,5 % → at risk.
        commitment.With(38, new LocalDate(2026, 10, 1));
        var october = _rules.Assess(commitment, new LocalDate(2026, 10, 5));
        Assert.Equal(33m, october.ExpectedValue);
        Assert.Equal(CommitmentStatus.AtRisk, october.Status);

        // 15 Dec 2026 is day 348: expected 42 − 12 × 348/364 ≈ 30,53; 31 is 0,47 worse ≈ 1,8 % → on track.
        commitment.With(31, new LocalDate(2026, 12, 15));
        var december = _rules.Assess(commitment, new LocalDate(2026, 12, 15));
        Assert.Equal(CommitmentStatus.OnTrack, december.Status);
        Assert.InRange(december.ExpectedValue!.Value, 30.52m, 30.53m);
    }

    [Fact]
    public void Before_a_milestone_the_line_runs_from_the_baseline_to_that_milestone()
    {
        // Milestone 80 on day 20: on day 10 the expected value is 40 (without the milestone it would be 10).
        var commitment = Create(Draft(milestones: [new DatedValue(80, new LocalDate(2026, 1, 21))])).With(20, new LocalDate(2026, 1, 11));

        var assessment = _rules.Assess(commitment, new LocalDate(2026, 1, 11));

        Assert.Equal(40m, assessment.ExpectedValue);
        Assert.Equal(0.2m, assessment.Shortfall);
        Assert.Equal(CommitmentStatus.AtRisk, assessment.Status);
        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(Create(Draft()).With(20, new LocalDate(2026, 1, 11)), new LocalDate(2026, 1, 11)));
    }

    [Theory]
    [InlineData(88, CommitmentStatus.OnTrack)] // expected 90 on day 60: 80 + 20 × 40/80
    [InlineData(70, CommitmentStatus.AtRisk)] // 20 behind
    [InlineData(60, CommitmentStatus.OffTrack)] // 30 behind
    public void After_a_passed_milestone_the_line_runs_from_that_milestone_to_the_target(decimal value, CommitmentStatus expected)
    {
        var commitment = Create(Draft(milestones: [new DatedValue(80, new LocalDate(2026, 1, 21))])).With(value, new LocalDate(2026, 3, 2));

        var assessment = _rules.Assess(commitment, new LocalDate(2026, 3, 2));

        Assert.Equal(90m, assessment.ExpectedValue);
        Assert.Equal(expected, assessment.Status);
    }

    [Fact]
    public void Without_any_report_a_fresh_commitment_is_on_track_and_an_old_one_at_risk()
    {
        var commitment = Create(Draft(targetDate: new LocalDate(2027, 12, 31)));

        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(commitment, new LocalDate(2026, 3, 1)));
        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(commitment, Baseline.PlusDays(120)));
        var stale = _rules.Assess(commitment, Baseline.PlusDays(121));
        Assert.True(stale.IsStale);
        Assert.Equal(CommitmentStatus.AtRisk, stale.Status);
    }

    [Fact]
    public void A_report_older_than_120_days_makes_on_track_at_risk_but_leaves_off_track_alone()
    {
        var longRun = Draft(targetDate: new LocalDate(2027, 4, 11));
        var onTrack = Create(longRun).With(20, new LocalDate(2026, 2, 1));
        var offTrack = Create(longRun).With(0, new LocalDate(2026, 8, 1));

        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(onTrack, new LocalDate(2026, 2, 1).PlusDays(120)));
        Assert.Equal(CommitmentStatus.AtRisk, _rules.StatusOf(onTrack, new LocalDate(2026, 2, 1).PlusDays(121)));
        Assert.Equal(CommitmentStatus.OffTrack, _rules.StatusOf(offTrack, new LocalDate(2026, 8, 1).PlusDays(200)));
    }

    [Fact]
    public void The_staleness_limit_is_configurable()
    {
        var rules = new CommitmentStatusRules(staleAfterDays: 30);
        var commitment = Create(Draft(targetDate: new LocalDate(2027, 4, 11))).With(20, new LocalDate(2026, 2, 1));

        Assert.Equal(CommitmentStatus.AtRisk, rules.StatusOf(commitment, new LocalDate(2026, 3, 4)));
        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(commitment, new LocalDate(2026, 3, 4)));
    }

    [Fact]
    public void Tolerances_are_configurable()
    {
        var strict = new CommitmentStatusRules(onTrackTolerance: 0.02m, atRiskTolerance: 0.05m);
        var commitment = Create(Draft()).With(46, Day50);

        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(commitment, Day50));
        Assert.Equal(CommitmentStatus.AtRisk, strict.StatusOf(commitment, Day50));
        Assert.Equal(CommitmentStatus.OffTrack, strict.StatusOf(Create(Draft()).With(44, Day50), Day50));
    }

    [Fact]
    public void Reaching_the_target_early_is_achieved_even_long_before_the_deadline()
    {
        var commitment = Create(Draft()).With(100, new LocalDate(2026, 1, 15));

        Assert.Equal(CommitmentStatus.Achieved, _rules.StatusOf(commitment, new LocalDate(2026, 1, 15)));
        Assert.Equal(CommitmentStatus.Achieved, _rules.StatusOf(commitment, Target.PlusDays(400)));
        Assert.Equal(CommitmentStatus.Achieved, _rules.StatusOf(Create(Draft(Direction.LowerIsBetter, 42, target: 15)).With(12, Day50), Day50));
    }

    [Fact]
    public void Falling_back_below_the_target_after_reaching_it_is_no_longer_achieved()
    {
        var commitment = Create(Draft()).With(100, new LocalDate(2026, 2, 1)).With(90, new LocalDate(2026, 3, 1));

        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(commitment, new LocalDate(2026, 3, 1)));
        Assert.Equal(CommitmentStatus.Missed, _rules.StatusOf(commitment, Target.PlusDays(1)));
    }

    [Fact]
    public void After_the_target_date_without_reaching_it_is_missed_and_on_the_date_itself_not_yet()
    {
        var commitment = Create(Draft()).With(95, Target);

        Assert.Equal(CommitmentStatus.OnTrack, _rules.StatusOf(commitment, Target));
        Assert.Equal(CommitmentStatus.Missed, _rules.StatusOf(commitment, Target.PlusDays(1)));
        Assert.Equal(CommitmentStatus.Missed, _rules.StatusOf(Create(Draft()), Target.PlusDays(1)));
    }

    [Fact]
    public void Reaching_the_target_late_still_counts_as_achieved()
    {
        var commitment = Create(Draft()).With(101, Target.PlusDays(30));

        Assert.Equal(CommitmentStatus.Achieved, _rules.StatusOf(commitment, Target.PlusDays(31)));
    }

    [Fact]
    public void The_latest_report_is_the_latest_date_and_on_the_same_date_the_last_reported()
    {
        var commitment = Create(Draft())
            .With(45, Day50, minutes: 0)
            .With(20, Day50, minutes: 30)
            .With(90, Day50.PlusDays(-10), minutes: 0);

        // Reported in the order 45, 20, 90 — but 90 is dated earlier, and of the two on day 50, 20 came last.
        Assert.Equal(20m, commitment.LatestReport!.Value);
        Assert.Equal(CommitmentStatus.OffTrack, _rules.StatusOf(commitment, Day50));
        Assert.Equal([90m, 45m, 20m], commitment.History.Select(r => r.Value));
    }

    [Theory]
    [InlineData(-0.1, 0.25, 120)]
    [InlineData(0.3, 0.25, 120)]
    [InlineData(0.1, 1.5, 120)]
    [InlineData(0.1, 0.25, 0)]
    public void Nonsensical_settings_are_refused(double onTrack, double atRisk, int staleDays) =>
        Assert.Throws<Coalitie.Domain.Common.DomainException>(() => new CommitmentStatusRules((decimal)onTrack, (decimal)atRisk, staleDays));
}
