using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Domain.Scheduling;
using NodaTime;
using static Coalitie.Domain.Tests.CheckIns.CheckInSamples;

namespace Coalitie.Domain.Tests.CheckIns;

public class RoundPlanTests
{
    [Fact]
    public void All_representatives_with_the_stuurgroep_asks_each_person_once()
    {
        var selected = RoundAudience.AllRepresentatives(stuurgroep: true).Select(Candidates());

        Assert.Equal([Sander, Ingrid, Mohammed, Chair], selected.Select(c => c.PersonId));
    }

    [Fact]
    public void The_stuurgroep_alone_asks_only_its_members()
    {
        var selected = RoundAudience.StuurgroepOnly().Select(Candidates());

        Assert.Equal([Ingrid, Chair], selected.Select(c => c.PersonId));
    }

    [Fact]
    public void Selected_partners_ask_only_their_representatives()
    {
        var selected = RoundAudience.SelectedPartners([Woonpartners, Politie]).Select(Candidates());

        Assert.Equal([Sander, Mohammed], selected.Select(c => c.PersonId));
        Assert.Equal(CheckInErrors.AudienceEmpty, Assert.Throws<DomainException>(() => RoundAudience.SelectedPartners([])).Code);
    }

    [Fact]
    public void A_sub_network_keeps_its_partners_and_the_stuurgroep_members_without_a_partner()
    {
        var subNetwork = SubNetwork.Of("Veiligheid", [Politie, Gemeente]);

        var selected = RoundAudience.AllRepresentatives(stuurgroep: true).Select(Candidates(), subNetwork);

        Assert.Equal([Ingrid, Mohammed, Chair], selected.Select(c => c.PersonId));
    }

    [Fact]
    public void Requests_are_created_for_the_audience_once()
    {
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(RoundAudience.SelectedPartners([Gemeente, Politie])), RoundTrigger.Scheduled, OpensAt);

        var added = round.AddRequestsFor(Candidates(), Guid.NewGuid, OpensAt);
        var again = round.AddRequestsFor(Candidates(), Guid.NewGuid, OpensAt);

        Assert.Equal([Ingrid, Mohammed], added.Select(r => r.Respondent.Id));
        Assert.Equal([PartnerDomain.Gemeente, PartnerDomain.Politie], added.Select(r => r.Domain));
        Assert.Empty(again);
        Assert.Equal(2, round.Requests.Count);
    }

    [Fact]
    public void A_blank_or_too_long_name_is_refused()
    {
        var coalition = CoalitionContext.Of(CoalitionFormality.Mandated, 4);

        var tooLong = Assert.Throws<DomainException>(() => RoundPlan.Create(new string('x', RoundPlan.MaxNameLength + 1), RoundAudience.StuurgroepOnly(), RoundSchedule.Now, Period.FromDays(10), ScheduleZone.Amsterdam, coalition));
        Assert.Equal(CheckInErrors.NameTooLong, tooLong.Code);

        var blank = Assert.Throws<DomainException>(() => RoundPlan.Create("  ", RoundAudience.StuurgroepOnly(), RoundSchedule.Now, Period.FromDays(10), ScheduleZone.Amsterdam, coalition));
        Assert.Equal(CheckInErrors.NameRequired, blank.Code);
        Assert.Equal("name", blank.Field);
    }

    [Fact]
    public void Defaults_are_pseudonymous_with_a_minimum_group_of_three_and_the_default_scale()
    {
        var plan = Plan();

        Assert.Equal(VisibilityMode.Pseudonymous, plan.Visibility.Mode);
        Assert.Equal(3, plan.Visibility.MinimumGroupSize);
        Assert.False(plan.Visibility.MayShowGroup(2));
        Assert.True(plan.Visibility.MayShowGroup(3));
        Assert.Equal(CheckInScale.Default, plan.Scale);
        Assert.Equal(CheckInErrors.MinimumGroupSizeInvalid, Assert.Throws<DomainException>(() => RoundVisibility.Of(VisibilityMode.Anonymous, 0)).Code);
        Assert.Equal(CheckInErrors.CoalitionSizeInvalid, Assert.Throws<DomainException>(() => CoalitionContext.Of(CoalitionFormality.Voluntary, 0)).Code);
    }

    [Fact]
    public void A_recurring_schedule_gives_the_next_opening_and_now_gives_none()
    {
        var quarterly = RoundSchedule.On(Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), new LocalTime(10, 0), ScheduleZone.Amsterdam));

        // First Tuesday of April 2027 is 6 April, 10:00 CEST.
        Assert.Equal(Utc(2027, 4, 6, 8), quarterly.NextOpening(Utc(2027, 1, 12, 9)));
        Assert.Null(RoundSchedule.Now.NextOpening(OpensAt));
    }

    [Fact]
    public void Reminders_fall_before_closing_at_the_same_local_time_and_stop_at_the_maximum()
    {
        // Opens Tue 20 Oct 2026 10:00 CEST, closes Fri 30 Oct 10:00 CET; the clocks go back on 25 October.
        var plan = Plan(reminders: ReminderRule.DaysBeforeClosing(7, maxReminders: 3, repeatEveryDays: 2));
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, plan, RoundTrigger.Scheduled, Utc(2026, 10, 19, 8));
        round.Open(Utc(2026, 10, 20, 8));

        // 23 Oct 10:00 CEST, 25 Oct 10:00 CET, 27 Oct 10:00 CET.
        Assert.Equal([Utc(2026, 10, 23, 8), Utc(2026, 10, 25, 9), Utc(2026, 10, 27, 9)], round.ReminderMoments());
        Assert.Equal(CheckInErrors.ReminderRuleInvalid, Assert.Throws<DomainException>(() => ReminderRule.DaysBeforeClosing(0)).Code);
        Assert.Empty(ReminderRule.None.Moments(plan.PeriodFrom(OpensAt)));
    }
}
