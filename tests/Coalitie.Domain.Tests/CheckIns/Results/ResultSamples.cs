using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using NodaTime;

namespace Coalitie.Domain.Tests.CheckIns.Results;

/// <summary>Builds round inputs from per-factor score columns (index = respondent r0, r1, …; null = weet niet).</summary>
internal static class ResultSamples
{
    public static readonly Instant Closed = Instant.FromUtc(2027, 3, 12, 9, 0);

    public static RoundInput Round(
        int invited, IReadOnlyDictionary<char, int?[]> columns, Instant? closedAt = null, Guid? id = null) =>
        new(
            id ?? Guid.NewGuid(),
            "Q1 2027",
            closedAt ?? Closed,
            invited,
            [.. columns.SelectMany(c => c.Value.Select((s, i) => new FactorScore($"r{i}", c.Key, s, null, null)))]);

    /// <summary>A round where every factor a–i gets the same scores, except those overridden.</summary>
    public static RoundResults Computed(Instant closedAt, int?[] rest, params (char Factor, int?[] Scores)[] overrides)
    {
        var columns = ResultFactors.All.ToDictionary(f => f, f => rest);
        foreach (var (factor, scores) in overrides)
        {
            columns[factor] = scores;
        }

        return RoundResults.Compute(Round(100, columns, closedAt));
    }

    public static FactorScore Score(string respondent, int? score, Guid? partner, PartnerDomain? domain, char factor = 'a') =>
        new(respondent, factor, score, partner, domain);
}
