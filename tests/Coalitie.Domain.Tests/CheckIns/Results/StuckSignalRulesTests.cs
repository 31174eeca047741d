using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Common;
using NodaTime;
using static Coalitie.Domain.Tests.CheckIns.Results.ResultSamples;

namespace Coalitie.Domain.Tests.CheckIns.Results;

public class StuckSignalRulesTests
{
    private static readonly Instant Q3 = Instant.FromUtc(2026, 9, 11, 9, 0);
    private static readonly Instant Q4 = Instant.FromUtc(2026, 12, 11, 9, 0);

    [Fact]
    public void Each_signal_kind_matches_hand_computed_values()
    {
        // a fine; b 2 below 2,5; c 4 → 3,5 (a drop of exactly 0,5); d 5 → 4 → 3; e 4 → 3,6 (only 0,4);
        // f 4 → 3 → 2 (twice, and below); g–i fine.
        var q3 = Computed(Q3, [4, 4], ('b', [2, 2]), ('c', [4, 4]), ('d', [5, 5]), ('e', [4, 4]), ('f', [4, 4]));
        var q4 = Computed(Q4, [4, 4], ('b', [2, 2]), ('c', [4, 4]), ('d', [4, 4]), ('e', [4, 4]), ('f', [3, 3]));
        var q1 = Computed(
            Closed, [4, 4], ('b', [2, 2]), ('c', [3, 4]), ('d', [3, 3]), ('e', [3, 4, 4, 4, 3]), ('f', [2, 2]));

        var signals = new StuckSignalRules().Evaluate(q1, [q4, q3]);

        Assert.Equal(
            [
                new StuckSignal('b', StuckSignalKind.BelowThreshold, 2m, null, null, 2.5m),
                new StuckSignal('c', StuckSignalKind.Dropped, 3.5m, 4m, null, 0.5m),
                new StuckSignal('d', StuckSignalKind.DroppedTwice, 3m, 4m, 5m, 0.5m),
                new StuckSignal('f', StuckSignalKind.BelowThreshold, 2m, null, null, 2.5m),
                new StuckSignal('f', StuckSignalKind.DroppedTwice, 2m, 3m, 4m, 0.5m),
            ],
            signals);
    }

    [Fact]
    public void No_signal_when_every_factor_is_fine_and_steady()
    {
        var q4 = Computed(Q4, [3, 3]);
        var q1 = Computed(Closed, [4, 3, 3], ('a', [2, 3, 4]));

        Assert.Empty(new StuckSignalRules().Evaluate(q1, [q4]));
    }

    [Fact]
    public void Falling_twice_is_reported_as_a_single_drop_when_switched_off()
    {
        var q3 = Computed(Q3, [5, 5]);
        var q4 = Computed(Q4, [4, 4]);
        var q1 = Computed(Closed, [3, 3]);

        var signals = new StuckSignalRules(new StuckSignalOptions(ReportDroppedTwice: false)).Evaluate(q1, [q3, q4]);

        Assert.Equal(9, signals.Count);
        Assert.All(signals, s => Assert.Equal(new StuckSignal(s.Factor, StuckSignalKind.Dropped, 3m, 4m, null, 0.5m), s));
    }

    [Fact]
    public void Thresholds_are_converted_linearly_to_the_rounds_scale()
    {
        var options = StuckSignalOptions.Default;

        // 1 + (2,5 − 1) × 9/4 = 4,375; 0,5 × 9/4 = 1,125.
        Assert.Equal(4.375m, options.WeakBelowOn(1, 10));
        Assert.Equal(1.125m, options.DropOn(1, 10));
        Assert.Equal(2.5m, options.WeakBelowOn(1, 5));
    }

    [Fact]
    public void A_drop_that_is_not_positive_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new StuckSignalRules(new StuckSignalOptions(Drop: 0m)));

        Assert.Equal(ResultsErrors.SignalOptionInvalid, error.Code);
    }
}
