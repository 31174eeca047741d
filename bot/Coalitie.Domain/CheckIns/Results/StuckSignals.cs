using Coalitie.Domain.Common;

namespace Coalitie.Domain.CheckIns.Results;

/// <summary>The kind of <i>vastlopen</i> (getting stuck) signal.</summary>
public enum StuckSignalKind
{
    /// <summary>The factor's mean is below the weak threshold.</summary>
    BelowThreshold,

    /// <summary>The mean fell by at least the drop since the previous round.</summary>
    Dropped,

    /// <summary>The mean fell by at least the drop since the previous round, and that round had fallen too.</summary>
    DroppedTwice,
}

/// <summary>
/// A signal for the procesregisseur. All values are exact means on the current round's scale:
/// <see cref="Current"/>; <see cref="Previous"/> and <see cref="BeforePrevious"/> where the kind uses them;
/// <see cref="Limit"/> is the weak threshold (BelowThreshold) or the drop (Dropped, DroppedTwice), converted to the
/// round's scale.
/// </summary>
public sealed record StuckSignal(
    char Factor,
    StuckSignalKind Kind,
    decimal Current,
    decimal? Previous,
    decimal? BeforePrevious,
    decimal Limit);

/// <summary>
/// The configurable design choices behind the signal (the source texts give no thresholds). Both values are on the
/// reference scale 1–5 and are converted linearly to a round's own scale. Defaults: weak below 2,5; a drop of 0,5
/// or more counts as falling; falling two rounds in a row is reported as <see cref="StuckSignalKind.DroppedTwice"/>.
/// </summary>
public sealed record StuckSignalOptions(
    decimal WeakBelow = 2.5m,
    decimal Drop = 0.5m,
    bool ReportDroppedTwice = true)
{
    public const int ReferenceScaleMin = 1;
    public const int ReferenceScaleMax = 5;

    public static StuckSignalOptions Default { get; } = new();

    /// <summary>The weak threshold on a scale from <paramref name="scaleMin"/> to <paramref name="scaleMax"/>.</summary>
    public decimal WeakBelowOn(int scaleMin, int scaleMax) =>
        scaleMin + ((WeakBelow - ReferenceScaleMin) * Stretch(scaleMin, scaleMax));

    /// <summary>The drop on a scale from <paramref name="scaleMin"/> to <paramref name="scaleMax"/>.</summary>
    public decimal DropOn(int scaleMin, int scaleMax) => Drop * Stretch(scaleMin, scaleMax);

    private static decimal Stretch(int scaleMin, int scaleMax) =>
        (decimal)(scaleMax - scaleMin) / (ReferenceScaleMax - ReferenceScaleMin);
}

/// <summary>
/// Produces the <i>vastlopen</i> signals of a closed round. Per factor with answers: BelowThreshold when the exact
/// mean is below the weak threshold; Dropped when it fell by at least the drop since the previous round (same
/// scale); DroppedTwice instead of Dropped when the previous round had also fallen by at least the drop against the
/// round before it. A factor can give BelowThreshold and one of the drop kinds. Signals are ordered by factor, then
/// kind.
/// </summary>
public sealed class StuckSignalRules
{
    public StuckSignalRules(StuckSignalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Drop <= 0)
        {
            throw new DomainException(
                ResultsErrors.SignalOptionInvalid, "The drop must be positive.", null, options.Drop);
        }

        Options = options;
    }

    public StuckSignalRules()
        : this(StuckSignalOptions.Default)
    {
    }

    public StuckSignalOptions Options { get; }

    public IReadOnlyList<StuckSignal> Evaluate(RoundResults current, IReadOnlyList<RoundResults> previousRounds)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previousRounds);

        var earlier = RoundTrend.Earlier(current, previousRounds);
        var previous = earlier.Count > 0 ? earlier[0] : null;
        var beforePrevious = earlier.Count > 1 ? earlier[1] : null;
        var weakBelow = Options.WeakBelowOn(current.ScaleMin, current.ScaleMax);
        var drop = Options.DropOn(current.ScaleMin, current.ScaleMax);

        var signals = new List<StuckSignal>();
        foreach (var factor in ResultFactors.All)
        {
            if (current.Factor(factor).Mean is not { } mean)
            {
                continue;
            }

            if (mean < weakBelow)
            {
                signals.Add(new StuckSignal(factor, StuckSignalKind.BelowThreshold, mean, null, null, weakBelow));
            }

            if (RoundTrend.Difference(factor, current, previous) is { } change && -change >= drop)
            {
                var previousMean = previous!.Factor(factor).Mean!.Value;
                var earlierChange = RoundTrend.Difference(factor, previous, beforePrevious);
                signals.Add(Options.ReportDroppedTwice && earlierChange is { } c && -c >= drop
                    ? new StuckSignal(
                        factor, StuckSignalKind.DroppedTwice, mean, previousMean,
                        beforePrevious!.Factor(factor).Mean, drop)
                    : new StuckSignal(factor, StuckSignalKind.Dropped, mean, previousMean, null, drop));
            }
        }

        return signals;
    }
}
