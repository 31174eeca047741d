using Coalitie.Domain.Common;
using Coalitie.Domain.Scheduling;
using NodaTime;
using NodaTime.Testing;

namespace Coalitie.Domain.Tests.Scheduling;

public class RecurrenceTests
{
    private static readonly DateTimeZone Amsterdam = ScheduleZone.Amsterdam;
    private static readonly LocalTime Ten = new(10, 0);
    private static readonly SkipRule WorkingDays = SkipRule.NextWorkingDay();

    private static Instant Utc(int year, int month, int day, int hour, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);

    private static LocalDateTime Local(Instant instant) => instant.InZone(Amsterdam).LocalDateTime;

    [Fact]
    public void Quarterly_first_Tuesday_at_ten_is_ten_on_the_wall_clock_in_winter_and_summer()
    {
        var schedule = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam, WorkingDays);

        var occurrences = schedule.Occurrences(Utc(2026, 1, 1, 0), Utc(2027, 2, 1, 0));

        Assert.Equal(
            [
                Utc(2026, 1, 6, 9),   // CET, +01:00
                Utc(2026, 4, 7, 8),   // CEST, +02:00
                Utc(2026, 7, 7, 8),
                Utc(2026, 10, 6, 8),  // still summer time: the clocks go back on 25 October
                Utc(2027, 1, 5, 9),
            ],
            occurrences);
        Assert.All(occurrences, at => Assert.Equal(Ten, Local(at).TimeOfDay));
        Assert.All(occurrences, at => Assert.Equal(IsoDayOfWeek.Tuesday, Local(at).DayOfWeek));
    }

    [Fact]
    public void Quarterly_with_an_anchor_month_fires_in_that_month_and_every_third_after_it()
    {
        var schedule = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam, WorkingDays, CalendarMonth.February);

        var dates = schedule.Occurrences(Utc(2026, 1, 1, 0), Utc(2027, 1, 1, 0)).Select(at => Local(at).Date);

        // 5 May 2026 is the first Tuesday of May and Bevrijdingsdag: the round moves to Wednesday 6 May.
        Assert.Equal([new LocalDate(2026, 2, 3), new LocalDate(2026, 5, 6), new LocalDate(2026, 8, 4), new LocalDate(2026, 11, 3)], dates);
        Assert.True(schedule.IsPeriodStart(new YearMonth(2026, 5)));
        Assert.False(schedule.IsPeriodStart(new YearMonth(2026, 4)));
    }

    [Fact]
    public void Without_skipping_the_round_fires_on_the_holiday()
    {
        var schedule = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam, SkipRule.None, CalendarMonth.May);

        Assert.Equal(Utc(2026, 5, 5, 8), schedule.NextOccurrence(Utc(2026, 4, 1, 0)));
    }

    [Fact]
    public void A_monthly_round_on_Tweede_Paasdag_moves_to_the_next_working_day()
    {
        var rule = new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Monday);
        var skipping = Recurrence.Monthly(rule, Ten, Amsterdam, WorkingDays);
        var notSkipping = Recurrence.Monthly(rule, Ten, Amsterdam);

        // First Monday of April 2026 = 6 April = Tweede Paasdag.
        Assert.Equal(Utc(2026, 4, 7, 8), skipping.NextOccurrence(Utc(2026, 3, 15, 0)));
        Assert.Equal(Utc(2026, 4, 6, 8), notSkipping.NextOccurrence(Utc(2026, 3, 15, 0)));
    }

    [Fact]
    public void A_round_on_Koningsdag_moves_to_the_next_working_day()
    {
        var schedule = Recurrence.Monthly(new WeekdayOfMonth(WeekOfMonth.Last, IsoDayOfWeek.Monday), Ten, Amsterdam, WorkingDays);

        Assert.Equal(new LocalDate(2026, 4, 28), schedule.DateInPeriod(new YearMonth(2026, 4)));
    }

    [Fact]
    public void A_chain_of_holidays_and_a_weekend_is_skipped_as_a_whole()
    {
        var rule = new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Friday);
        var withGoodFriday = Recurrence.Monthly(rule, Ten, Amsterdam, SkipRule.NextWorkingDay(holidays: new DutchHolidays(includeGoedeVrijdag: true)));
        var withoutGoodFriday = Recurrence.Monthly(rule, Ten, Amsterdam, WorkingDays);

        // Goede Vrijdag 3 April, weekend, Tweede Paasdag 6 April: Tuesday 7 April.
        Assert.Equal(new LocalDate(2026, 4, 7), withGoodFriday.DateInPeriod(new YearMonth(2026, 4)));
        Assert.Equal(new LocalDate(2026, 4, 3), withoutGoodFriday.DateInPeriod(new YearMonth(2026, 4)));
    }

    [Fact]
    public void A_weekend_rule_moves_only_when_weekends_are_skipped()
    {
        var rule = new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Saturday);
        var skippingWeekends = Recurrence.Monthly(rule, Ten, Amsterdam, WorkingDays);
        var onlyHolidays = Recurrence.Monthly(rule, Ten, Amsterdam, SkipRule.NextWorkingDay(skipWeekends: false));

        Assert.Equal(new LocalDate(2026, 8, 3), skippingWeekends.DateInPeriod(new YearMonth(2026, 8)));
        Assert.Equal(new LocalDate(2026, 8, 1), onlyHolidays.DateInPeriod(new YearMonth(2026, 8)));
    }

    [Fact]
    public void When_no_working_day_remains_in_the_month_the_round_moves_back_not_into_the_next_month()
    {
        var schedule = Recurrence.Monthly(new WeekdayOfMonth(WeekOfMonth.Last, IsoDayOfWeek.Sunday), Ten, Amsterdam, WorkingDays);

        // Sunday 31 August 2025 is the last day of the month: Friday 29 August, not Monday 1 September.
        Assert.Equal(new LocalDate(2025, 8, 29), schedule.DateInPeriod(new YearMonth(2025, 8)));
        // Sunday 28 September 2025 still has Monday 29 September after it.
        Assert.Equal(new LocalDate(2025, 9, 29), schedule.DateInPeriod(new YearMonth(2025, 9)));
        Assert.Equal(
            [Utc(2025, 8, 29, 8), Utc(2025, 9, 29, 8)],
            schedule.Occurrences(Utc(2025, 8, 1, 0), Utc(2025, 10, 1, 0)));
    }

    [Fact]
    public void Half_past_two_on_the_spring_forward_day_fires_at_half_past_three_summer_time()
    {
        var schedule = Recurrence.OneOff(new LocalDate(2026, 3, 29), new LocalTime(2, 30), Amsterdam);

        var at = schedule.NextOccurrence(Utc(2026, 3, 1, 0));

        Assert.Equal(Utc(2026, 3, 29, 1, 30), at);
        Assert.Equal(new LocalDateTime(2026, 3, 29, 3, 30), Local(at!.Value));
    }

    [Fact]
    public void Half_past_two_on_the_fall_back_day_fires_at_the_first_of_the_two()
    {
        var schedule = Recurrence.OneOff(new LocalDate(2026, 10, 25), new LocalTime(2, 30), Amsterdam);

        var at = schedule.NextOccurrence(Utc(2026, 10, 1, 0));

        Assert.Equal(Utc(2026, 10, 25, 0, 30), at);
        Assert.Equal(Offset.FromHours(2), at!.Value.InZone(Amsterdam).Offset);
    }

    [Fact]
    public void A_monthly_night_round_is_resolved_by_the_same_rule_every_month()
    {
        var schedule = Recurrence.Monthly(new WeekdayOfMonth(WeekOfMonth.Last, IsoDayOfWeek.Sunday), new LocalTime(2, 30), Amsterdam);

        var occurrences = schedule.Occurrences(Utc(2026, 3, 1, 0), Utc(2026, 12, 1, 0));

        Assert.Equal(Utc(2026, 3, 29, 1, 30), occurrences[0]);   // gap: 03:30 CEST
        Assert.Equal(Utc(2026, 4, 26, 0, 30), occurrences[1]);   // 02:30 CEST
        Assert.Equal(Utc(2026, 10, 25, 0, 30), occurrences[7]);  // ambiguous: the earlier, 02:30 CEST
        Assert.Equal(Utc(2026, 11, 29, 1, 30), occurrences[8]);  // 02:30 CET
        Assert.Equal(9, occurrences.Count);
    }

    [Fact]
    public void Half_yearly_fires_in_January_and_July_or_from_the_anchor_month()
    {
        var rule = new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Monday);
        var january = Recurrence.HalfYearly(rule, Ten, Amsterdam, WorkingDays);
        var march = Recurrence.HalfYearly(rule, Ten, Amsterdam, WorkingDays, CalendarMonth.March);

        Assert.Equal([Utc(2026, 1, 5, 9), Utc(2026, 7, 6, 8), Utc(2027, 1, 4, 9)], january.Occurrences(Utc(2026, 1, 1, 0), Utc(2027, 2, 1, 0)));
        Assert.Equal([Utc(2026, 3, 2, 9), Utc(2026, 9, 7, 8)], march.Occurrences(Utc(2026, 1, 1, 0), Utc(2027, 1, 1, 0)));
        Assert.Equal(Period.FromMonths(6), march.Interval);
    }

    [Fact]
    public void A_one_off_fires_once()
    {
        var schedule = Recurrence.OneOff(new LocalDate(2026, 6, 16), Ten, Amsterdam);
        var at = Utc(2026, 6, 16, 8);

        Assert.Equal(at, schedule.NextOccurrence(Utc(2026, 6, 1, 0)));
        Assert.Null(schedule.NextOccurrence(at));
        Assert.Null(schedule.NextOccurrence(Utc(2026, 7, 1, 0)));
        Assert.Equal([at], schedule.Occurrences(Utc(2026, 1, 1, 0), Utc(2027, 1, 1, 0)));
        Assert.Empty(schedule.Occurrences(Utc(2026, 7, 1, 0), Utc(2027, 1, 1, 0)));
        Assert.Null(schedule.Interval);
    }

    [Fact]
    public void A_one_off_on_a_holiday_follows_the_skip_rule()
    {
        var schedule = Recurrence.OneOff(new LocalDate(2026, 5, 14), Ten, Amsterdam, WorkingDays);

        // Hemelvaartsdag (Thursday 14 May 2026) → Friday 15 May.
        Assert.Equal(Utc(2026, 5, 15, 8), schedule.NextOccurrence(Utc(2026, 5, 1, 0)));
    }

    [Fact]
    public void The_next_occurrence_is_strictly_after_the_given_instant()
    {
        var schedule = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam, WorkingDays);

        Assert.Equal(Utc(2026, 4, 7, 8), schedule.NextOccurrence(Utc(2026, 4, 7, 8) - Duration.Epsilon));
        Assert.Equal(Utc(2026, 7, 7, 8), schedule.NextOccurrence(Utc(2026, 4, 7, 8)));
        Assert.Equal(Utc(2026, 4, 7, 8), schedule.NextOccurrence(Utc(2026, 1, 6, 9)));
    }

    [Fact]
    public void Occurrences_include_the_start_and_exclude_the_end()
    {
        var schedule = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam, WorkingDays);

        Assert.Equal([Utc(2026, 4, 7, 8)], schedule.Occurrences(Utc(2026, 4, 7, 8), Utc(2026, 7, 7, 8)));
        Assert.Empty(schedule.Occurrences(Utc(2026, 4, 7, 8), Utc(2026, 4, 7, 8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => schedule.Occurrences(Utc(2026, 7, 7, 8), Utc(2026, 4, 7, 8)));
    }

    [Fact]
    public void The_last_Tuesday_of_February_is_the_29th_in_a_leap_year()
    {
        var schedule = Recurrence.Monthly(new WeekdayOfMonth(WeekOfMonth.Last, IsoDayOfWeek.Tuesday), Ten, Amsterdam, WorkingDays);

        Assert.Equal(new LocalDate(2028, 2, 29), schedule.DateInPeriod(new YearMonth(2028, 2)));
        Assert.Equal(new LocalDate(2027, 2, 23), schedule.DateInPeriod(new YearMonth(2027, 2)));
        Assert.Equal(Utc(2028, 2, 29, 9), schedule.NextOccurrence(Utc(2028, 2, 1, 0)));
        Assert.Equal(Utc(2028, 2, 29, 9), Recurrence.OneOff(new LocalDate(2028, 2, 29), Ten, Amsterdam).NextOccurrence(Utc(2028, 1, 1, 0)));
    }

    [Fact]
    public void The_fourth_weekday_exists_in_every_February()
    {
        var rule = new WeekdayOfMonth(WeekOfMonth.Fourth, IsoDayOfWeek.Sunday);

        Assert.Equal(new LocalDate(2026, 2, 22), rule.In(new YearMonth(2026, 2)));
        Assert.Equal(new LocalDate(2015, 2, 22), rule.In(new YearMonth(2015, 2)));
        Assert.Equal(new LocalDate(2026, 3, 8), new WeekdayOfMonth(WeekOfMonth.Second, IsoDayOfWeek.Sunday).In(new YearMonth(2026, 3)));
    }

    [Fact]
    public void A_scheduler_driven_by_a_fake_clock_fires_each_quarter_once()
    {
        var clock = new FakeClock(Utc(2026, 2, 10, 12));
        var schedule = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam, WorkingDays);
        var fired = new List<LocalDateTime>();

        for (var i = 0; i < 4; i++)
        {
            var next = schedule.NextOccurrence(clock.GetCurrentInstant())!.Value;
            clock.Reset(next);
            fired.Add(Local(clock.GetCurrentInstant()));
        }

        Assert.Equal(
            [new LocalDateTime(2026, 4, 7, 10, 0), new LocalDateTime(2026, 7, 7, 10, 0), new LocalDateTime(2026, 10, 6, 10, 0), new LocalDateTime(2027, 1, 5, 10, 0)],
            fired);
    }

    [Fact]
    public void Asking_for_a_month_that_starts_no_period_is_refused()
    {
        var quarterly = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Tuesday), Ten, Amsterdam);
        var oneOff = Recurrence.OneOff(new LocalDate(2026, 6, 16), Ten, Amsterdam);

        Assert.Throws<ArgumentException>(() => quarterly.DateInPeriod(new YearMonth(2026, 5)));
        Assert.Throws<InvalidOperationException>(() => oneOff.DateInPeriod(new YearMonth(2026, 6)));
        Assert.False(oneOff.IsPeriodStart(new YearMonth(2026, 6)));
    }

    [Fact]
    public void Invalid_rules_are_domain_errors()
    {
        var weekday = Assert.Throws<DomainException>(() => new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.None));
        var week = Assert.Throws<DomainException>(() => new WeekdayOfMonth((WeekOfMonth)9, IsoDayOfWeek.Monday));
        var anchor = Assert.Throws<DomainException>(() => Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.First, IsoDayOfWeek.Monday), Ten, Amsterdam, anchorMonth: (CalendarMonth)13));
        var policy = Assert.Throws<DomainException>(() => SkipRule.From((SkipPolicy)5, skipWeekends: true, skipHolidays: true));
        var zone = Assert.Throws<DomainException>(() => ScheduleZone.FromId("Europe/Havenkwartier"));

        Assert.Equal(SchedulingErrors.WeekdayRuleInvalid, weekday.Code);
        Assert.Equal(SchedulingErrors.WeekdayRuleInvalid, week.Code);
        Assert.Equal((SchedulingErrors.AnchorMonthInvalid, SchedulingFieldNames.AnchorMonth), (anchor.Code, anchor.Field));
        Assert.Equal(SchedulingErrors.OptionInvalid, policy.Code);
        Assert.Equal(SchedulingErrors.TimeZoneUnknown, zone.Code);
        Assert.Equal("Europe/Amsterdam", ScheduleZone.FromId("Europe/Amsterdam").Id);
    }
}
