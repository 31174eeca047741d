using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Scheduling;
using NodaTime;

namespace Coalitie.Domain.Tests.CheckIns;

/// <summary>Every round of a recurring series gets its own name: the plan's name with the period's label.</summary>
public sealed class RoundPlanOccurrenceTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly WeekdayOfMonth FirstTuesday = new(WeekOfMonth.First, IsoDayOfWeek.Tuesday);

    [Theory]
    [InlineData(RecurrenceKind.Quarterly, "Kwartaalcheck Q2 2027")]
    [InlineData(RecurrenceKind.Monthly, "Kwartaalcheck 2027-04")]
    [InlineData(RecurrenceKind.HalfYearly, "Kwartaalcheck H1 2027")]
    public void The_label_follows_the_kind_of_recurrence(RecurrenceKind kind, string expected)
    {
        var plan = Plan("Kwartaalcheck", kind);
        Assert.Equal(expected, plan.ForOccurrence(Instant.FromUtc(2027, 4, 6, 8, 0)).Name);
    }

    [Fact]
    public void A_label_already_there_is_replaced_not_repeated()
    {
        var first = Plan("Kwartaalcheck", RecurrenceKind.Quarterly).ForOccurrence(Instant.FromUtc(2027, 1, 5, 9, 0));
        Assert.Equal("Kwartaalcheck Q1 2027", first.Name);
        var second = first.ForOccurrence(Instant.FromUtc(2027, 4, 6, 8, 0));
        Assert.Equal("Kwartaalcheck Q2 2027", second.Name);
        Assert.Equal(first.Audience, second.Audience);
        Assert.Equal(first.Scale, second.Scale);
    }

    [Fact]
    public void The_label_is_taken_in_the_plans_zone_and_a_long_name_is_shortened_to_fit()
    {
        // 31 Dec 2026, 23:30 UTC is already 1 Jan 2027 in Amsterdam: the first quarter of 2027.
        var longName = new string('x', RoundPlan.MaxNameLength);
        var plan = Plan(longName, RecurrenceKind.Quarterly).ForOccurrence(Instant.FromUtc(2026, 12, 31, 23, 30));
        Assert.Equal(RoundPlan.MaxNameLength, plan.Name.Length);
        Assert.EndsWith(" Q1 2027", plan.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_off_or_now_plan_keeps_its_name()
    {
        var now = RoundPlan.Create("Start", RoundAudience.AllRepresentatives(), RoundSchedule.Now, Period.FromDays(10), Amsterdam, CoalitionContext.Of(CoalitionFormality.Voluntary, 5));
        Assert.Same(now, now.ForOccurrence(Instant.FromUtc(2027, 4, 6, 8, 0)));
        var once = RoundPlan.Create("Eenmalig", RoundAudience.AllRepresentatives(), RoundSchedule.On(Recurrence.OneOff(new LocalDate(2027, 4, 6), new LocalTime(10, 0), Amsterdam)),
            Period.FromDays(10), Amsterdam, CoalitionContext.Of(CoalitionFormality.Voluntary, 5));
        Assert.Equal("Eenmalig", once.ForOccurrence(Instant.FromUtc(2027, 4, 6, 8, 0)).Name);
    }

    private static RoundPlan Plan(string name, RecurrenceKind kind)
    {
        var time = new LocalTime(10, 0);
        var recurrence = kind switch
        {
            RecurrenceKind.Monthly => Recurrence.Monthly(FirstTuesday, time, Amsterdam),
            RecurrenceKind.HalfYearly => Recurrence.HalfYearly(FirstTuesday, time, Amsterdam),
            _ => Recurrence.Quarterly(FirstTuesday, time, Amsterdam),
        };
        return RoundPlan.Create(name, RoundAudience.AllRepresentatives(), RoundSchedule.On(recurrence), Period.FromDays(10), Amsterdam, CoalitionContext.Of(CoalitionFormality.Voluntary, 5));
    }
}
