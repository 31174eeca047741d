using Coalitie.Bot.Persistence;
using Coalitie.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>
/// Runs due <see cref="ScheduledJob"/>s on every instance that has it (hosted; polls every
/// <see cref="WorkOptions.PollInterval"/>). Each job is claimed with a lease, so two instances never run it at the same
/// time; a crashed instance's job is taken again when its lease expires (at least once). Missed fire times: a job whose
/// due time passed while no instance ran is run once, at the first poll — see docs/work.md.
/// </summary>
public sealed partial class JobWorker(
    IServiceScopeFactory scopes,
    IClock clock,
    WorkInstance instance,
    IOptions<WorkOptions> options,
    TimeProvider time,
    ILogger<JobWorker> logger) : PollingWorker(options, time, logger)
{
    private static readonly JobState[] Claimable = [JobState.Pending, JobState.Running];

    /// <summary>Claims up to <see cref="WorkOptions.BatchSize"/> due jobs and runs them one after the other; returns how many it claimed.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
            var now = clock.GetCurrentInstant();
            candidates = await WorkLeases.CandidatesAsync(Due(db, now).OrderBy(j => j.DueAt), now, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        }

        var claimed = 0;
        foreach (var id in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await RunOneAsync(id, cancellationToken).ConfigureAwait(false))
            {
                claimed++;
            }
        }

        return claimed;
    }

    protected override Task<int> PollAsync(CancellationToken cancellationToken) => RunDueJobsAsync(cancellationToken);

    private static IQueryable<ScheduledJob> Due(CoalitieDbContext db, Instant now) =>
        db.Set<ScheduledJob>().Where(j => Claimable.Contains(j.State) && j.DueAt <= now);

    private async Task<bool> RunOneAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        var now = clock.GetCurrentInstant();
        var leaseUntil = now + Duration.FromTimeSpan(Options.LeaseDuration);
        if (!await WorkLeases.TryClaimAsync(Due(db, now), id, instance.Id, now, leaseUntil,
                s => s.SetProperty(j => j.State, JobState.Running), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var job = await db.Set<ScheduledJob>().AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
        if (job.Attempts > Options.MaxAttempts)
        {
            // Claimed again after its last allowed attempt crashed (lease expired): give up without running it.
            await FailAsync(db, job, "LeaseExpired", cancellationToken).ConfigureAwait(false);
            return true;
        }

        var handler = scope.ServiceProvider.GetKeyedService<IJobHandler>(job.Kind);
        try
        {
            if (handler is null)
            {
                throw new InvalidOperationException($"No job handler is registered for kind '{job.Kind}'.");
            }

            await handler.HandleAsync(new JobContext(job.Id, job.Kind, job.Key, job.Payload, job.DueAt, job.Attempts), cancellationToken).ConfigureAwait(false);
            await CompleteAsync(db, job, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back without counting this attempt.
            db.ChangeTracker.Clear();
            await WorkLeases.ReleaseAsync<ScheduledJob>(db, job.Id, instance.Id,
                s => s.SetProperty(j => j.State, JobState.Pending).SetProperty(j => j.Attempts, j => j.Attempts - 1), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
#pragma warning disable CA1031 // Any handler failure becomes a retry or a Failed job; the worker carries on with the next job.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            db.ChangeTracker.Clear();
            var code = ErrorCode(ex);
            if (job.Attempts >= Options.MaxAttempts)
            {
                await FailAsync(db, job, code, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var retryAt = clock.GetCurrentInstant() + WorkLeases.Backoff(job.Attempts, Options.RetryBaseDelay, Options.RetryMaxDelay, job.Id);
                await WorkLeases.ReleaseAsync<ScheduledJob>(db, job.Id, instance.Id, s => s
                    .SetProperty(j => j.State, JobState.Pending)
                    .SetProperty(j => j.DueAt, retryAt)
                    .SetProperty(j => j.LastError, code), cancellationToken).ConfigureAwait(false);
                LogRetry(logger, job.Id, job.Kind, job.Attempts, code);
            }
        }

        return true;
    }

    /// <summary>Saves what the handler staged and marks the job done, in one transaction; nothing is saved when the lease was lost.</summary>
    private async Task CompleteAsync(CoalitieDbContext db, ScheduledJob job, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var now = clock.GetCurrentInstant();
            var done = await WorkLeases.ReleaseAsync<ScheduledJob>(db, job.Id, instance.Id, s => s
                .SetProperty(j => j.State, JobState.Done)
                .SetProperty(j => j.CompletedAt, now)
                .SetProperty(j => j.LastError, (string?)null), cancellationToken).ConfigureAwait(false);
            if (done)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                LogDone(logger, job.Id, job.Kind, job.Attempts);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                LogLeaseLost(logger, job.Id, job.Kind);
            }
        }).ConfigureAwait(false);
    }

    private async Task FailAsync(CoalitieDbContext db, ScheduledJob job, string code, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await WorkLeases.ReleaseAsync<ScheduledJob>(db, job.Id, instance.Id, s => s
            .SetProperty(j => j.State, JobState.Failed)
            .SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LastError, code), cancellationToken).ConfigureAwait(false);
        LogFailed(logger, job.Id, job.Kind, job.Attempts, code);
    }

    /// <summary>A code for the failure, never its message: the domain code, else the exception type.</summary>
    internal static string ErrorCode(Exception exception) => exception switch
    {
        DomainException domain => domain.Code,
        Coalitie.Teams.Connector.ConnectorException connector => DeliverySender.Code(connector),
        _ => exception.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} ({Kind}) done on attempt {Attempt}")]
    private static partial void LogDone(ILogger logger, Guid jobId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}) failed on attempt {Attempt} ({Code}); retrying later")]
    private static partial void LogRetry(ILogger logger, Guid jobId, string kind, int attempt, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) given up after {Attempt} attempts ({Code})")]
    private static partial void LogFailed(ILogger logger, Guid jobId, string kind, int attempt, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} ({Kind}): the lease expired before it finished; its changes were rolled back")]
    private static partial void LogLeaseLost(ILogger logger, Guid jobId, string kind);
}
