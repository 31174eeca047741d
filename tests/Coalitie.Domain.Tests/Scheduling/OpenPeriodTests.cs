using Coalitie.Domain.Common;
using Coalitie.Domain.Scheduling;
using NodaTime;

namespace Coalitie.Domain.Tests.Scheduling;

public class OpenPeriodTests
{
    private static readonly DateTimeZone Amsterdam = ScheduleZone.Amsterdam;
    private static readonly Period TenDays = Period.FromDays(10);

    private static Instant Utc(int year, int month, int day, int hour, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);

    [Fact]
    public void Ten_days_across_the_last_Sunday_of_October_close_at_the_same_local_time()
    {
        // Tuesday 20 October 2026 10:00 CEST.
        var period = OpenPeriod.Starting(Utc(2026, 10, 20, 8), TenDays, Amsterdam);

        Assert.Equal(Utc(2026, 10, 30, 9), period.ClosesAt);
        Assert.Equal(new LocalDateTime(2026, 10, 30, 10, 0), period.ClosesAtLocal.LocalDateTime);
        Assert.Equal(Duration.FromDays(10) + Duration.FromHours(1), period.Interval.Duration);
    }

    [Fact]
    public void Ten_days_across_the_last_Sunday_of_March_close_at_the_same_local_time()
    {
        // Tuesday 24 March 2026 10:00 CET.
        var period = OpenPeriod.Starting(Utc(2026, 3, 24, 9), TenDays, Amsterdam);

        Assert.Equal(Utc(2026, 4, 3, 8), period.ClosesAt);
        Assert.Equal(new LocalDateTime(2026, 4, 3, 10, 0), period.ClosesAtLocal.LocalDateTime);
        Assert.Equal(Duration.FromDays(10) - Duration.FromHours(1), period.Interval.Duration);
    }

    [Fact]
    public void A_closing_time_in_the_spring_forward_gap_moves_forward_by_the_gap()
    {
        // Saturday 28 March 2026 02:30 CET, open for one day: 02:30 on Sunday does not exist.
        var period = OpenPeriod.Starting(Utc(2026, 3, 28, 1, 30), Period.FromDays(1), Amsterdam);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 3, 30), period.ClosesAtLocal.LocalDateTime);
        Assert.Equal(Utc(2026, 3, 29, 1, 30), period.ClosesAt);
    }

    [Fact]
    public void The_opening_moment_is_inside_and_the_closing_moment_outside()
    {
        var period = OpenPeriod.Starting(Utc(2026, 4, 7, 8), TenDays, Amsterdam);

        Assert.False(period.IsOpenAt(period.OpensAt - Duration.Epsilon));
        Assert.True(period.IsOpenAt(period.OpensAt));
        Assert.True(period.IsOpenAt(period.ClosesAt - Duration.Epsilon));
        Assert.False(period.IsOpenAt(period.ClosesAt));
    }

    [Fact]
    public void Ten_days_from_25_February_end_a_day_earlier_in_a_leap_year()
    {
        var leap = OpenPeriod.Starting(Utc(2028, 2, 25, 9), TenDays, Amsterdam);
        var common = OpenPeriod.Starting(Utc(2027, 2, 25, 9), TenDays, Amsterdam);

        Assert.Equal(new LocalDateTime(2028, 3, 6, 10, 0), leap.ClosesAtLocal.LocalDateTime);
        Assert.Equal(new LocalDateTime(2027, 3, 7, 10, 0), common.ClosesAtLocal.LocalDateTime);
    }

    [Fact]
    public void A_period_that_does_not_end_after_it_starts_is_refused()
    {
        var zero = Assert.Throws<DomainException>(() => OpenPeriod.Starting(Utc(2026, 4, 7, 8), Period.Zero, Amsterdam));
        var negative = Assert.Throws<DomainException>(() => OpenPeriod.Starting(Utc(2026, 4, 7, 8), Period.FromDays(-3), Amsterdam));

        Assert.Equal((SchedulingErrors.OpenPeriodNotPositive, SchedulingFieldNames.OpenPeriod), (zero.Code, zero.Field));
        Assert.Equal(SchedulingErrors.OpenPeriodNotPositive, negative.Code);
    }
}
