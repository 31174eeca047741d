using NodaTime;

namespace Coalitie.Domain.Contracts;

/// <summary>
/// The bounds a contract is checked against. The defaults follow the texts, and where the texts give a range the
/// product chose how to enforce it (a configurable design choice, not a policy fact):
/// <list type="bullet">
/// <item><b>Horizon</b>: the texts say "at least ten, but preferably twenty years" (D3 §3.5) and ask for goals "for
/// the coming ten to twenty years". Default: a horizon must span at least <see cref="MinimumHorizon"/> (10 years)
/// and at most <see cref="MaximumHorizon"/> (20 years). A horizon outside the bounds is refused.</item>
/// <item><b>Review cycle</b>: "evaluated once every three to four years" (D2, D3). Default 3 or 4 years; others
/// are refused.</item>
/// <item><b>Implementation programmes</b>: "three to four years" (D3). Outside that a programme is accepted with a
/// warning, because the texts describe a norm, not a rule.</item>
/// </list>
/// Lengths are measured over whole days with both ends included: 1 jan 2026 – 31 dec 2045 spans exactly 20 years.
/// </summary>
public sealed record ContractRules
{
    public static ContractRules Default { get; } = new();

    /// <summary>Shortest accepted horizon (default 10 years).</summary>
    public Period MinimumHorizon { get; init; } = Period.FromYears(10);

    /// <summary>Longest accepted horizon (default 20 years).</summary>
    public Period MaximumHorizon { get; init; } = Period.FromYears(20);

    /// <summary>Shortest accepted review cycle (default 3 years).</summary>
    public ReviewCycle MinimumReviewCycle { get; init; } = ReviewCycle.FromYears(3);

    /// <summary>Longest accepted review cycle (default 4 years).</summary>
    public ReviewCycle MaximumReviewCycle { get; init; } = ReviewCycle.FromYears(4);

    /// <summary>Shortest usual programme (default 3 years); a shorter one gets a warning.</summary>
    public Period UsualProgrammeMinimum { get; init; } = Period.FromYears(3);

    /// <summary>Longest usual programme (default 4 years); a longer one gets a warning.</summary>
    public Period UsualProgrammeMaximum { get; init; } = Period.FromYears(4);

    /// <summary>
    /// Whether the interval (ends included) spans at least <paramref name="minimum"/> and at most
    /// <paramref name="maximum"/>. Periods are added to the start date, so a start on 29 February plus whole years
    /// lands on 28 February in a common year (NodaTime's truncation): 29 feb 2028 – 27 feb 2038 is exactly 10 years.
    /// </summary>
    public static bool Spans(DateInterval interval, Period minimum, Period maximum)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var dayAfter = interval.End.PlusDays(1);
        return dayAfter >= interval.Start.Plus(minimum) && dayAfter <= interval.Start.Plus(maximum);
    }

    /// <summary>The length of an interval (ends included) in years, months and days: 1 jan 2026 – 31 dec 2045 → 20 years.</summary>
    public static Period Length(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Period.Between(interval.Start, interval.End.PlusDays(1), PeriodUnits.YearMonthDay);
    }
}
