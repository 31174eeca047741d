using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Bot.Work;
using NodaTime;

namespace Coalitie.Bot.Tests.Work;

/// <summary>Two instances on one PostgreSQL database claim due jobs and deliveries concurrently: each runs exactly once.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresJobClaimTests(PostgresServer server)
{
    [Fact]
    public async Task Two_instances_on_postgres_run_each_due_job_and_delivery_exactly_once()
    {
        var storage = new PostgresStorage(await server.CreateDatabaseAsync());
        var clock = WorkWorld.NewClock();
        var log = new RunLog();
        using var connector = new Coalitie.Testing.FakeConnector();
        await using var first = await WorkWorld.StartAsync(storage, clock, log, "instance-a");
        await using var second = await WorkWorld.StartAsync(storage, clock, log, "instance-b", migrate: false);
        await first.SeedReferencesAsync(connector);
        var keys = Enumerable.Range(0, 40).Select(i => $"job-{i:D2}").ToList();
        foreach (var key in keys)
        {
            await first.ScheduleAsync(key, "slow", clock.GetCurrentInstant() - Duration.FromMinutes(1));
        }

        await first.InScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<Outbox>();
            for (var i = 0; i < 20; i++)
            {
                await outbox.EnqueueAsync(new DeliveryRequest(null, "checkin.request", $"d-{i:D2}", WorkWorld.SanderId, null, "Sander de Vries",
                    WorkWorld.ChannelId, """{"type":"AdaptiveCard","version":"1.5","body":[]}"""));
            }

            await services.GetRequiredService<Coalitie.Bot.Persistence.CoalitieDbContext>().SaveChangesAsync();
        });

        var jobsClaimed = 0;
        var deliveriesClaimed = 0;
        for (var round = 0; round < 4; round++)
        {
            var jobs = await Task.WhenAll(
                Task.Run(() => first.Jobs.RunDueJobsAsync(CancellationToken.None)),
                Task.Run(() => second.Jobs.RunDueJobsAsync(CancellationToken.None)));
            var deliveries = await Task.WhenAll(
                Task.Run(() => first.Sender.RunDueDeliveriesAsync(CancellationToken.None)),
                Task.Run(() => second.Sender.RunDueDeliveriesAsync(CancellationToken.None)));
            jobsClaimed += jobs.Sum();
            deliveriesClaimed += deliveries.Sum();
        }

        Assert.Equal(40, jobsClaimed);
        Assert.Equal(keys, log.Keys.Order(StringComparer.Ordinal));
        Assert.All(await first.JobsAsync(), j => Assert.Equal((JobState.Done, 1), (j.State, j.Attempts)));
        Assert.Equal(20, deliveriesClaimed);
        Assert.Equal(20, connector.Requests.Count(r => r.Path == $"/v3/conversations/{WorkWorld.SanderChat}/activities"));
        var status = await first.WithDbAsync(db => new DeliveryStatus(db).ForPurposeAsync("checkin.request"));
        Assert.Equal(20, status.Count);
        Assert.All(status, s => Assert.Equal(DeliveryState.Sent, s.State));
    }
}
