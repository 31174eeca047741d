using Coalitie.Domain.Commitments;
using Coalitie.Domain.Common;
using NodaTime;
using static Coalitie.Domain.Tests.Commitments.CommitmentBuilder;

namespace Coalitie.Domain.Tests.Commitments;

public class CommitmentTests
{
    [Fact]
    public void A_valid_draft_becomes_commitment_T_n_with_milestones_in_date_order()
    {
        var draft = Draft(milestones: [new DatedValue(70, new LocalDate(2026, 3, 1)), new DatedValue(30, new LocalDate(2026, 2, 1))]);

        var commitment = Create(draft, number: 17);

        Assert.Equal("T-17", commitment.Code);
        Assert.Equal(Coalition, commitment.CoalitionId);
        Assert.Equal([30m, 70m], commitment.Milestones.Select(m => m.Value));
        Assert.True(commitment.ServesSharedGoal);
        Assert.Null(commitment.LatestReport);
        Assert.Empty(draft.Validate());
    }

    [Fact]
    public void A_commitment_without_a_goal_area_is_flagged_as_serving_no_shared_goal()
    {
        var commitment = Create(Draft() with { GoalAreaId = null });

        Assert.False(commitment.ServesSharedGoal);
    }

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2025, 12, 31)]
    public void A_target_date_on_or_before_the_baseline_date_is_refused_on_the_target_date_field(int y, int m, int d)
    {
        var error = Assert.Throws<DomainException>(() => Create(Draft(targetDate: new LocalDate(y, m, d))));

        Assert.Equal(CommitmentErrors.TargetDateNotAfterBaseline, error.Code);
        Assert.Equal(CommitmentFields.TargetDate, error.Field);
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, 50, 50)]
    [InlineData(Direction.HigherIsBetter, 50, 40)]
    [InlineData(Direction.LowerIsBetter, 42, 42)]
    [InlineData(Direction.LowerIsBetter, 42, 50)]
    public void A_target_that_is_not_better_than_the_baseline_is_refused(Direction direction, int baseline, int target)
    {
        var error = Assert.Throws<DomainException>(() => Create(Draft(direction, baseline, target: target)));

        Assert.Equal(CommitmentErrors.TargetNotBetter, error.Code);
        Assert.Equal(CommitmentFields.TargetValue, error.Field);
    }

    [Fact]
    public void Every_broken_rule_is_listed_for_the_form()
    {
        var draft = Draft(baseline: 50, target: 40, targetDate: new LocalDate(2025, 6, 1), title: " ");

        var problems = draft.Validate();

        Assert.Equal([CommitmentErrors.TitleRequired, CommitmentErrors.TargetDateNotAfterBaseline, CommitmentErrors.TargetNotBetter], problems.Select(p => p.Code));
        Assert.Equal([CommitmentFields.Title, CommitmentFields.TargetDate, CommitmentFields.TargetValue], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(2026, 1, 1)] // on the baseline date
    [InlineData(2026, 4, 11)] // on the target date
    [InlineData(2026, 5, 1)] // after the target
    public void A_milestone_outside_the_period_is_refused(int y, int m, int d)
    {
        var error = Assert.Throws<DomainException>(() => Create(Draft(milestones: [new DatedValue(50, new LocalDate(y, m, d))])));

        Assert.Equal(CommitmentErrors.MilestoneOutsidePeriod, error.Code);
        Assert.Equal(CommitmentFields.MilestoneDate, error.Field);
    }

    [Fact]
    public void Milestones_must_move_towards_the_target_and_not_beyond_it()
    {
        var backwards = Draft(milestones: [new DatedValue(60, new LocalDate(2026, 2, 1)), new DatedValue(40, new LocalDate(2026, 3, 1))]);
        var beyond = Draft(milestones: [new DatedValue(120, new LocalDate(2026, 2, 1))]);
        var worseThanBaseline = Draft(Direction.LowerIsBetter, 42, target: 15, milestones: [new DatedValue(45, new LocalDate(2026, 2, 1))]);
        var sameDate = Draft(milestones: [new DatedValue(30, new LocalDate(2026, 2, 1)), new DatedValue(40, new LocalDate(2026, 2, 1))]);

        Assert.Equal(CommitmentErrors.MilestoneOutOfOrder, Assert.Single(backwards.Validate()).Code);
        Assert.Equal(CommitmentErrors.MilestoneOutOfOrder, Assert.Single(beyond.Validate()).Code);
        Assert.Equal(CommitmentErrors.MilestoneOutOfOrder, Assert.Single(worseThanBaseline.Validate()).Code);
        Assert.Equal(CommitmentErrors.MilestoneDuplicateDate, Assert.Single(sameDate.Validate()).Code);
    }

    [Fact]
    public void Title_and_texts_have_limits()
    {
        var draft = Draft(title: new string('x', 201)) with { Contribution = new string('y', 1001) };

        Assert.Equal([CommitmentFields.Title, CommitmentFields.Contribution], draft.Validate().Select(p => p.Field));
        Assert.Throws<DomainException>(() => new Indicator(" ", "aantal", Direction.LowerIsBetter));
        Assert.Throws<DomainException>(() => new Indicator("leegstand", "", Direction.LowerIsBetter));
        Assert.Throws<DomainException>(() => Commitment.Create(Guid.NewGuid(), Coalition, 0, Draft(), Now));
    }

    [Fact]
    public void A_report_dated_before_the_baseline_is_refused_and_nothing_is_recorded()
    {
        var commitment = Create(Draft());

        var error = Assert.Throws<DomainException>(() =>
            commitment.ReportProgress(Guid.NewGuid(), 10, new LocalDate(2025, 12, 31), null, null, Now, new LocalDate(2026, 3, 1)));

        Assert.Equal(CommitmentErrors.ProgressBeforeBaseline, error.Code);
        Assert.Equal(CommitmentFields.ProgressDate, error.Field);
        Assert.Empty(commitment.Reports);
    }

    [Fact]
    public void A_report_dated_in_the_future_is_refused()
    {
        var commitment = Create(Draft());

        var error = Assert.Throws<DomainException>(() =>
            commitment.ReportProgress(Guid.NewGuid(), 10, new LocalDate(2026, 3, 2), null, null, Now, new LocalDate(2026, 3, 1)));

        Assert.Equal(CommitmentErrors.ProgressInFuture, error.Code);
        Assert.Empty(commitment.Reports);
    }

    [Fact]
    public void Reports_keep_value_date_comment_reporter_and_moment_and_several_per_day_are_allowed()
    {
        var commitment = Create(Draft());
        var reporter = Guid.NewGuid();

        var first = commitment.ReportProgress(Guid.NewGuid(), 31, new LocalDate(2026, 2, 15), "  Twee flats opgeleverd. ", reporter, Now, new LocalDate(2026, 3, 1));
        commitment.ReportProgress(Guid.NewGuid(), 33, new LocalDate(2026, 2, 15), null, reporter, Now + Duration.FromMinutes(5), new LocalDate(2026, 3, 1));

        Assert.Equal(2, commitment.Reports.Count);
        Assert.Equal("Twee flats opgeleverd.", first.Comment);
        Assert.Equal(reporter, first.ReporterPersonId);
        Assert.Equal(Now, first.ReportedAt);
        Assert.Equal(33m, commitment.LatestReport!.Value);
    }

    [Fact]
    public void Revise_returns_what_changed_for_the_audit_trail()
    {
        var commitment = Create(Draft());

        var changes = commitment.Revise(Draft(target: 120, title: "Meer startkwalificaties"));

        Assert.Equal(["title", "target"], changes.Select(c => c.Field));
        Assert.Equal("100 @ 2026-04-11", changes[1].Old);
        Assert.Equal("120 @ 2026-04-11", changes[1].New);
        Assert.Equal(120m, commitment.Target.Value);
    }

    [Fact]
    public void Revise_refuses_no_change_and_a_baseline_after_existing_reports()
    {
        var commitment = Create(Draft()).With(20, new LocalDate(2026, 1, 20));

        Assert.Equal(CommitmentErrors.NothingChanged, Assert.Throws<DomainException>(() => commitment.Revise(Draft())).Code);
        var error = Assert.Throws<DomainException>(() => commitment.Revise(Draft(baselineDate: new LocalDate(2026, 2, 1))));
        Assert.Equal(CommitmentErrors.BaselineAfterReports, error.Code);
        Assert.Equal(new LocalDate(2026, 1, 1), commitment.Baseline.Date);
    }

    [Theory]
    [InlineData("T-17", 17)]
    [InlineData("t17", 17)]
    [InlineData("T 17", 17)]
    [InlineData("17", 17)]
    [InlineData("#3", 3)]
    [InlineData(" t-09 ", 9)]
    public void Commitment_numbers_are_read_as_people_write_them(string text, int expected)
    {
        Assert.True(CommitmentNumber.TryParse(text, out var number));
        Assert.Equal(expected, number);
        Assert.Equal($"T-{expected}", CommitmentNumber.Format(number));
    }

    [Theory]
    [InlineData("")]
    [InlineData("T-")]
    [InlineData("T-0")]
    [InlineData("leegstand")]
    [InlineData("17a")]
    [InlineData("-3")]
    public void Things_that_are_not_commitment_numbers_are_refused(string text) => Assert.False(CommitmentNumber.TryParse(text, out _));
}
