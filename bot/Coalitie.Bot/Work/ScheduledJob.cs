using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>Where a <see cref="ScheduledJob"/> is in its life.</summary>
public enum JobState
{
    /// <summary>Waiting for <see cref="ScheduledJob.DueAt"/> (first run or a retry).</summary>
    Pending,

    /// <summary>Claimed by <see cref="ScheduledJob.LeaseOwner"/> until <see cref="ScheduledJob.LeaseUntil"/>; after that any instance may take it again.</summary>
    Running,

    /// <summary>The handler finished. Final.</summary>
    Done,

    /// <summary>Given up after the maximum number of attempts; <see cref="ScheduledJob.LastError"/> says why. Final.</summary>
    Failed,
}

/// <summary>
/// One fire time of a durable job: run the handler of <see cref="Kind"/> once at or after <see cref="DueAt"/>. Created through
/// <see cref="JobScheduler"/> in the caller's unit of work; claimed with a lease by <see cref="JobWorker"/>.
/// </summary>
public sealed class ScheduledJob : ILeasedWork
{
    public Guid Id { get; init; }

    /// <summary>The job type, a constant of the feature that registered its handler (e.g. <c>checkin.open</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Idempotency key, unique per <see cref="Kind"/> (e.g. the round id and fire time): scheduling it again changes nothing.</summary>
    public required string Key { get; init; }

    /// <summary>The handler's input as JSON text (ids, never personal data).</summary>
    public required string Payload { get; init; }

    /// <summary>The earliest moment to run; moved forward by a retry.</summary>
    public Instant DueAt { get; set; }

    public JobState State { get; set; }

    /// <summary>How often the job was claimed (a crashed run counts).</summary>
    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public Instant? LeaseUntil { get; set; }

    /// <summary>Code of the last failure (exception type or domain/connector code), never a message.</summary>
    public string? LastError { get; set; }

    public Instant CreatedAt { get; init; }

    /// <summary>When the job became <see cref="JobState.Done"/> or <see cref="JobState.Failed"/>.</summary>
    public Instant? CompletedAt { get; set; }
}

internal sealed class ScheduledJobConfiguration : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> builder)
    {
        builder.ToTable("scheduled_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Kind).HasMaxLength(64);
        builder.Property(j => j.Key).HasMaxLength(256);
        builder.Property(j => j.Payload).HasMaxLength(8192);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.LeaseOwner).HasMaxLength(128);
        builder.Property(j => j.LastError).HasMaxLength(128);
        builder.HasIndex(j => new { j.Kind, j.Key }).IsUnique();
        builder.HasIndex(j => new { j.State, j.DueAt });
    }
}
