using Coalitie.Domain.CheckIns.Results;
using NodaTime;
using static Coalitie.Domain.Tests.CheckIns.Results.ResultSamples;

namespace Coalitie.Domain.Tests.CheckIns.Results;

public class RoundTrendTests
{
    private static readonly Instant Q4 = Instant.FromUtc(2026, 12, 11, 9, 0);
    private static readonly Instant Q3 = Instant.FromUtc(2026, 9, 11, 9, 0);

    [Fact]
    public void Each_factor_is_compared_with_the_latest_earlier_round()
    {
        var older = Computed(Q3, [1, 1, 1]);
        var previous = Computed(Q4, [3, 3, 3], ('c', [4, 4, 5]));
        var current = Computed(Closed, [3, 3, 3], ('a', [4, 4, 4]), ('b', [1, 1, 4]), ('f', [null, null, null]));

        var trend = RoundTrend.Compare(current, [older, previous, current]);

        Assert.Equal(previous.RoundId, trend.PreviousRoundId);
        Assert.Equal(new FactorTrend('a', 4m, 3m, 1m, TrendDirection.Up), trend.Factor('a'));
        Assert.Equal(new FactorTrend('b', 2m, 3m, -1m, TrendDirection.Down), trend.Factor('b'));
        Assert.Equal(3m - (13m / 3m), trend.Factor('c').Difference);
        Assert.Equal(-1.3m, trend.Factor('c').DifferenceForDisplay);
        Assert.Equal(TrendDirection.Same, trend.Factor('g').Direction);
        Assert.Equal(TrendDirection.NotComparable, trend.Factor('f').Direction);
        Assert.Null(trend.Factor('f').Difference);
    }

    [Fact]
    public void Without_an_earlier_round_nothing_is_comparable()
    {
        var current = Computed(Closed, [3, 3, 3]);
        var later = Computed(Closed + Duration.FromDays(90), [1, 1, 1]);

        var trend = RoundTrend.Compare(current, [later]);

        Assert.Null(trend.PreviousRoundId);
        Assert.All(trend.Factors, f => Assert.Equal(TrendDirection.NotComparable, f.Direction));
    }

    [Fact]
    public void A_difference_that_rounds_to_zero_counts_as_the_same()
    {
        // 76 / 25 = 3,04 against 3.
        var previous = Computed(Q4, [3, 3, 3]);
        int?[] slightlyHigher = [.. Enumerable.Repeat<int?>(3, 24), 4];
        var current = Computed(Closed, [3, 3, 3], ('a', slightlyHigher));

        var a = RoundTrend.Compare(current, [previous]).Factor('a');

        Assert.Equal(0.04m, a.Difference);
        Assert.Equal(TrendDirection.Same, a.Direction);
    }

    [Fact]
    public void Weakest_three_break_ties_by_lower_median_then_by_factor_letter()
    {
        // b, c, d and e all have mean 2; b has median 1, the others 2; e loses to c and d on its letter.
        var current = Computed(
            Closed, [3, 3, 3], ('b', [1, 1, 4]), ('c', [2, 2, 2]), ('e', [1, 2, 3]), ('d', [2, 2, 2]));

        var trend = RoundTrend.Compare(current, []);

        Assert.Equal(['b', 'c', 'd'], trend.Weakest);
    }

    [Fact]
    public void Rounds_on_a_different_scale_are_not_compared()
    {
        var previous = RoundResults.Compute(
            Round(10, ResultFactors.All.ToDictionary(f => f, _ => new int?[] { 8, 8 }), Q4) with { ScaleMax = 10 });
        var current = Computed(Closed, [3, 3, 3]);

        var trend = RoundTrend.Compare(current, [previous]);

        Assert.All(trend.Factors, f => Assert.Equal(TrendDirection.NotComparable, f.Direction));
    }
}
