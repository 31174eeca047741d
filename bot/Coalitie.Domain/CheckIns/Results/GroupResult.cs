namespace Coalitie.Domain.CheckIns.Results;

/// <summary>Why a group or cell is hidden.</summary>
public enum Suppression
{
    /// <summary>Shown.</summary>
    None,

    /// <summary>Fewer distinct respondents (group) or answers (cell) than the anonymity threshold.</summary>
    BelowThreshold,

    /// <summary>
    /// Hidden only so that "total minus the shown groups" cannot reveal a group below the threshold (complementary
    /// suppression).
    /// </summary>
    Complementary,
}

/// <summary>
/// One factor of one group (partner or domain). <see cref="Statistics"/> is <see langword="null"/> when
/// <see cref="Suppression"/> is not <see cref="Results.Suppression.None"/>.
/// </summary>
public sealed record GroupFactorResult(char Factor, Suppression Suppression, FactorStatistics? Statistics)
{
    public bool Suppressed => Suppression != Suppression.None;
}

/// <summary>
/// The results of one group of a split (one partner, or one domain). A group below the threshold is suppressed as a
/// whole: <see cref="Respondents"/> is then <see langword="null"/> and every factor is suppressed.
/// </summary>
public sealed record GroupResult<TKey>(
    TKey Key,
    Suppression Suppression,
    int? Respondents,
    IReadOnlyList<GroupFactorResult> Factors)
    where TKey : struct
{
    public bool Suppressed => Suppression != Suppression.None;

    public GroupFactorResult Factor(char factor) => Factors.Single(f => f.Factor == factor);
}
