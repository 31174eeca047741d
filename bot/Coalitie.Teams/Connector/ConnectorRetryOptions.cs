using System.ComponentModel.DataAnnotations;

namespace Coalitie.Teams.Connector;

/// <summary>
/// Retry budget of the connector client, configuration section <c>Bot:Connector</c>. 429, 412, 502, 503 and 504 are
/// retried up to <see cref="MaxRetries"/> times (so at most <c>MaxRetries + 1</c> attempts); nothing else is.
/// </summary>
public sealed class ConnectorRetryOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Retries after the first attempt. 0 disables retries.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// First backoff delay; attempt n (0-based) waits a random time between half and all of
    /// <c>min(BaseDelay * 2^n, MaxDelay)</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one backoff delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of a server's <c>Retry-After</c>; a longer one is shortened to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
