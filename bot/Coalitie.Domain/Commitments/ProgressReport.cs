using NodaTime;

namespace Coalitie.Domain.Commitments;

/// <summary>
/// One progress report (<i>voortgangsmelding</i>): the indicator's value on a date, with the reporter's comment. Reports
/// are never changed or removed; a correction is a new report. Several reports on the same date are allowed; the
/// latest is the one with the latest date, and on the same date the one reported last.
/// </summary>
public sealed class ProgressReport
{
    public const int MaxCommentLength = 1000;

    internal ProgressReport(Guid id, decimal value, LocalDate date, string? comment, Guid? reporterPersonId, Instant reportedAt)
    {
        Id = id;
        Value = value;
        Date = date;
        Comment = comment;
        ReporterPersonId = reporterPersonId;
        ReportedAt = reportedAt;
    }

    public Guid Id { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>The date the value belongs to (not necessarily the day it was reported).</summary>
    public LocalDate Date { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The person who reported it; null after they were erased (AVG) or for imported history.</summary>
    public Guid? ReporterPersonId { get; private set; }

    /// <summary>The moment it was reported.</summary>
    public Instant ReportedAt { get; private set; }
}
