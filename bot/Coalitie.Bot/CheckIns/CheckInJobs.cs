using System.Text.Json;
using Coalitie.Bot.Work;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// The durable jobs of a round: open (at the scheduled moment), remind (at each reminder moment), close (at the closing
/// moment). Each runs at least once and is idempotent: the round's status decides whether there is anything left to do,
/// and the outbox keys make a second run send nothing twice. Missed fire times (the host was down) run once at the first
/// poll: a round opens late and stays open for its full period from then; a reminder whose round has closed does nothing.
/// </summary>
public static class CheckInJobs
{
    public const string Open = "checkin.open";

    public const string Remind = "checkin.remind";

    public const string Close = "checkin.close";

    public static string Payload(Guid roundId) => JsonSerializer.Serialize(new RoundPayload(roundId), Json);

    public static Guid RoundIdOf(JobContext job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return (JsonSerializer.Deserialize<RoundPayload>(job.Payload, Json) ?? throw new JsonException("Empty check-in job payload.")).RoundId;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record RoundPayload(Guid RoundId);
}

/// <summary>Opens a planned round when its moment comes.</summary>
internal sealed class OpenRoundJob(CheckInService service) : IJobHandler
{
    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var round = await service.FindRoundAsync(CheckInJobs.RoundIdOf(job), cancellationToken).ConfigureAwait(false);
        if (round is not null)
        {
            await service.OpenAsync(round, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Reminds the people who have not answered yet.</summary>
internal sealed class RemindRoundJob(CheckInService service) : IJobHandler
{
    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var round = await service.FindRoundAsync(CheckInJobs.RoundIdOf(job), cancellationToken).ConfigureAwait(false);
        if (round is not null)
        {
            // The job key ends with the reminder moment, so each scheduled reminder has its own outbox keys.
            await service.RemindAsync(round, job.Key[(job.Key.LastIndexOf(':') + 1)..], cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Closes a round at its closing moment and sends the results to the procesregisseur and the stuurgroep.</summary>
internal sealed class CloseRoundJob(CheckInService service, CheckInResultsPublisher results) : IJobHandler
{
    public async Task HandleAsync(JobContext job, CancellationToken cancellationToken)
    {
        var round = await service.FindRoundAsync(CheckInJobs.RoundIdOf(job), cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        service.Close(round);
        if (round.Status == Domain.CheckIns.RoundStatus.Closed)
        {
            // Also after a close by hand (checkin sluit): the outbox keys make this a no-op when already sent.
            await results.PublishAsync(round, cancellationToken).ConfigureAwait(false);
        }
    }
}
