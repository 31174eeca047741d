using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.CheckIns.Results;

/// <summary>
/// The results of one closed round: per factor a–i the number of answers, the "weet niet" count, mean, median and
/// distribution; the response rate; and the same per partner and per domain where the anonymity rule allows it.
/// See docs/checkin-results.md for every rule.
/// </summary>
public sealed class RoundResults
{
    private RoundResults(
        RoundInput input,
        int respondents,
        IReadOnlyList<FactorStatistics> factors,
        IReadOnlyList<GroupResult<Guid>> byPartner,
        IReadOnlyList<GroupResult<PartnerDomain>> byDomain)
    {
        RoundId = input.RoundId;
        Name = input.Name;
        ClosedAt = input.ClosedAt;
        Invited = input.Invited;
        ScaleMin = input.ScaleMin;
        ScaleMax = input.ScaleMax;
        MinimumGroupSize = input.MinimumGroupSize;
        Respondents = respondents;
        Factors = factors;
        ByPartner = byPartner;
        ByDomain = byDomain;
    }

    public Guid RoundId { get; }

    public string Name { get; }

    public Instant ClosedAt { get; }

    public int Invited { get; }

    public int ScaleMin { get; }

    public int ScaleMax { get; }

    public int MinimumGroupSize { get; }

    /// <summary>Distinct respondents who gave a scale answer (not "weet niet") to at least one factor.</summary>
    public int Respondents { get; }

    /// <summary>
    /// <see cref="Respondents"/> / <see cref="Invited"/>, exact; <see langword="null"/> when nobody was invited.
    /// </summary>
    public decimal? ResponseRate => Invited == 0 ? null : (decimal)Respondents / Invited;

    /// <summary>The response rate as a percentage rounded to one decimal, for display.</summary>
    public decimal? ResponseRatePercentForDisplay =>
        ResponseRate is { } r ? ResultRounding.ForDisplay(r * 100m) : null;

    /// <summary>The nine factors a–i, in order, always all nine.</summary>
    public IReadOnlyList<FactorStatistics> Factors { get; }

    /// <summary>One entry per partner that has respondents, ordered by partner id.</summary>
    public IReadOnlyList<GroupResult<Guid>> ByPartner { get; }

    /// <summary>One entry per domain that has respondents, in the order of <see cref="PartnerDomain"/>.</summary>
    public IReadOnlyList<GroupResult<PartnerDomain>> ByDomain { get; }

    public FactorStatistics Factor(char factor) => Factors.Single(f => f.Factor == factor);

    public static RoundResults Compute(RoundInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Validate(input);

        var factors = ResultFactors.All
            .Select(f => FactorStatistics.From(
                f, input.Scores.Where(s => s.Factor == f).Select(s => s.Score), input.ScaleMin, input.ScaleMax))
            .ToList();
        var respondents = CountRespondents(input.Scores);

        var byPartner = Split(input, factors, s => s.PartnerId);
        var byDomain = Split(input, factors, s => s.Domain);
        return new RoundResults(input, respondents, factors, byPartner, byDomain);
    }

    private static int CountRespondents(IEnumerable<FactorScore> scores) =>
        scores.Where(s => s.Score.HasValue).Select(s => s.RespondentKey).Distinct(StringComparer.Ordinal).Count();

    private static void Validate(RoundInput input)
    {
        ArgumentNullException.ThrowIfNull(input.Scores);
        if (input.ScaleMin >= input.ScaleMax)
        {
            throw new DomainException(
                ResultsErrors.ScaleInvalid, "The scale minimum must be below its maximum.", null, input.ScaleMin, input.ScaleMax);
        }

        if (input.MinimumGroupSize < 1)
        {
            throw new DomainException(
                ResultsErrors.MinimumGroupSizeInvalid, "The minimum group size must be at least 1.", null, input.MinimumGroupSize);
        }

        var seen = new HashSet<(string, char)>();
        foreach (var score in input.Scores)
        {
            if (string.IsNullOrWhiteSpace(score.RespondentKey))
            {
                throw new DomainException(ResultsErrors.RespondentMissing, "A score has no respondent key.");
            }

            if (!ResultFactors.IsKnown(score.Factor))
            {
                throw new DomainException(
                    ResultsErrors.FactorUnknown, "A score names an unknown factor.", null, score.Factor);
            }

            if (score.Score is { } value && (value < input.ScaleMin || value > input.ScaleMax))
            {
                throw new DomainException(
                    ResultsErrors.ScoreOutOfScale, "A score lies outside the round's scale.", null,
                    score.Factor, value, input.ScaleMin, input.ScaleMax);
            }

            if (!seen.Add((score.RespondentKey, score.Factor)))
            {
                throw new DomainException(
                    ResultsErrors.DuplicateScore, "A respondent scored the same factor twice.", null, score.Factor);
            }
        }

        var respondents = CountRespondents(input.Scores);
        if (input.Invited < 0 || input.Invited < respondents)
        {
            throw new DomainException(
                ResultsErrors.InvitedInvalid, "Fewer invited than respondents.", null, input.Invited, respondents);
        }
    }

    /// <summary>
    /// Groups by <paramref name="keyOf"/>, then applies the anonymity rule. Primary: a group with fewer distinct
    /// respondents (any row, "weet niet" included) than the threshold is hidden entirely; in a shown group a factor
    /// cell with 1 to threshold−1 scale answers is hidden. Complementary, per factor: the residual "total minus every
    /// shown cell" (which includes respondents without a key) must have either no answers and no "weet niet", or at
    /// least the threshold of both; otherwise further shown cells are hidden, the smallest first (fewest answers, then
    /// fewest responses, then key order), until it does or nothing is left to hide.
    /// </summary>
    private static List<GroupResult<TKey>> Split<TKey>(
        RoundInput input, List<FactorStatistics> totals, Func<FactorScore, TKey?> keyOf)
        where TKey : struct
    {
        var threshold = input.MinimumGroupSize;
        var groups = input.Scores
            .Where(s => keyOf(s).HasValue)
            .GroupBy(s => keyOf(s)!.Value)
            .OrderBy(g => g.Key, Comparer<TKey>.Default)
            .Select(g => new
            {
                g.Key,
                Respondents = g.Select(s => s.RespondentKey).Distinct(StringComparer.Ordinal).Count(),
                Factors = ResultFactors.All
                    .Select(f => FactorStatistics.From(
                        f, g.Where(s => s.Factor == f).Select(s => s.Score), input.ScaleMin, input.ScaleMax))
                    .ToList(),
            })
            .ToList();

        // cells[group][factor index] = suppression of that cell.
        var cells = groups
            .Select(g => g.Factors
                .Select(f => g.Respondents < threshold
                    ? Suppression.BelowThreshold
                    : f.Answers is > 0 and var n && n < threshold ? Suppression.BelowThreshold : Suppression.None)
                .ToArray())
            .ToList();

        for (var fi = 0; fi < ResultFactors.All.Count; fi++)
        {
            var total = totals[fi];
            while (true)
            {
                var shown = Enumerable.Range(0, groups.Count).Where(gi => cells[gi][fi] == Suppression.None).ToList();
                var residualAnswers = total.Answers - shown.Sum(gi => groups[gi].Factors[fi].Answers);
                var residualResponses = total.Answers + total.DontKnow
                    - shown.Sum(gi => groups[gi].Factors[fi].Answers + groups[gi].Factors[fi].DontKnow);
                var leaks = residualAnswers is > 0 and var a && a < threshold
                    || residualResponses is > 0 and var r && r < threshold;
                if (!leaks)
                {
                    break;
                }

                var next = shown
                    .Where(gi => groups[gi].Factors[fi].Answers + groups[gi].Factors[fi].DontKnow > 0)
                    .OrderBy(gi => groups[gi].Factors[fi].Answers)
                    .ThenBy(gi => groups[gi].Factors[fi].Answers + groups[gi].Factors[fi].DontKnow)
                    .ThenBy(gi => gi)
                    .Select(gi => (int?)gi)
                    .FirstOrDefault();
                if (next is not { } hide)
                {
                    break;
                }

                cells[hide][fi] = Suppression.Complementary;
            }
        }

        return groups
            .Select((g, gi) =>
            {
                var groupSuppressed = g.Respondents < threshold;
                var factorResults = g.Factors
                    .Select((f, fi) => new GroupFactorResult(
                        f.Factor, cells[gi][fi], cells[gi][fi] == Suppression.None ? f : null))
                    .ToList();
                return new GroupResult<TKey>(
                    g.Key,
                    groupSuppressed ? Suppression.BelowThreshold : Suppression.None,
                    groupSuppressed ? null : g.Respondents,
                    factorResults);
            })
            .ToList();
    }
}
