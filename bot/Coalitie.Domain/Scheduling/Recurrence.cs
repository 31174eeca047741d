using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Scheduling;

/// <summary>How often a schedule fires.</summary>
public enum RecurrenceKind
{
    /// <summary>Once, on a given date.</summary>
    OneOff,

    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every three months, in the months of <see cref="Recurrence.AnchorMonth"/> + 0, 3, 6, 9.</summary>
    Quarterly,

    /// <summary>Every six months, in the months of <see cref="Recurrence.AnchorMonth"/> + 0, 6.</summary>
    HalfYearly,
}

/// <summary>
/// When a round fires: once on a date, or every month, quarter or half year on a weekday rule — always at a local
/// time in a time zone, with a policy for weekends and holidays.
/// </summary>
/// <remarks>
/// <para>
/// <b>Periods.</b> A recurring schedule divides the calendar into periods of one, three or six months. A period
/// begins in every month whose distance from <see cref="AnchorMonth"/> is a multiple of the period's length; the
/// weekday rule picks a day in that first month. So "quarterly, first Tuesday" (anchor January, the default) is the
/// first Tuesday of January, April, July and October; with anchor February it is the first Tuesday of February, May,
/// August and November. "Half-yearly, first Monday" is the first Monday of January and July (anchor January), or of
/// March and September (anchor March). A monthly schedule fires in every month; its anchor is ignored.
/// </para>
/// <para>
/// <b>Skipping.</b> The rule's date is then passed through <see cref="Skip"/> (<see cref="SkipRule.Apply"/>): it may
/// move to a later working day in the same month, or, when none remains, to an earlier one — never into another
/// month. A one-off date goes through the same rule.
/// </para>
/// <para>
/// <b>Time.</b> The fire moment is that date at <see cref="Time"/> in <see cref="Zone"/>, so 10:00 stays 10:00 on
/// the wall clock in winter and summer (09:00 UTC in winter, 08:00 UTC in summer in Europe/Amsterdam). A local time
/// in the spring-forward gap moves forward by the gap; a local time in the fall-back hour takes the earlier instant
/// (<see cref="ScheduleZone.Resolver"/>).
/// </para>
/// <para>
/// Each period has exactly one occurrence and, because the date never leaves its month, occurrences are in the same
/// order as their periods.
/// </para>
/// </remarks>
public sealed record Recurrence
{
    private Recurrence(RecurrenceKind kind, LocalDate? date, WeekdayOfMonth? rule, CalendarMonth anchorMonth, LocalTime time, DateTimeZone zone, SkipRule skip)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!Enum.IsDefined(anchorMonth))
        {
            throw new DomainException(SchedulingErrors.AnchorMonthInvalid, $"Unknown anchor month {(int)anchorMonth}.", SchedulingFieldNames.AnchorMonth, (int)anchorMonth);
        }

        Kind = kind;
        Date = date;
        Rule = rule;
        AnchorMonth = anchorMonth;
        Time = time;
        Zone = zone;
        Skip = skip ?? SkipRule.None;
    }

    public RecurrenceKind Kind { get; }

    /// <summary>The date of a one-off schedule (before skipping); null for recurring schedules.</summary>
    public LocalDate? Date { get; }

    /// <summary>The weekday rule of a recurring schedule; null for a one-off.</summary>
    public WeekdayOfMonth? Rule { get; }

    /// <summary>A month in which a period begins (January unless chosen otherwise; ignored for monthly and one-off).</summary>
    public CalendarMonth AnchorMonth { get; }

    /// <summary>The local (wall-clock) time the schedule fires at.</summary>
    public LocalTime Time { get; }

    /// <summary>The coalition's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>What happens when the computed date is not a working day.</summary>
    public SkipRule Skip { get; }

    /// <summary>The length of a period (one, three or six months); null for a one-off.</summary>
    public Period? Interval => Kind switch
    {
        RecurrenceKind.Monthly => Period.FromMonths(1),
        RecurrenceKind.Quarterly => Period.FromMonths(3),
        RecurrenceKind.HalfYearly => Period.FromMonths(6),
        _ => null,
    };

    /// <summary>Fires once, on <paramref name="date"/> (moved by <paramref name="skip"/> if needed) at <paramref name="time"/>.</summary>
    public static Recurrence OneOff(LocalDate date, LocalTime time, DateTimeZone zone, SkipRule? skip = null) =>
        new(RecurrenceKind.OneOff, date, null, CalendarMonth.January, time, zone, skip ?? SkipRule.None);

    /// <summary>Fires every month on <paramref name="rule"/> at <paramref name="time"/>.</summary>
    public static Recurrence Monthly(WeekdayOfMonth rule, LocalTime time, DateTimeZone zone, SkipRule? skip = null) =>
        Recurring(RecurrenceKind.Monthly, rule, time, zone, skip, CalendarMonth.January);

    /// <summary>
    /// Fires every quarter on <paramref name="rule"/> in the quarter's first month: January, April, July and October
    /// by default, or <paramref name="anchorMonth"/> and every third month from it.
    /// </summary>
    public static Recurrence Quarterly(WeekdayOfMonth rule, LocalTime time, DateTimeZone zone, SkipRule? skip = null, CalendarMonth anchorMonth = CalendarMonth.January) =>
        Recurring(RecurrenceKind.Quarterly, rule, time, zone, skip, anchorMonth);

    /// <summary>
    /// Fires every half year on <paramref name="rule"/> in the half year's first month: January and July by default,
    /// or <paramref name="anchorMonth"/> and the month six months from it.
    /// </summary>
    public static Recurrence HalfYearly(WeekdayOfMonth rule, LocalTime time, DateTimeZone zone, SkipRule? skip = null, CalendarMonth anchorMonth = CalendarMonth.January) =>
        Recurring(RecurrenceKind.HalfYearly, rule, time, zone, skip, anchorMonth);

    /// <summary>Whether a period of this recurring schedule begins in <paramref name="month"/> (always false for a one-off).</summary>
    public bool IsPeriodStart(YearMonth month) =>
        Interval is { } interval && MonthsSinceAnchor(month) % interval.Months == 0;

    /// <summary>
    /// The date this recurring schedule fires on in the period beginning in <paramref name="periodStart"/>, after
    /// skipping. Always a date in <paramref name="periodStart"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A one-off schedule.</exception>
    /// <exception cref="ArgumentException">No period begins in <paramref name="periodStart"/>.</exception>
    public LocalDate DateInPeriod(YearMonth periodStart)
    {
        if (Rule is null)
        {
            throw new InvalidOperationException("A one-off schedule has no periods.");
        }

        if (!IsPeriodStart(periodStart))
        {
            throw new ArgumentException($"No {Kind} period begins in {periodStart}.", nameof(periodStart));
        }

        return Skip.Apply(Rule.In(periodStart));
    }

    /// <summary>
    /// The first moment this schedule fires strictly after <paramref name="after"/>; null when a one-off has already
    /// fired (its moment is at or before <paramref name="after"/>). A recurring schedule always has a next moment.
    /// </summary>
    public Instant? NextOccurrence(Instant after)
    {
        if (Kind == RecurrenceKind.OneOff)
        {
            var once = FireAt(Skip.Apply(Date!.Value));
            return once > after ? once : null;
        }

        // Dates never leave their month and the resolver never maps a later local time to an earlier instant, so no
        // period that begins before the one containing `after`'s local month can fire after it. Every period fires
        // once, so this loop ends within a couple of periods.
        var interval = Interval!.Months;
        var localMonth = after.InZone(Zone).Date.ToYearMonth();
        var period = localMonth.PlusMonths(-(MonthsSinceAnchor(localMonth) % interval));
        while (true)
        {
            var at = FireAt(DateInPeriod(period));
            if (at > after)
            {
                return at;
            }

            period = period.PlusMonths(interval);
        }
    }

    /// <summary>
    /// Every moment this schedule fires in [<paramref name="from"/>, <paramref name="to"/>): <paramref name="from"/>
    /// included, <paramref name="to"/> excluded, in order. Empty when <paramref name="from"/> equals <paramref name="to"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> before <paramref name="from"/>.</exception>
    public IReadOnlyList<Instant> Occurrences(Instant from, Instant to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The end lies before the start.");
        }

        var result = new List<Instant>();
        var next = NextOccurrence(from - Duration.Epsilon);
        while (next is { } at && at < to)
        {
            result.Add(at);
            next = NextOccurrence(at);
        }

        return result;
    }

    private static Recurrence Recurring(RecurrenceKind kind, WeekdayOfMonth rule, LocalTime time, DateTimeZone zone, SkipRule? skip, CalendarMonth anchorMonth)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(kind, null, rule, anchorMonth, time, zone, skip ?? SkipRule.None);
    }

    private int MonthsSinceAnchor(YearMonth month)
    {
        const int monthsPerYear = 12;
        return (((month.Month - (int)AnchorMonth) % monthsPerYear) + monthsPerYear) % monthsPerYear;
    }

    private Instant FireAt(LocalDate date) => ScheduleZone.ToInstant(date + Time, Zone);
}
