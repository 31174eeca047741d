namespace Coalitie.Domain.CheckIns.Results;

/// <summary>How many answers gave one scale value.</summary>
public sealed record ScaleCount(int Value, int Count);

/// <summary>
/// The figures of one factor over a set of answers. <see cref="Answers"/> excludes "weet niet", which is counted in
/// <see cref="DontKnow"/>. <see cref="Mean"/> and <see cref="Median"/> are exact decimals (the mean to decimal's
/// 28 significant digits) and <see langword="null"/> when there are no answers; round them for display with
/// <see cref="ResultRounding.ForDisplay(decimal)"/>. <see cref="Distribution"/> has one entry per scale value, in
/// order, zeros included.
/// </summary>
public sealed record FactorStatistics(
    char Factor,
    int Answers,
    int DontKnow,
    decimal? Mean,
    decimal? Median,
    IReadOnlyList<ScaleCount> Distribution)
{
    /// <summary>The mean rounded to one decimal for display, or <see langword="null"/> without answers.</summary>
    public decimal? MeanForDisplay => Mean is { } m ? ResultRounding.ForDisplay(m) : null;

    /// <summary>The median rounded to one decimal for display, or <see langword="null"/> without answers.</summary>
    public decimal? MedianForDisplay => Median is { } m ? ResultRounding.ForDisplay(m) : null;

    internal static FactorStatistics From(char factor, IEnumerable<int?> scores, int scaleMin, int scaleMax)
    {
        var all = scores.ToList();
        var values = all.Where(s => s.HasValue).Select(s => s!.Value).OrderBy(v => v).ToList();
        var dontKnow = all.Count - values.Count;
        var distribution = Enumerable.Range(scaleMin, scaleMax - scaleMin + 1)
            .Select(v => new ScaleCount(v, values.Count(x => x == v)))
            .ToList();
        if (values.Count == 0)
        {
            return new FactorStatistics(factor, 0, dontKnow, null, null, distribution);
        }

        var mean = (decimal)values.Sum() / values.Count;
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1
            ? values[middle]
            : (values[middle - 1] + values[middle]) / 2m;
        return new FactorStatistics(factor, values.Count, dontKnow, mean, median, distribution);
    }
}

/// <summary>
/// The one rounding rule of results: exact values are kept and compared; only display rounds, to one decimal,
/// half away from zero (2,25 → 2,3; −0,05 → −0,1), as people learn it at school.
/// </summary>
public static class ResultRounding
{
    public static decimal ForDisplay(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
