namespace Coalitie.Domain.CheckIns.Results;

/// <summary>Which way a factor's mean moved since the previous round.</summary>
public enum TrendDirection
{
    /// <summary>No previous round, no answers in one of the two rounds, or a different scale.</summary>
    NotComparable,

    Up,

    Down,

    /// <summary>The difference rounds to 0,0 at display precision.</summary>
    Same,
}

/// <summary>
/// One factor against the previous round. <see cref="Difference"/> is current mean minus previous mean, exact;
/// <see langword="null"/> when <see cref="Direction"/> is <see cref="TrendDirection.NotComparable"/>.
/// </summary>
public sealed record FactorTrend(
    char Factor,
    decimal? Current,
    decimal? Previous,
    decimal? Difference,
    TrendDirection Direction)
{
    public decimal? DifferenceForDisplay => Difference is { } d ? ResultRounding.ForDisplay(d) : null;
}

/// <summary>
/// The trend of a round: per factor the difference with the previous round (the latest earlier-closed round among
/// those given), and the three weakest factors of the current round.
/// </summary>
public sealed record RoundTrend(
    Guid RoundId,
    Guid? PreviousRoundId,
    IReadOnlyList<FactorTrend> Factors,
    IReadOnlyList<char> Weakest)
{
    /// <summary>How many factors <see cref="Weakest"/> lists at most.</summary>
    public const int WeakestCount = 3;

    public FactorTrend Factor(char factor) => Factors.Single(f => f.Factor == factor);

    /// <summary>
    /// Compares <paramref name="current"/> with the latest of <paramref name="previousRounds"/> that closed before it
    /// (others, and the current round itself, are ignored). Means of rounds on a different scale are not compared.
    /// The direction follows the difference rounded for display, so "+0,0" is never shown as a rise. Weakest: the
    /// factors with at least one answer, lowest exact mean first; ties by the lower median, then by factor letter.
    /// </summary>
    public static RoundTrend Compare(RoundResults current, IReadOnlyList<RoundResults> previousRounds)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previousRounds);

        var previous = Earlier(current, previousRounds).FirstOrDefault();
        var trends = ResultFactors.All
            .Select(f => Trend(f, current, previous))
            .ToList();
        var weakest = current.Factors
            .Where(f => f.Mean.HasValue)
            .OrderBy(f => f.Mean)
            .ThenBy(f => f.Median)
            .ThenBy(f => f.Factor)
            .Take(WeakestCount)
            .Select(f => f.Factor)
            .ToList();
        return new RoundTrend(current.RoundId, previous?.RoundId, trends, weakest);
    }

    /// <summary>The rounds closed before <paramref name="current"/>, latest first.</summary>
    internal static List<RoundResults> Earlier(RoundResults current, IEnumerable<RoundResults> rounds) =>
        [.. rounds
            .Where(r => r.RoundId != current.RoundId && r.ClosedAt < current.ClosedAt)
            .OrderByDescending(r => r.ClosedAt)];

    /// <summary>The exact difference of a factor's means, or null when the two rounds cannot be compared.</summary>
    internal static decimal? Difference(char factor, RoundResults later, RoundResults? earlier)
    {
        if (earlier is null || earlier.ScaleMin != later.ScaleMin || earlier.ScaleMax != later.ScaleMax)
        {
            return null;
        }

        return later.Factor(factor).Mean - earlier.Factor(factor).Mean;
    }

    private static FactorTrend Trend(char factor, RoundResults current, RoundResults? previous)
    {
        var difference = Difference(factor, current, previous);
        var direction = difference is not { } d
            ? TrendDirection.NotComparable
            : ResultRounding.ForDisplay(d) switch
            {
                > 0 => TrendDirection.Up,
                < 0 => TrendDirection.Down,
                _ => TrendDirection.Same,
            };
        var comparable = difference.HasValue;
        return new FactorTrend(
            factor,
            current.Factor(factor).Mean,
            comparable ? previous!.Factor(factor).Mean : null,
            difference,
            direction);
    }
}
