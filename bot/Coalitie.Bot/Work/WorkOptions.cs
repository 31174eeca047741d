using System.ComponentModel.DataAnnotations;

namespace Coalitie.Bot.Work;

/// <summary>
/// Section <c>Work</c>: the durable job worker and the delivery outbox. Both poll the database, claim rows with a lease
/// and retry with bounded exponential backoff. See docs/work.md.
/// </summary>
public sealed class WorkOptions
{
    public const string SectionName = "Work";

    /// <summary>Runs the hosted <see cref="JobWorker"/> and <see cref="DeliverySender"/>. False: nothing polls (tests drive them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between two polls of each worker when the previous poll found nothing more to do.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many rows are claimed by one poll.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// How long a claim holds. An instance that crashes mid-work leaves the row claimed until then; afterwards any instance
    /// takes it again. Must be longer than the slowest handler or send (the connector's own retry budget included).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Claims of one row before it is given up (<c>Failed</c>). Counts every claim, also one whose lease expired.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Delay before the first retry; retry n waits <c>min(RetryBaseDelay · 2^(n-1), RetryMaxDelay)</c>, less up to 20 % spread.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of one retry delay.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);
}
