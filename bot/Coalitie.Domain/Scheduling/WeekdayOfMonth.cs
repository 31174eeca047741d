using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Scheduling;

/// <summary>Which occurrence of a weekday within a month.</summary>
public enum WeekOfMonth
{
    /// <summary>The first such weekday: day 1 to 7.</summary>
    First,

    /// <summary>The second: day 8 to 14.</summary>
    Second,

    /// <summary>The third: day 15 to 21.</summary>
    Third,

    /// <summary>The fourth: day 22 to 28 (exists in every month, February included).</summary>
    Fourth,

    /// <summary>The last such weekday of the month: one of its last seven days.</summary>
    Last,
}

/// <summary>
/// A weekday rule such as "first Tuesday", "second Monday" or "last Friday" of a month. There is no "fifth": not
/// every month has one; use <see cref="WeekOfMonth.Last"/>.
/// </summary>
public sealed record WeekdayOfMonth
{
    public WeekdayOfMonth(WeekOfMonth week, IsoDayOfWeek day)
    {
        if (!Enum.IsDefined(week))
        {
            throw new DomainException(SchedulingErrors.WeekdayRuleInvalid, $"Unknown week of the month {week}.", SchedulingFieldNames.Weekday, week);
        }

        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new DomainException(SchedulingErrors.WeekdayRuleInvalid, $"Unknown day of the week {day}.", SchedulingFieldNames.Weekday, day);
        }

        Week = week;
        Day = day;
    }

    public WeekOfMonth Week { get; }

    public IsoDayOfWeek Day { get; }

    /// <summary>The date this rule picks in <paramref name="month"/> (before any skipping of non-working days).</summary>
    public LocalDate In(YearMonth month) =>
        Week == WeekOfMonth.Last
            ? month.ToDateInterval().End.With(DateAdjusters.PreviousOrSame(Day))
            : month.OnDayOfMonth(1).With(DateAdjusters.NextOrSame(Day)).PlusWeeks((int)Week);

    public override string ToString() => $"{Week} {Day}";
}
