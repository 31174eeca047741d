using Coalitie.Domain.Commitments;
using NodaTime;

namespace Coalitie.Domain.Tests.Commitments;

/// <summary>Builds commitments for the tests: a draft with sensible defaults that each test overrides.</summary>
internal static class CommitmentBuilder
{
    public static readonly Guid Coalition = Guid.Parse("7f1e1c52-7d3b-4a0e-9c51-3a9a2f0b6c11");
    public static readonly Guid Partner = Guid.Parse("2b0c8d1e-5a4f-4e3b-8c2d-1f0e9d8c7b6a");
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 9, 0);

    public static CommitmentDraft Draft(
        Direction direction = Direction.HigherIsBetter,
        decimal baseline = 0,
        LocalDate? baselineDate = null,
        decimal target = 100,
        LocalDate? targetDate = null,
        IReadOnlyList<DatedValue>? milestones = null,
        string title = "Meer leerlingen met een startkwalificatie",
        Guid? goalArea = null) =>
        new(
            Partner,
            title,
            null,
            goalArea ?? Guid.Parse("0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f"),
            new Indicator("leerlingen met startkwalificatie", "aantal", direction),
            new DatedValue(baseline, baselineDate ?? new LocalDate(2026, 1, 1)),
            new DatedValue(target, targetDate ?? new LocalDate(2026, 4, 11)),
            milestones ?? [],
            null,
            "Meer jongeren met een diploma vergroot hun kansen op werk.");

    public static Commitment Create(CommitmentDraft draft, int number = 1) =>
        Commitment.Create(Guid.NewGuid(), Coalition, number, draft, Now);

    /// <summary>Adds a report as someone would on that date (reported at noon UTC on that day, plus the given minutes).</summary>
    public static Commitment With(this Commitment commitment, decimal value, LocalDate date, int minutes = 0)
    {
        commitment.ReportProgress(Guid.NewGuid(), value, date, null, null, date.AtMidnight().InUtc().ToInstant() + Duration.FromHours(12) + Duration.FromMinutes(minutes), date);
        return commitment;
    }
}
