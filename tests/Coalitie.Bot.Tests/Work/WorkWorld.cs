using System.Collections.Concurrent;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Bot.Work;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Coalitie.Bot.Tests.Work;

/// <summary>The job kinds the tests register.</summary>
public static class TestJobs
{
    /// <summary>Records its key; payload <c>fail</c> throws, <c>slow</c> takes a moment, <c>hourly</c> schedules its next hour.</summary>
    public const string Record = "test.record";
}

/// <summary>Every run of a test job, across instances: (key, instance name).</summary>
public sealed class RunLog
{
    public ConcurrentQueue<(string Key, string Instance)> Runs { get; } = new();

    public IReadOnlyList<string> Keys => [.. Runs.Select(r => r.Key)];
}

/// <summary>The test handler: records, fails, dawdles or schedules the next hour, by payload.</summary>
public sealed class RecordingHandler(RunLog log, WorkWorld.InstanceName name, JobScheduler scheduler) : IJobHandler
{
    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        log.Runs.Enqueue((job.Key, name.Value));
        switch (job.Payload)
        {
            case "fail":
                throw new InvalidOperationException("Always fails.");
            case "slow":
                await Task.Delay(15, cancellationToken);
                break;
            case "hourly":
                await scheduler.ScheduleNextAsync(TestJobs.Record, next => "hourly:" + next.ToString(), "hourly",
                    now => Instant.FromUnixTimeSeconds((now.ToUnixTimeSeconds() / 3600 + 1) * 3600), cancellationToken);
                break;
        }
    }
}

/// <summary>
/// One bot instance's services (the real composition root, not started: the hosted workers do not poll) on a shared
/// database, with a fake clock and the fake connector. Several worlds on one database are several instances.
/// </summary>
public sealed class WorkWorld : IAsyncDisposable
{
    public const string ChannelId = "19:coalitie-channel@thread.tacv2";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string TenantId = "tenant-havenkwartier";
    public const string SanderId = "29:sander";
    public const string SanderChat = "a:personal-sander";
    public const string IngridId = "29:ingrid";

    private readonly WebApplication _app;

    private WorkWorld(WebApplication app, FakeClock clock)
    {
        _app = app;
        Clock = clock;
    }

    public sealed record InstanceName(string Value);

    public FakeClock Clock { get; }

    public IServiceProvider Services => _app.Services;

    public JobWorker Jobs => Services.GetRequiredService<JobWorker>();

    public DeliverySender Sender => Services.GetRequiredService<DeliverySender>();

    public static FakeClock NewClock() => new(Instant.FromUtc(2027, 3, 2, 9, 0));

    public static async Task<WorkWorld> StartAsync(
        StorageSettings storage, FakeClock clock, RunLog? log = null, string name = "instance-a", bool migrate = true)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(
        [
            .. storage.Configuration(),
            new("Storage:MigrateOnStartup", "false"),
            new("Work:Enabled", "false"),
            new("Work:MaxAttempts", "3"),
            new("Work:RetryBaseDelay", "00:00:30"),
            new("Work:RetryMaxDelay", "00:10:00"),
            new("Work:LeaseDuration", "00:01:00"),
            new("Bot:Connector:MaxRetries", "1"),
            new("Bot:Connector:BaseDelay", "00:00:00"),
            new("Bot:Connector:MaxRetryAfter", "00:00:01"),
        ]);
        builder.Logging.ClearProviders();
        builder.AddCoalitie();
        builder.Services.RemoveAll<IClock>();
        builder.Services.AddSingleton<IClock>(clock);
        builder.Services.AddSingleton(log ?? new RunLog());
        builder.Services.AddSingleton(new InstanceName(name));
        builder.Services.AddJobHandler<RecordingHandler>(TestJobs.Record);
        var world = new WorkWorld(builder.Build(), clock);
        if (migrate)
        {
            await world.WithDbAsync(db => db.Database.MigrateAsync());
        }

        return world;
    }

    /// <summary>Runs <paramref name="work"/> on a fresh scope's database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<CoalitieDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CoalitieDbContext>());
    }

    public async Task WithDbAsync(Func<CoalitieDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<CoalitieDbContext>());
    }

    /// <summary>Runs <paramref name="work"/> with a fresh scope's services.</summary>
    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public Task<List<ScheduledJob>> JobsAsync() => WithDbAsync(db => db.Set<ScheduledJob>().AsNoTracking().OrderBy(j => j.Key).ToListAsync());

    public Task<DeliveryItem> DeliveryAsync(string key) => WithDbAsync(db => db.Set<DeliveryItem>().AsNoTracking().SingleAsync(d => d.Key == key));

    /// <summary>Schedules one job and saves it.</summary>
    public Task ScheduleAsync(string key, string payload, Instant dueAt) => InScopeAsync(async services =>
    {
        await services.GetRequiredService<JobScheduler>().ScheduleAsync(TestJobs.Record, key, payload, dueAt);
        await services.GetRequiredService<CoalitieDbContext>().SaveChangesAsync();
    });

    /// <summary>The coalition channel (with the fake connector's service URL) and Sander's personal chat; Ingrid has none.</summary>
    public Task SeedReferencesAsync(FakeConnector connector) => WithDbAsync(async db =>
    {
        var now = Clock.GetCurrentInstant();
        db.ConversationReferences.Add(new ConversationReference
        {
            ConversationId = ChannelId, Kind = ConversationKind.Channel, ServiceUrl = connector.ServiceUrl, TenantId = TenantId,
            TeamId = TeamId, ChannelId = ChannelId, BotId = "28:coalitie-bot", CreatedAt = now, UpdatedAt = now,
        });
        db.ConversationReferences.Add(new ConversationReference
        {
            ConversationId = SanderChat, Kind = ConversationKind.Personal, ServiceUrl = connector.ServiceUrl, TenantId = TenantId,
            UserId = SanderId, UserName = "Sander de Vries", BotId = "28:coalitie-bot", CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
    });

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
