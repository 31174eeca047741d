using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using static Coalitie.Domain.Tests.CheckIns.Results.ResultSamples;

namespace Coalitie.Domain.Tests.CheckIns.Results;

public class AnonymityTests
{
    private static readonly Guid Woonpartners = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Gemeente = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Politie = new("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Scholen = new("00000000-0000-0000-0000-000000000004");

    private static RoundResults Compute(int invited, params FactorScore[] scores) =>
        RoundResults.Compute(new RoundInput(Guid.NewGuid(), "Q1 2027", Closed, invited, scores));

    [Fact]
    public void A_partner_with_two_respondents_is_suppressed_and_the_next_smallest_partner_too()
    {
        // Woonpartners 4 (scores 4), gemeente 3 (scores 3), politie 2 (scores 1 and 2).
        var results = Compute(
            10,
            Score("w1", 4, Woonpartners, PartnerDomain.Wonen),
            Score("w2", 4, Woonpartners, PartnerDomain.Wonen),
            Score("w3", 4, Woonpartners, PartnerDomain.Wonen),
            Score("w4", 4, Woonpartners, PartnerDomain.Wonen),
            Score("g1", 3, Gemeente, PartnerDomain.Gemeente),
            Score("g2", 3, Gemeente, PartnerDomain.Gemeente),
            Score("g3", 3, Gemeente, PartnerDomain.Gemeente),
            Score("p1", 1, Politie, PartnerDomain.Politie),
            Score("p2", 2, Politie, PartnerDomain.Politie));

        var politie = results.ByPartner.Single(g => g.Key == Politie);
        Assert.Equal(Suppression.BelowThreshold, politie.Suppression);
        Assert.Null(politie.Respondents);
        Assert.All(politie.Factors, f => Assert.Null(f.Statistics));

        // Without complementary suppression, total (28/9) minus the shown partners would give politie's mean 1,5.
        var gemeente = results.ByPartner.Single(g => g.Key == Gemeente);
        Assert.Equal(Suppression.None, gemeente.Suppression);
        Assert.Equal(3, gemeente.Respondents);
        Assert.Equal(Suppression.Complementary, gemeente.Factor('a').Suppression);
        Assert.Null(gemeente.Factor('a').Statistics);

        var woonpartners = results.ByPartner.Single(g => g.Key == Woonpartners).Factor('a');
        Assert.Equal(Suppression.None, woonpartners.Suppression);
        Assert.Equal(4m, woonpartners.Statistics!.Mean);

        // Domains split the same way: wonen 4, gemeente 3, politie 2.
        Assert.True(results.ByDomain.Single(g => g.Key == PartnerDomain.Politie).Suppressed);
        Assert.Equal(
            Suppression.Complementary,
            results.ByDomain.Single(g => g.Key == PartnerDomain.Gemeente).Factor('a').Suppression);
        Assert.Equal(28m / 9m, results.Factor('a').Mean);
    }

    [Fact]
    public void Two_suppressed_partners_that_together_reach_the_threshold_need_no_complementary_suppression()
    {
        var results = Compute(
            10,
            Score("w1", 4, Woonpartners, null),
            Score("w2", 4, Woonpartners, null),
            Score("w3", 5, Woonpartners, null),
            Score("p1", 1, Politie, null),
            Score("p2", 2, Politie, null),
            Score("s1", 3, Scholen, null));

        Assert.True(results.ByPartner.Single(g => g.Key == Politie).Suppressed);
        Assert.True(results.ByPartner.Single(g => g.Key == Scholen).Suppressed);
        var woonpartners = results.ByPartner.Single(g => g.Key == Woonpartners).Factor('a');
        Assert.Equal(Suppression.None, woonpartners.Suppression);
        Assert.Equal(13m / 3m, woonpartners.Statistics!.Mean);
        Assert.Empty(results.ByDomain);
    }

    [Fact]
    public void A_single_respondent_without_a_partner_counts_as_a_hidden_group()
    {
        // Total minus gemeente would be the one unlinked respondent's score.
        var results = Compute(
            5,
            Score("g1", 3, Gemeente, null),
            Score("g2", 4, Gemeente, null),
            Score("g3", 5, Gemeente, null),
            Score("x1", 1, null, null));

        var gemeente = results.ByPartner.Single();
        Assert.Equal(3, gemeente.Respondents);
        Assert.Equal(Suppression.Complementary, gemeente.Factor('a').Suppression);
    }

    [Fact]
    public void A_factor_scored_by_fewer_than_the_threshold_in_a_shown_partner_is_hidden()
    {
        // Three gemeente respondents, but only g1 scored factor b; three woonpartners respondents scored b.
        var results = Compute(
            6,
            Score("g1", 3, Gemeente, null),
            Score("g2", 4, Gemeente, null),
            Score("g3", 5, Gemeente, null),
            Score("g1", 1, Gemeente, null, 'b'),
            Score("g2", null, Gemeente, null, 'b'),
            Score("g3", null, Gemeente, null, 'b'),
            Score("w1", 4, Woonpartners, null),
            Score("w2", 4, Woonpartners, null),
            Score("w3", 4, Woonpartners, null),
            Score("w1", 4, Woonpartners, null, 'b'),
            Score("w2", 4, Woonpartners, null, 'b'),
            Score("w3", 4, Woonpartners, null, 'b'));

        var gemeente = results.ByPartner.Single(g => g.Key == Gemeente);
        Assert.Equal(Suppression.None, gemeente.Suppression);
        Assert.Equal(4m, gemeente.Factor('a').Statistics!.Mean);
        Assert.Equal(Suppression.BelowThreshold, gemeente.Factor('b').Suppression);
        Assert.Equal(
            Suppression.Complementary,
            results.ByPartner.Single(g => g.Key == Woonpartners).Factor('b').Suppression);
        Assert.Equal(Suppression.None, results.ByPartner.Single(g => g.Key == Woonpartners).Factor('a').Suppression);
    }

    [Fact]
    public void A_configured_threshold_of_two_shows_a_partner_with_two_respondents()
    {
        var input = new RoundInput(
            Guid.NewGuid(), "Q1 2027", Closed, 4,
            [
                Score("p1", 1, Politie, null), Score("p2", 2, Politie, null),
                Score("g1", 3, Gemeente, null), Score("g2", 5, Gemeente, null),
            ],
            MinimumGroupSize: 2);

        var results = RoundResults.Compute(input);

        Assert.All(results.ByPartner, g => Assert.False(g.Factor('a').Suppressed));
        Assert.Equal(1.5m, results.ByPartner.Single(g => g.Key == Politie).Factor('a').Statistics!.Mean);
    }
}
