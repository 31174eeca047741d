using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Scheduling;

/// <summary>What a schedule does when its computed date is not a working day.</summary>
public enum SkipPolicy
{
    /// <summary>Fire on the computed date, whatever day it is.</summary>
    None,

    /// <summary>Move to the next working day in the same month (see <see cref="SkipRule.Apply"/>).</summary>
    NextWorkingDay,
}

/// <summary>
/// How a schedule treats weekends and Dutch public holidays: the policy, which days count as non-working, and the
/// holiday options.
/// </summary>
public sealed record SkipRule
{
    private SkipRule(SkipPolicy policy, bool skipWeekends, bool skipHolidays, DutchHolidays holidays)
    {
        Policy = policy;
        SkipWeekends = skipWeekends;
        SkipHolidays = skipHolidays;
        Holidays = holidays;
    }

    /// <summary>Never move: a schedule fires on its computed date, weekend or holiday.</summary>
    public static SkipRule None { get; } = new(SkipPolicy.None, skipWeekends: false, skipHolidays: false, DutchHolidays.Default);

    public SkipPolicy Policy { get; }

    /// <summary>Whether Saturdays and Sundays are skipped.</summary>
    public bool SkipWeekends { get; }

    /// <summary>Whether the holidays of <see cref="Holidays"/> are skipped.</summary>
    public bool SkipHolidays { get; }

    /// <summary>Which days are holidays (Goede Vrijdag, Bevrijdingsdag options).</summary>
    public DutchHolidays Holidays { get; }

    /// <summary>
    /// Move to the next working day when the computed date falls in a weekend (if <paramref name="skipWeekends"/>) or on
    /// a holiday (if <paramref name="skipHolidays"/>). With both off nothing is skipped.
    /// </summary>
    public static SkipRule NextWorkingDay(bool skipWeekends = true, bool skipHolidays = true, DutchHolidays? holidays = null) =>
        new(SkipPolicy.NextWorkingDay, skipWeekends, skipHolidays, holidays ?? DutchHolidays.Default);

    /// <summary>Builds the rule from a stored policy and flags.</summary>
    /// <exception cref="DomainException"><see cref="SchedulingErrors.OptionInvalid"/> for an unknown policy.</exception>
    public static SkipRule From(SkipPolicy policy, bool skipWeekends, bool skipHolidays, DutchHolidays? holidays = null) => policy switch
    {
        SkipPolicy.None => None,
        SkipPolicy.NextWorkingDay => NextWorkingDay(skipWeekends, skipHolidays, holidays),
        _ => throw new DomainException(SchedulingErrors.OptionInvalid, $"Unknown skip policy {policy}.", SchedulingFieldNames.SkipPolicy, policy),
    };

    /// <summary>Whether <paramref name="date"/> is a working day under this rule.</summary>
    public bool IsWorkingDay(LocalDate date) => Holidays.IsWorkingDay(date, SkipWeekends, SkipHolidays);

    /// <summary>
    /// The date a schedule fires on, given the date its rule computed.
    /// </summary>
    /// <remarks>
    /// With <see cref="SkipPolicy.None"/>, or when <paramref name="computed"/> is a working day, it is returned as is.
    /// Otherwise the first working day after it <em>in the same month</em> is returned: a round never moves into the
    /// next month (and so never into the next period). When no working day remains in the month after the computed
    /// date (e.g. "last Sunday" on 31 August 2025), the last working day before it in the same month is returned
    /// instead (Friday 29 August 2025): the round still happens in its own period, as close to its date as possible.
    /// A month without any working day cannot occur with weekends and Dutch holidays; if it did, the computed date
    /// would be kept.
    /// </remarks>
    public LocalDate Apply(LocalDate computed)
    {
        if (Policy == SkipPolicy.None || IsWorkingDay(computed))
        {
            return computed;
        }

        for (var date = computed.PlusDays(1); date.Month == computed.Month; date = date.PlusDays(1))
        {
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        for (var date = computed.PlusDays(-1); date.Month == computed.Month; date = date.PlusDays(-1))
        {
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        return computed;
    }
}
