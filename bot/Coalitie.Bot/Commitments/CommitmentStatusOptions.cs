using System.ComponentModel.DataAnnotations;
using Coalitie.Domain.Commitments;

namespace Coalitie.Bot.Commitments;

/// <summary>Section <c>Commitments:Status</c>: the tolerances of the status rules (docs/status-rules.md).</summary>
public sealed class CommitmentStatusOptions
{
    public const string SectionName = "Commitments:Status";

    /// <summary>Largest shortfall, as a fraction of the baseline→target distance, that is still on track (inclusive).</summary>
    [Range(0.0, 1.0)]
    public decimal OnTrackTolerance { get; set; } = CommitmentStatusRules.DefaultOnTrackTolerance;

    /// <summary>Largest shortfall that is at risk (inclusive); more is off track. At least <see cref="OnTrackTolerance"/>.</summary>
    [Range(0.0, 1.0)]
    public decimal AtRiskTolerance { get; set; } = CommitmentStatusRules.DefaultAtRiskTolerance;

    /// <summary>Days without a report after which a commitment is at best at risk.</summary>
    [Range(1, 3660)]
    public int StaleAfterDays { get; set; } = CommitmentStatusRules.DefaultStaleAfterDays;

    public CommitmentStatusRules ToRules() => new(OnTrackTolerance, AtRiskTolerance, StaleAfterDays);
}
