using Microsoft.Extensions.Logging;

namespace Coalitie.Teams.Connector;

/// <summary>What a connector call counts against (teams-protocol.md §3.3).</summary>
public enum ConnectorRateCategory
{
    /// <summary>Send, reply, update, delete and create conversation: 7/1 s, 8/2 s, 60/30 s, 1800/3600 s per conversation.</summary>
    Send,

    /// <summary>Member, team and channel reads: 14/1 s, 16/2 s, 120/30 s, 3600/3600 s per conversation or team.</summary>
    Read,
}

/// <summary>
/// Sliding-window limiter in front of the connector: per conversation (and category) the Teams per-bot-per-thread
/// limits, and per tenant 50 requests per second. A call waits (asynchronously, cancellable) until every window
/// admits it, then counts against all of them at once.
/// </summary>
/// <remarks>
/// The state is <b>per process</b>: several instances of the bot each allow the full rate, so a scaled-out
/// deployment can still meet 429s, which the client retries. Memory is bounded: a conversation's history holds at
/// most as many timestamps as its largest window allows, and a conversation idle longer than its longest window
/// (one hour) no longer constrains anything and is evicted by a sweep that runs at most once a minute.
/// </remarks>
public sealed partial class ConnectorRateLimiter
{
    internal static readonly RateWindow[] SendWindows =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromSeconds(3600)),
    ];

    internal static readonly RateWindow[] ReadWindows =
    [
        new(14, TimeSpan.FromSeconds(1)),
        new(16, TimeSpan.FromSeconds(2)),
        new(120, TimeSpan.FromSeconds(30)),
        new(3600, TimeSpan.FromSeconds(3600)),
    ];

    internal static readonly RateWindow[] TenantWindows = [new(50, TimeSpan.FromSeconds(1))];

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorRateLimiter> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<BucketKey, History> _buckets = [];
    private long _lastSweep;

    public ConnectorRateLimiter(TimeProvider time, ILogger<ConnectorRateLimiter> logger)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _time = time;
        _logger = logger;
        _lastSweep = time.GetTimestamp();
    }

    /// <summary>Number of conversations, teams and tenants currently remembered (for tests and diagnostics).</summary>
    internal int TrackedKeyCount
    {
        get
        {
            lock (_gate)
            {
                return _buckets.Count;
            }
        }
    }

    /// <summary>
    /// Waits until a call of <paramref name="category"/> on <paramref name="key"/> (conversation or team id) in
    /// <paramref name="tenantId"/> is permitted, and records it.
    /// </summary>
    public async ValueTask WaitAsync(ConnectorRateCategory category, string? tenantId, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keyBucket = new BucketKey(category == ConnectorRateCategory.Send ? BucketKind.SendKey : BucketKind.ReadKey, key);
        var tenantBucket = new BucketKey(BucketKind.Tenant, tenantId ?? string.Empty);
        var keyWindows = category == ConnectorRateCategory.Send ? SendWindows : ReadWindows;

        while (true)
        {
            ct.ThrowIfCancellationRequested();
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetTimestamp();
                SweepIfDue(now);
                var keyHistory = GetOrAdd(keyBucket, keyWindows);
                var tenantHistory = GetOrAdd(tenantBucket, TenantWindows);
                var waitTicks = Math.Max(keyHistory.TicksUntilPermitted(now, keyWindows, _time.TimestampFrequency),
                    tenantHistory.TicksUntilPermitted(now, TenantWindows, _time.TimestampFrequency));
                if (waitTicks <= 0)
                {
                    keyHistory.Add(now);
                    tenantHistory.Add(now);
                    return;
                }

                wait = ToTimeSpan(waitTicks, _time.TimestampFrequency);
            }

            LogWaiting(_logger, category, wait);
            await Task.Delay(wait, _time, ct).ConfigureAwait(false);
        }
    }

    private History GetOrAdd(BucketKey key, RateWindow[] windows)
    {
        if (!_buckets.TryGetValue(key, out var history))
        {
            history = new History(windows.Max(w => w.Limit));
            _buckets.Add(key, history);
        }

        return history;
    }

    private void SweepIfDue(long now)
    {
        var frequency = _time.TimestampFrequency;
        if (now - _lastSweep < ToTimestampTicks(SweepInterval, frequency))
        {
            return;
        }

        _lastSweep = now;
        List<BucketKey>? idle = null;
        foreach (var (key, history) in _buckets)
        {
            var windows = key.Kind switch
            {
                BucketKind.SendKey => SendWindows,
                BucketKind.ReadKey => ReadWindows,
                _ => TenantWindows,
            };
            var longest = ToTimestampTicks(windows.Max(w => w.Duration), frequency);
            if (history.Count == 0 || now - history.Newest >= longest)
            {
                (idle ??= []).Add(key);
            }
        }

        if (idle is not null)
        {
            foreach (var key in idle)
            {
                _buckets.Remove(key);
            }
        }
    }

    private static long ToTimestampTicks(TimeSpan duration, long frequency) =>
        (long)Math.Ceiling(duration.Ticks * (double)frequency / TimeSpan.TicksPerSecond);

    private static TimeSpan ToTimeSpan(long timestampTicks, long frequency) =>
        TimeSpan.FromTicks(Math.Max(1, (long)Math.Ceiling(timestampTicks * (double)TimeSpan.TicksPerSecond / frequency)));

    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Connector {Category} call waits {Delay} for the rate limit")]
    private static partial void LogWaiting(ILogger logger, ConnectorRateCategory category, TimeSpan delay);

    internal readonly record struct RateWindow(int Limit, TimeSpan Duration);

    private enum BucketKind
    {
        SendKey,
        ReadKey,
        Tenant,
    }

    private readonly record struct BucketKey(BucketKind Kind, string Key);

    /// <summary>Timestamps of admitted calls, oldest first, in a ring that grows up to the largest window's limit.</summary>
    private sealed class History(int capacity)
    {
        private long[] _items = new long[Math.Min(4, capacity)];
        private int _start;

        public int Count { get; private set; }

        public long Newest => FromNewest(0);

        public void Add(long timestamp)
        {
            if (Count == _items.Length)
            {
                if (_items.Length < capacity)
                {
                    Grow();
                }
                else
                {
                    _start = (_start + 1) % _items.Length;
                    Count--;
                }
            }

            _items[(_start + Count) % _items.Length] = timestamp;
            Count++;
        }

        /// <summary>How long (timestamp ticks) until one more call fits every window; 0 when it fits now.</summary>
        public long TicksUntilPermitted(long now, RateWindow[] windows, long frequency)
        {
            long wait = 0;
            foreach (var window in windows)
            {
                if (Count < window.Limit)
                {
                    continue;
                }

                // The window already holds `Limit` calls if the Limit-th newest is younger than the window.
                var oldestCounted = FromNewest(window.Limit - 1);
                var duration = ToTimestampTicks(window.Duration, frequency);
                var age = now - oldestCounted;
                if (age < duration)
                {
                    wait = Math.Max(wait, duration - age);
                }
            }

            return wait;
        }

        private long FromNewest(int index) => _items[(_start + Count - 1 - index) % _items.Length];

        private void Grow()
        {
            var larger = new long[Math.Min(_items.Length * 2, capacity)];
            for (var i = 0; i < Count; i++)
            {
                larger[i] = _items[(_start + i) % _items.Length];
            }

            _items = larger;
            _start = 0;
        }
    }
}
