using Coalitie.Domain.Coalitions;
using NodaTime;

namespace Coalitie.Domain.CheckIns.Results;

/// <summary>
/// One respondent's answer to one factor of a closed round. <paramref name="Score"/> is <see langword="null"/> for
/// "weet niet / niet van toepassing". <paramref name="RespondentKey"/> is any stable, opaque key (a pseudonym is
/// enough); it is only used to count distinct respondents. <paramref name="PartnerId"/> and
/// <paramref name="Domain"/> are the partner and domain the respondent answered for, when known.
/// </summary>
public sealed record FactorScore(string RespondentKey, char Factor, int? Score, Guid? PartnerId, PartnerDomain? Domain);

/// <summary>
/// Everything needed to compute the results of one closed round. The scale is the one stored with the round, so old
/// rounds keep their meaning. <paramref name="MinimumGroupSize"/> is the anonymity threshold for results per partner
/// or domain (default 3).
/// </summary>
public sealed record RoundInput(
    Guid RoundId,
    string Name,
    Instant ClosedAt,
    int Invited,
    IReadOnlyList<FactorScore> Scores,
    int ScaleMin = 1,
    int ScaleMax = 5,
    int MinimumGroupSize = 3);

/// <summary>The nine <i>slagvaardigheid</i> factors a–i (brief §2), by letter.</summary>
public static class ResultFactors
{
    /// <summary>The letters a to i, in order.</summary>
    public static IReadOnlyList<char> All { get; } = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

    public static bool IsKnown(char factor) => factor is >= 'a' and <= 'i';
}
