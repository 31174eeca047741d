using Coalitie.Teams.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>The in-process sliding windows, driven by a fake clock.</summary>
public sealed class ConnectorRateLimiterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ConnectorRateLimiter _limiter;

    public ConnectorRateLimiterTests()
    {
        _limiter = new ConnectorRateLimiter(_time, NullLogger<ConnectorRateLimiter>.Instance);
    }

    [Fact]
    public async Task Eighth_send_in_one_second_waits_until_the_first_leaves_the_window()
    {
        await Admit(7, ConnectorRateCategory.Send, "t", "a:1");

        var eighth = Acquire(ConnectorRateCategory.Send, "t", "a:1");
        _time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50);
        Assert.False(eighth.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(Patience);
    }

    [Fact]
    public async Task Ninth_send_waits_for_the_two_second_window()
    {
        await Admit(7, ConnectorRateCategory.Send, "t", "a:1");
        _time.Advance(TimeSpan.FromSeconds(1));
        await Admit(1, ConnectorRateCategory.Send, "t", "a:1");

        var ninth = Acquire(ConnectorRateCategory.Send, "t", "a:1");
        _time.Advance(TimeSpan.FromMilliseconds(900));
        await Task.Delay(50);
        Assert.False(ninth.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(100));
        await ninth.WaitAsync(Patience);
    }

    [Fact]
    public async Task Different_conversations_have_independent_windows()
    {
        await Admit(7, ConnectorRateCategory.Send, "t", "a:1");

        var other = Acquire(ConnectorRateCategory.Send, "t", "a:2");

        Assert.True(other.IsCompletedSuccessfully);
        Assert.False(Acquire(ConnectorRateCategory.Send, "t", "a:1").IsCompleted);
    }

    [Fact]
    public async Task Reads_allow_fourteen_per_second_apart_from_sends()
    {
        await Admit(7, ConnectorRateCategory.Send, "t", "a:1");
        await Admit(14, ConnectorRateCategory.Read, "t", "a:1");

        var fifteenth = Acquire(ConnectorRateCategory.Read, "t", "a:1");
        await Task.Delay(50);
        Assert.False(fifteenth.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        await fifteenth.WaitAsync(Patience);
    }

    [Fact]
    public async Task Sixty_first_send_in_thirty_seconds_waits()
    {
        for (var second = 0; second < 30; second++)
        {
            await Admit(2, ConnectorRateCategory.Send, "t", "a:1");
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        // 60 sends at 0 s..29 s, two a second. Now (30 s) the two from 0 s have left the 30 s window; the next
        // one must wait for those from 1 s.
        await Admit(2, ConnectorRateCategory.Send, "t", "a:1");
        var next = Acquire(ConnectorRateCategory.Send, "t", "a:1");
        await Task.Delay(50);
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(Patience);
    }

    [Fact]
    public async Task Fifty_first_request_of_a_tenant_in_one_second_waits_while_other_tenants_proceed()
    {
        for (var i = 0; i < 50; i++)
        {
            await Admit(1, ConnectorRateCategory.Send, "tenant-a", $"a:{i}");
        }

        var fiftyFirst = Acquire(ConnectorRateCategory.Read, "tenant-a", "a:new");
        var otherTenant = Acquire(ConnectorRateCategory.Send, "tenant-b", "a:0");
        await Task.Delay(50);

        Assert.True(otherTenant.IsCompletedSuccessfully);
        Assert.False(fiftyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await fiftyFirst.WaitAsync(Patience);
    }

    [Fact]
    public async Task Waiting_is_cancellable()
    {
        await Admit(7, ConnectorRateCategory.Send, "t", "a:1");
        using var cancel = new CancellationTokenSource();

        var waiting = _limiter.WaitAsync(ConnectorRateCategory.Send, "t", "a:1", cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Patience));
    }

    [Fact]
    public async Task Conversations_idle_for_longer_than_the_longest_window_are_evicted()
    {
        for (var i = 0; i < 100; i++)
        {
            await Admit(1, ConnectorRateCategory.Send, $"tenant-{i % 3}", $"a:{i}");
        }

        Assert.Equal(103, _limiter.TrackedKeyCount);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await Admit(1, ConnectorRateCategory.Read, "tenant-0", "a:fresh");

        Assert.Equal(2, _limiter.TrackedKeyCount);
    }

    private Task Acquire(ConnectorRateCategory category, string tenant, string key) =>
        _limiter.WaitAsync(category, tenant, key, CancellationToken.None).AsTask();

    private async Task Admit(int count, ConnectorRateCategory category, string tenant, string key)
    {
        for (var i = 0; i < count; i++)
        {
            var admitted = Acquire(category, tenant, key);
            Assert.True(admitted.IsCompletedSuccessfully, $"call {i + 1} on {key} should have been admitted at once");
            await admitted;
        }
    }
}
