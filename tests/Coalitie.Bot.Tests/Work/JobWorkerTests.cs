using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Bot.Work;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.Work;

/// <summary>Durable jobs on a SQLite file: idempotent scheduling, exactly-once claims, retries, leases and missed fire times.</summary>
public sealed class JobWorkerTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteFile _file = new();
    private readonly RunLog _log = new();
    private WorkWorld _world = null!;

    private Instant Now => _world.Clock.GetCurrentInstant();

    public async Task InitializeAsync() => _world = await WorkWorld.StartAsync(new SqliteStorage(_file.Path), WorkWorld.NewClock(), _log);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Scheduling_the_same_kind_and_key_twice_keeps_the_first_job()
    {
        var due = Now + Duration.FromHours(1);
        await _world.InScopeAsync(async services =>
        {
            var scheduler = services.GetRequiredService<JobScheduler>();
            var first = await scheduler.ScheduleAsync(TestJobs.Record, "round-1:open", "{}", due);
            var again = await scheduler.ScheduleAsync(TestJobs.Record, "round-1:open", "{\"other\":1}", due + Duration.FromDays(1));
            Assert.Same(first, again);
            await services.GetRequiredService<CoalitieDbContext>().SaveChangesAsync();
        });
        await _world.ScheduleAsync("round-1:open", "changed", due + Duration.FromDays(2));

        var job = Assert.Single(await _world.JobsAsync());
        Assert.Equal("{}", job.Payload);
        Assert.Equal(due, job.DueAt);
        Assert.Equal(JobState.Pending, job.State);
    }

    [Fact]
    public async Task A_due_job_runs_once_and_is_done_while_a_future_job_waits()
    {
        await _world.ScheduleAsync("due", "ok", Now);
        await _world.ScheduleAsync("later", "ok", Now + Duration.FromMinutes(10));

        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        Assert.Equal(0, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));

        Assert.Equal(["due"], _log.Keys);
        var jobs = await _world.JobsAsync();
        var done = jobs.Single(j => j.Key == "due");
        Assert.Equal(JobState.Done, done.State);
        Assert.Equal(1, done.Attempts);
        Assert.Equal(Now, done.CompletedAt);
        Assert.Null(done.LeaseOwner);
        Assert.Equal(JobState.Pending, jobs.Single(j => j.Key == "later").State);
    }

    [Fact]
    public async Task Two_instances_polling_together_run_each_due_job_exactly_once()
    {
        await using var second = await WorkWorld.StartAsync(new SqliteStorage(_file.Path), _world.Clock, _log, "instance-b", migrate: false);
        var keys = Enumerable.Range(0, 30).Select(i => $"job-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await _world.ScheduleAsync(key, "slow", Now - Duration.FromMinutes(1));
        }

        var claimed = 0;
        for (var round = 0; round < 5; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => _world.Jobs.RunDueJobsAsync(CancellationToken.None)),
                Task.Run(() => second.Jobs.RunDueJobsAsync(CancellationToken.None)));
            claimed += results.Sum();
        }

        Assert.Equal(30, claimed);
        Assert.Equal(keys, _log.Keys.Order(StringComparer.Ordinal));
        var jobs = await _world.JobsAsync();
        Assert.All(jobs, j => Assert.Equal((JobState.Done, 1), (j.State, j.Attempts)));
        Assert.Equal(2, _log.Runs.Select(r => r.Instance).Distinct().Count());
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_growing_backoff_and_fails_after_max_attempts()
    {
        await _world.ScheduleAsync("broken", "fail", Now);

        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        var first = Assert.Single(await _world.JobsAsync());
        Assert.Equal((JobState.Pending, 1, "InvalidOperationException"), (first.State, first.Attempts, first.LastError));
        Assert.InRange(first.DueAt, Now + Duration.FromSeconds(24), Now + Duration.FromSeconds(30));
        Assert.Null(first.LeaseOwner);
        Assert.Equal(0, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));

        _world.Clock.Advance(Duration.FromSeconds(30));
        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        var second = Assert.Single(await _world.JobsAsync());
        Assert.Equal((JobState.Pending, 2), (second.State, second.Attempts));
        Assert.InRange(second.DueAt, Now + Duration.FromSeconds(48), Now + Duration.FromSeconds(60));

        _world.Clock.Advance(Duration.FromMinutes(1));
        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        var failed = Assert.Single(await _world.JobsAsync());
        Assert.Equal((JobState.Failed, 3, "InvalidOperationException"), (failed.State, failed.Attempts, failed.LastError));
        Assert.Equal(Now, failed.CompletedAt);

        _world.Clock.Advance(Duration.FromHours(1));
        Assert.Equal(0, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        Assert.Equal(["broken", "broken", "broken"], _log.Keys);
    }

    [Fact]
    public async Task A_job_of_a_crashed_instance_is_taken_again_when_its_lease_expires()
    {
        await _world.WithDbAsync(async db =>
        {
            db.Add(new ScheduledJob
            {
                Id = Guid.NewGuid(), Kind = TestJobs.Record, Key = "orphan", Payload = "ok", DueAt = Now - Duration.FromMinutes(5),
                State = JobState.Running, Attempts = 1, LeaseOwner = "crashed-instance", LeaseUntil = Now + Duration.FromSeconds(40),
                CreatedAt = Now - Duration.FromMinutes(6),
            });
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        Assert.Empty(_log.Keys);

        _world.Clock.Advance(Duration.FromSeconds(41));
        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));

        Assert.Equal(["orphan"], _log.Keys);
        var job = Assert.Single(await _world.JobsAsync());
        Assert.Equal((JobState.Done, 2), (job.State, job.Attempts));
        Assert.Null(job.LeaseOwner);
    }

    [Fact]
    public async Task A_recurring_job_missed_during_downtime_runs_once_on_start_and_continues_from_now()
    {
        // Due five hours ago: the bot was down for five hourly fire times.
        await _world.ScheduleAsync("hourly:first", "hourly", Now - Duration.FromHours(5));
        _world.Clock.Advance(Duration.FromMinutes(20));

        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        Assert.Equal(0, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));

        Assert.Equal(["hourly:first"], _log.Keys);
        var jobs = await _world.JobsAsync();
        Assert.Equal(2, jobs.Count);
        Assert.Equal(JobState.Done, jobs.Single(j => j.Key == "hourly:first").State);
        var next = jobs.Single(j => j.Key != "hourly:first");
        Assert.Equal(JobState.Pending, next.State);
        Assert.Equal(Instant.FromUtc(2027, 3, 2, 10, 0), next.DueAt);
        Assert.True(next.DueAt > Now);

        _world.Clock.Advance(Duration.FromMinutes(40));
        Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
        Assert.Equal(3, (await _world.JobsAsync()).Count);
    }

    [Fact]
    public async Task A_job_for_an_unregistered_kind_fails_with_a_code_after_max_attempts()
    {
        await _world.InScopeAsync(async services =>
        {
            await services.GetRequiredService<JobScheduler>().ScheduleAsync("test.unknown", "k", "{}", Now);
            await services.GetRequiredService<CoalitieDbContext>().SaveChangesAsync();
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, await _world.Jobs.RunDueJobsAsync(CancellationToken.None));
            _world.Clock.Advance(Duration.FromMinutes(10));
        }

        var job = Assert.Single(await _world.JobsAsync());
        Assert.Equal((JobState.Failed, "InvalidOperationException"), (job.State, job.LastError));
    }
}
