using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Common;

namespace Coalitie.Domain.Tests.CheckIns.Results;

public class RoundResultsTests
{
    // Five respondents r0–r4 who scored, and r5 who only answered "weet niet"; eight invited.
    private static RoundResults SmallRound() => RoundResults.Compute(ResultSamples.Round(8, new Dictionary<char, int?[]>
    {
        ['a'] = [4, 2, 5, 5, null, null],
        ['b'] = [1, 2, 2, 4, 5, null],
        ['c'] = [1, null, 1, 2, null, null],
    }));

    [Fact]
    public void Mean_median_and_distribution_match_hand_computed_values()
    {
        var results = SmallRound();

        // a: 2, 4, 5, 5 → mean 16/4 = 4, median (4 + 5) / 2 = 4,5 (even count); two weet niet.
        var a = results.Factor('a');
        Assert.Equal(4, a.Answers);
        Assert.Equal(2, a.DontKnow);
        Assert.Equal(4m, a.Mean);
        Assert.Equal(4.5m, a.Median);
        Assert.Equal([0, 1, 0, 1, 2], a.Distribution.Select(d => d.Count));
        Assert.Equal([1, 2, 3, 4, 5], a.Distribution.Select(d => d.Value));

        // b: 1, 2, 2, 4, 5 → mean 14/5 = 2,8, median 2 (odd count).
        var b = results.Factor('b');
        Assert.Equal(5, b.Answers);
        Assert.Equal(1, b.DontKnow);
        Assert.Equal(2.8m, b.Mean);
        Assert.Equal(2m, b.Median);
        Assert.Equal([1, 2, 0, 1, 1], b.Distribution.Select(d => d.Count));
    }

    [Fact]
    public void Means_are_kept_exact_and_rounded_to_one_decimal_only_for_display()
    {
        // c: 1, 1, 2 → 4/3.
        var c = SmallRound().Factor('c');

        Assert.Equal(4m / 3m, c.Mean);
        Assert.Equal(1.3m, c.MeanForDisplay);
        Assert.Equal(1m, c.MedianForDisplay);
        Assert.Equal(2.3m, ResultRounding.ForDisplay(2.25m));
    }

    [Fact]
    public void Response_rate_counts_respondents_with_at_least_one_scale_answer()
    {
        var results = SmallRound();

        // r5 answered only "weet niet": 5 of 8.
        Assert.Equal(5, results.Respondents);
        Assert.Equal(0.625m, results.ResponseRate);
        Assert.Equal(62.5m, results.ResponseRatePercentForDisplay);
    }

    [Fact]
    public void A_factor_nobody_scored_has_no_mean_and_a_zero_distribution()
    {
        var d = SmallRound().Factor('d');

        Assert.Equal(0, d.Answers);
        Assert.Null(d.Mean);
        Assert.Null(d.Median);
        Assert.All(d.Distribution, x => Assert.Equal(0, x.Count));
        Assert.Equal(9, SmallRound().Factors.Count);
    }

    [Fact]
    public void An_empty_round_is_computed_without_dividing_by_zero()
    {
        var results = RoundResults.Compute(ResultSamples.Round(6, new Dictionary<char, int?[]>()));
        var nobodyInvited = RoundResults.Compute(ResultSamples.Round(0, new Dictionary<char, int?[]>()));

        Assert.Equal(0m, results.ResponseRate);
        Assert.Null(nobodyInvited.ResponseRate);
        Assert.All(results.Factors, f => Assert.Null(f.Mean));
        Assert.Empty(results.ByPartner);
        Assert.Empty(RoundTrend.Compare(results, []).Weakest);
        Assert.Empty(new StuckSignalRules().Evaluate(results, []));
    }

    [Fact]
    public void A_score_outside_the_scale_is_refused()
    {
        var input = ResultSamples.Round(3, new Dictionary<char, int?[]> { ['a'] = [6] });

        var error = Assert.Throws<DomainException>(() => RoundResults.Compute(input));

        Assert.Equal(ResultsErrors.ScoreOutOfScale, error.Code);
    }

    [Fact]
    public void The_same_respondent_scoring_a_factor_twice_is_refused()
    {
        var input = new RoundInput(
            Guid.NewGuid(), "Q1", ResultSamples.Closed, 3,
            [ResultSamples.Score("r0", 3, null, null), ResultSamples.Score("r0", 4, null, null)]);

        var error = Assert.Throws<DomainException>(() => RoundResults.Compute(input));

        Assert.Equal(ResultsErrors.DuplicateScore, error.Code);
    }

    [Fact]
    public void More_respondents_than_invited_is_refused()
    {
        var input = ResultSamples.Round(1, new Dictionary<char, int?[]> { ['a'] = [3, 4] });

        var error = Assert.Throws<DomainException>(() => RoundResults.Compute(input));

        Assert.Equal(ResultsErrors.InvitedInvalid, error.Code);
    }
}
