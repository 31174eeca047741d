using Microsoft.Extensions.Options;

namespace Coalitie.Bot.Work;

/// <summary>
/// The hosted loop of a worker: poll, and when a poll claimed a full batch poll again at once, else wait
/// <see cref="WorkOptions.PollInterval"/>. Does nothing when <see cref="WorkOptions.Enabled"/> is false.
/// </summary>
public abstract partial class PollingWorker(IOptions<WorkOptions> options, TimeProvider time, ILogger logger) : BackgroundService
{
    protected WorkOptions Options { get; } = options.Value;

    /// <summary>One poll; returns how many rows it claimed.</summary>
    protected abstract Task<int> PollAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await PollAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a failed poll (database briefly unavailable); it logs and polls again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, GetType().Name, ex);
            }

            if (claimed >= Options.BatchSize)
            {
                continue;
            }

            try
            {
                await Task.Delay(Options.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker}: a poll failed; polling again after the interval")]
    private static partial void LogPollFailed(ILogger logger, string worker, Exception exception);
}
