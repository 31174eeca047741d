using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.CheckIns.Results;

public static partial class ResultsCards
{
    /// <summary>The bar track's resolution: segment widths are weights out of this many parts.</summary>
    internal const int TrackParts = 1000;

    private static readonly PixelLength BarHeight = new(14);

    /// <summary>
    /// One horizontal bar per factor a–i, drawn with columns under a line with its name, mean and trend arrow. The
    /// track runs from the scale's minimum (an empty bar: everyone chose the lowest value) to its maximum; the filled part
    /// reaches the mean, green at or above the weak threshold and red below it; every track has a vertical line
    /// (a column separator) at the threshold, and a row under the bars names it. The elements sit directly in the
    /// body, because every level of nesting costs bytes of the 28 KB.
    /// </summary>
    private static IEnumerable<CardElement> Chart(ResultsTexts t, RoundResultsReport report)
    {
        var threshold = Position(report.WeakBelow, report.Scale);
        yield return new TextBlock { Text = t.ChartHeading(t.ScaleRange(report.Scale)), Wrap = true, Separator = true, Spacing = Spacing.Medium };
        foreach (var factor in ResultFactors.All)
        {
            var mean = report.Factor(factor).Mean;
            var value = mean is { } exact
                ? $"**{t.Number(exact)}** {ResultsTexts.Arrow(report.Trend.Factor(factor).Direction)}".TrimEnd()
                : "–";
            yield return new TextBlock { Text = $"{t.FactorTitle(factor)} · {value}", Size = TextSize.Small, Wrap = true, Spacing = Spacing.Small };
            yield return Bar(mean, mean < report.WeakBelow, report, threshold);
        }

        yield return ThresholdRow(t, report, threshold);
        yield return new TextBlock
        {
            Text = t.ChartLegend(t.Limit(report.WeakBelow), report.PreviousRoundName),
            Wrap = true,
            IsSubtle = true,
            Size = TextSize.Small,
        };
    }

    /// <summary>
    /// Where <paramref name="value"/> lies on the track, in <see cref="TrackParts"/> (clamped to the track).
    /// </summary>
    internal static int Position(decimal value, CheckInScale scale)
    {
        var share = (value - scale.Minimum) / (scale.Maximum - scale.Minimum);
        var parts = (int)Math.Round(share * TrackParts, MidpointRounding.AwayFromZero);
        return Math.Clamp(parts, 0, TrackParts);
    }

    /// <summary>The segments of one bar: (width, filled, starts at the threshold), left to right, widths summing to the track.</summary>
    internal static IReadOnlyList<(int Width, bool Filled, bool AtThreshold)> Segments(int? mean, int threshold)
    {
        var cuts = new SortedSet<int> { 0, TrackParts };
        if (mean is { } m)
        {
            cuts.Add(m);
        }

        var marked = threshold is > 0 and < TrackParts;
        if (marked)
        {
            cuts.Add(threshold);
        }

        var points = cuts.ToList();
        return [.. points.Zip(points.Skip(1), (from, to) => (to - from, mean is { } end && to <= end, marked && from == threshold))];
    }

    private static ColumnSet Bar(decimal? mean, bool weak, RoundResultsReport report, int threshold) => new()
    {
        Spacing = Spacing.None,
        Columns = [.. Segments(mean is { } m ? Position(m, report.Scale) : null, threshold)
            .Select((s, i) => new Column
            {
                Width = ColumnWidth.Weighted(s.Width),
                Style = s.Filled ? (weak ? ContainerStyle.Attention : ContainerStyle.Good) : ContainerStyle.Emphasis,
                MinHeight = BarHeight,
                Spacing = i == 0 ? null : Spacing.None,
                Separator = s.AtThreshold ? true : null,
            })],
    };

    /// <summary>The row under the bars whose text starts exactly at the threshold: "┆ signaalgrens 2,5".</summary>
    private static ColumnSet ThresholdRow(ResultsTexts t, RoundResultsReport report, int threshold)
    {
        var label = new TextBlock { Text = t.ChartThreshold(t.Limit(report.WeakBelow)), Size = TextSize.Small, IsSubtle = true };
        return new ColumnSet
        {
            Spacing = Spacing.None,
            Columns = threshold is > 0 and < TrackParts
                ?
                [
                    new Column { Width = ColumnWidth.Weighted(threshold) },
                    new Column { Width = ColumnWidth.Weighted(TrackParts - threshold), Spacing = Spacing.None, Items = [label] },
                ]
                : [new Column { Width = ColumnWidth.Stretch, Items = [label] }],
        };
    }

    /// <summary>
    /// The figures per factor as facts (answers, mean, median, the count per scale value and "weet niet"), folded
    /// behind a toggle unless <paramref name="visible"/>. A FactSet rather than a Table: a table cell costs about
    /// 200 bytes, and ten rows of eleven cells would not fit in 28 KB next to the chart.
    /// </summary>
    private static IEnumerable<CardElement> FactorTable(ResultsTexts t, RoundResultsReport report, bool visible)
    {
        var scale = report.Scale;
        var facts = report.Results.Factors
            .Select(f => new Fact(t.FactorTitle(f.Factor), t.FactorFigures(f, scale)))
            .ToList();

        yield return new ActionSet
        {
            Separator = true,
            Spacing = Spacing.Medium,
            Actions = [new ToggleVisibilityAction { Title = t.TableToggle, TargetElements = [new TargetElement(TableId)] }],
        };
        yield return new Container
        {
            Id = TableId,
            IsVisible = visible ? null : false,
            Spacing = Spacing.Small,
            Items =
            [
                new FactSet { Facts = facts },
                new TextBlock { Text = t.ScaleLegend(scale), Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
        };
    }
}
