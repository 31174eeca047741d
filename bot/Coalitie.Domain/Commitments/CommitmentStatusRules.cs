using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Commitments;

/// <summary>Where a commitment stands. Dutch: op koers, risico, achter, gehaald, gemist.</summary>
public enum CommitmentStatus
{
    /// <summary><i>Op koers</i>: the latest value is where it should be, or close enough.</summary>
    OnTrack,

    /// <summary><i>Risico</i>: somewhat behind, or no recent report.</summary>
    AtRisk,

    /// <summary><i>Achter</i>: clearly behind.</summary>
    OffTrack,

    /// <summary><i>Gehaald</i>: the latest value reached the target.</summary>
    Achieved,

    /// <summary><i>Gemist</i>: the target date has passed without reaching the target.</summary>
    Missed,
}

/// <summary>The outcome of <see cref="CommitmentStatusRules.Assess"/>, with what it was based on.</summary>
/// <param name="Status">The derived status.</param>
/// <param name="LatestValue">The latest reported value (the baseline's value when nothing was reported).</param>
/// <param name="LatestDate">The date of that value.</param>
/// <param name="ExpectedValue">The expected value on <paramref name="LatestDate"/> (null when achieved or missed).</param>
/// <param name="Shortfall">How far behind the expected value, as a fraction of the whole baseline→target distance (0 when ahead).</param>
/// <param name="IsStale">True when the last report (or the baseline, without reports) is older than the staleness limit.</param>
public sealed record CommitmentAssessment(
    CommitmentStatus Status, decimal LatestValue, LocalDate LatestDate, decimal? ExpectedValue, decimal Shortfall, bool IsStale);

/// <summary>
/// Derives a commitment's status from its progress and the date. The source texts give no numeric rules, so these are a
/// design choice, configurable and documented in <c>docs/status-rules.md</c>:
/// <list type="number">
/// <item><b>Achieved</b> when the latest report reached the target (at or beyond it in the better direction), whenever
/// that was: early, on time or late.</item>
/// <item><b>Missed</b> when today is after the target date and the target is not achieved.</item>
/// <item>Otherwise the latest value (the baseline, without reports) is compared with the <b>expected</b> value on its
/// date: the straight line between the anchor points around that date (baseline, milestones, target). The shortfall,
/// as a fraction of the whole baseline→target distance, gives <b>on track</b> (≤ <see cref="OnTrackTolerance"/>),
/// <b>at risk</b> (≤ <see cref="AtRiskTolerance"/>) or <b>off track</b> (more).</item>
/// <item>When the latest report (or the baseline, without reports) is more than <see cref="StaleAfterDays"/> days before
/// today, the status is at best <b>at risk</b>: nobody knows it is on track.</item>
/// </list>
/// </summary>
public sealed class CommitmentStatusRules
{
    public const decimal DefaultOnTrackTolerance = 0.10m;
    public const decimal DefaultAtRiskTolerance = 0.25m;
    public const int DefaultStaleAfterDays = 120;

    public CommitmentStatusRules(decimal onTrackTolerance = DefaultOnTrackTolerance, decimal atRiskTolerance = DefaultAtRiskTolerance, int staleAfterDays = DefaultStaleAfterDays)
    {
        if (onTrackTolerance < 0 || atRiskTolerance < onTrackTolerance || atRiskTolerance > 1)
        {
            throw new DomainException("commitment.status.tolerances", "Tolerances must satisfy 0 ≤ on track ≤ at risk ≤ 1.");
        }

        if (staleAfterDays < 1)
        {
            throw new DomainException("commitment.status.stale-days", "The staleness limit must be at least one day.");
        }

        OnTrackTolerance = onTrackTolerance;
        AtRiskTolerance = atRiskTolerance;
        StaleAfterDays = staleAfterDays;
    }

    public static CommitmentStatusRules Default { get; } = new();

    /// <summary>Largest shortfall (fraction of the baseline→target distance) that still counts as on track; inclusive.</summary>
    public decimal OnTrackTolerance { get; }

    /// <summary>Largest shortfall that counts as at risk; inclusive. Beyond it: off track.</summary>
    public decimal AtRiskTolerance { get; }

    /// <summary>Days without a report after which the status is at best at risk (more than this many days: stale).</summary>
    public int StaleAfterDays { get; }

    public CommitmentStatus StatusOf(Commitment commitment, LocalDate today) => Assess(commitment, today).Status;

    /// <param name="commitment">The commitment with its reports.</param>
    /// <param name="today">The current date in the coalition's time zone.</param>
    public CommitmentAssessment Assess(Commitment commitment, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var indicator = commitment.Indicator;
        var latest = commitment.LatestReport;
        var value = latest?.Value ?? commitment.Baseline.Value;
        var date = latest?.Date ?? commitment.Baseline.Date;
        var stale = Period.Between(date, today, PeriodUnits.Days).Days > StaleAfterDays;

        if (latest is not null && indicator.IsAtLeastAsGood(value, commitment.Target.Value))
        {
            return new(CommitmentStatus.Achieved, value, date, null, 0, false);
        }

        if (today > commitment.Target.Date)
        {
            return new(CommitmentStatus.Missed, value, date, null, 0, stale);
        }

        var expected = ExpectedOn(commitment, date);
        var distance = Math.Abs(commitment.Target.Value - commitment.Baseline.Value);
        var behind = (expected - value) * indicator.BetterSign;
        var shortfall = behind <= 0 ? 0 : behind / distance;
        var status = shortfall <= OnTrackTolerance ? CommitmentStatus.OnTrack
            : shortfall <= AtRiskTolerance ? CommitmentStatus.AtRisk
            : CommitmentStatus.OffTrack;
        if (stale && status == CommitmentStatus.OnTrack)
        {
            status = CommitmentStatus.AtRisk;
        }

        return new(status, value, date, expected, shortfall, stale);
    }

    /// <summary>
    /// The value the commitment should have on <paramref name="date"/>: linear between the last anchor on or before it and
    /// the next anchor after it (anchors: baseline, milestones, target). Before the baseline: the baseline; from the
    /// target date on: the target.
    /// </summary>
    public static decimal ExpectedOn(Commitment commitment, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var anchors = new List<DatedValue>(commitment.Milestones.Count + 2) { commitment.Baseline };
        anchors.AddRange(commitment.Milestones);
        anchors.Add(commitment.Target);
        if (date <= commitment.Baseline.Date)
        {
            return commitment.Baseline.Value;
        }

        if (date >= commitment.Target.Date)
        {
            return commitment.Target.Value;
        }

        var previous = anchors.Last(a => a.Date <= date);
        var next = anchors.First(a => a.Date > date);
        var span = Period.Between(previous.Date, next.Date, PeriodUnits.Days).Days;
        var elapsed = Period.Between(previous.Date, date, PeriodUnits.Days).Days;
        return previous.Value + ((next.Value - previous.Value) * elapsed / span);
    }
}
