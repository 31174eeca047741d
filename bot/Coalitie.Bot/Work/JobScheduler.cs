using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>
/// Schedules durable jobs in the caller's unit of work: the job is saved by the caller's <c>SaveChangesAsync</c>, so it
/// exists exactly when the change that needs it does (same transaction).
/// </summary>
public sealed class JobScheduler(CoalitieDbContext db, IClock clock)
{
    /// <summary>
    /// Adds a job of <paramref name="kind"/> due at <paramref name="dueAt"/> (a moment in the past runs at the next poll,
    /// once). When a job with the same <paramref name="kind"/> and <paramref name="key"/> exists (saved, or added earlier in
    /// this unit of work) nothing changes and that job is returned — whatever its state, payload or due time.
    /// Two callers racing with the same key in different units of work: the unique index lets one save succeed; the other
    /// caller's <c>SaveChangesAsync</c> throws <see cref="DbUpdateException"/>.
    /// </summary>
    public async Task<ScheduledJob> ScheduleAsync(string kind, string key, string payload, Instant dueAt, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(payload);

        var existing = db.ChangeTracker.Entries<ScheduledJob>().Select(e => e.Entity).FirstOrDefault(j => j.Kind == kind && j.Key == key)
            ?? await db.Set<ScheduledJob>().FirstOrDefaultAsync(j => j.Kind == kind && j.Key == key, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var job = new ScheduledJob
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Key = key,
            Payload = payload,
            DueAt = dueAt,
            State = JobState.Pending,
            CreatedAt = clock.GetCurrentInstant(),
        };
        db.Add(job);
        return job;
    }

    /// <summary>
    /// The next occurrence of a recurring schedule, computed from NOW (not from a missed fire time): after downtime the
    /// missed occurrences are not replayed, the job that was due runs once and the series continues with the first
    /// occurrence after the current moment. <paramref name="occurrenceAfter"/> gives the first fire time strictly after its
    /// argument (the feature's schedule arithmetic); <paramref name="keyOf"/> makes the key of that fire time.
    /// </summary>
    public Task<ScheduledJob> ScheduleNextAsync(
        string kind, Func<Instant, string> keyOf, string payload, Func<Instant, Instant> occurrenceAfter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(occurrenceAfter);
        var next = occurrenceAfter(clock.GetCurrentInstant());
        return ScheduleAsync(kind, keyOf(next), payload, next, ct);
    }
}

/// <summary>What a handler gets to know about the job it runs.</summary>
/// <param name="Attempt">1 for the first run; higher after a failure or an expired lease.</param>
public sealed record JobContext(Guid Id, string Kind, string Key, string Payload, Instant DueAt, int Attempt);

/// <summary>
/// Runs jobs of one kind (register with <see cref="WorkExtensions.AddJobHandler{THandler}"/>). Delivery is at least once:
/// a handler may run again for the same job (a crash after its work but before the job was marked done, an expired
/// lease), so it must be idempotent — write through unique keys (<see cref="JobScheduler"/> and <see cref="Outbox"/> are).
/// Changes the handler makes on the scoped <c>CoalitieDbContext</c> without saving are saved by the worker in one
/// transaction with marking the job done. Throwing schedules a retry.
/// </summary>
public interface IJobHandler
{
    Task HandleAsync(JobContext job, CancellationToken cancellationToken);
}
