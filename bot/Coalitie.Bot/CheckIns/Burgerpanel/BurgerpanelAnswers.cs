using Coalitie.Bot.Audit;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>What happened to a burgerpanel answer.</summary>
public enum BurgerpanelSubmitOutcome
{
    /// <summary>Stored as the round's burgerpanel request; the link is spent.</summary>
    Recorded,

    /// <summary>The link was spent by another submit first (a second tab, a double click, a replay): nothing stored.</summary>
    Used,

    /// <summary>The round stopped accepting answers in the meantime: nothing stored.</summary>
    Closed,
}

/// <summary>The outcome and, when recorded, the stored answer.</summary>
public sealed record BurgerpanelSubmitResult(BurgerpanelSubmitOutcome Outcome, CheckInAnswer? Answer = null);

/// <summary>
/// Stores a burgerpanel answer as the burgerpanel seat of the round: a request with respondent
/// <see cref="RespondentKey.BurgerpanelLink"/>, domain <see cref="PartnerDomain.Bewoners"/> and, when the coalition has
/// exactly one current Bewoners partner, that partner. The link is spent in the same transaction by a conditional update
/// (<c>UsedAt IS NULL</c>), so of two submits at once exactly one is stored; the round's unique request per respondent
/// backs that up.
/// </summary>
public sealed partial class BurgerpanelAnswers(CoalitieDbContext db, IClock clock, AuditLog audit, ILogger<BurgerpanelAnswers> logger)
{
    /// <summary>The audit action of a stored answer (entity: the round; field <c>request</c>; new value: the request id).</summary>
    public const string AuditAnswered = "burgerpanel-answered";

    /// <summary>The audit actor's name: the panel, not a person.</summary>
    public const string AuditActor = "burgerpanel";

    /// <summary>Stores <paramref name="submission"/> for the link <paramref name="check"/> found valid (same scope: its round is tracked).</summary>
    /// <exception cref="ArgumentException">The check is not <see cref="BurgerpanelLinkStatus.Valid"/>.</exception>
    /// <exception cref="DomainException">A validation code of the answer (<see cref="CheckInErrors.FactorMissing"/>, <see cref="CheckInErrors.CommentTooLong"/>, …); nothing is stored.</exception>
    public async Task<BurgerpanelSubmitResult> SubmitAsync(BurgerpanelLinkCheck check, CheckInSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(submission);
        if (check is not { Status: BurgerpanelLinkStatus.Valid, Link: { } link, Round: { } round })
        {
            throw new ArgumentException("Only a valid link can be answered.", nameof(check));
        }

        var now = clock.GetCurrentInstant();
        var partnerId = await BewonersPartnerAsync(round.CoalitionId, cancellationToken).ConfigureAwait(false);
        var requestId = Guid.NewGuid();
        CheckInAnswer answer;
        try
        {
            round.AddRequest(requestId, RespondentKey.BurgerpanelLink(link.Id), partnerId, PartnerDomain.Bewoners, now);
            answer = round.Submit(requestId, submission, now).Current;
        }
        catch (DomainException e) when (e.Code == CheckInErrors.RequestDuplicate)
        {
            return new(BurgerpanelSubmitOutcome.Used);
        }
        catch (DomainException e) when (e.Code is CheckInErrors.Closed or CheckInErrors.NotOpen or CheckInErrors.BurgerpanelLinkOff)
        {
            return new(BurgerpanelSubmitOutcome.Closed);
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var claimed = await db.Set<BurgerpanelLink>()
                .Where(l => l.Id == link.Id && l.UsedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, (Instant?)now).SetProperty(l => l.RequestId, (Guid?)requestId), cancellationToken)
                .ConfigureAwait(false);
            if (claimed != 1)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                LogSpentElsewhere(logger, round.Id);
                return new(BurgerpanelSubmitOutcome.Used);
            }

            audit.Record(round.CoalitionId, null, AuditActor, nameof(CheckInRound), round.Id.ToString(), AuditAnswered, "request", null, requestId.ToString());
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The unique request per respondent: this link's answer is already stored.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                LogSpentElsewhere(logger, round.Id);
                return new(BurgerpanelSubmitOutcome.Used);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        LogRecorded(logger, round.Id, requestId);
        return new(BurgerpanelSubmitOutcome.Recorded, answer);
    }

    /// <summary>The coalition's Bewoners partner when it has exactly one that has not left; null otherwise.</summary>
    private async Task<Guid?> BewonersPartnerAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var ids = await db.Set<Partner>().AsNoTracking()
            .Where(p => p.CoalitionId == coalitionId && p.Domain == PartnerDomain.Bewoners && p.LeftOn == null)
            .Select(p => p.Id)
            .Take(2)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 1 ? ids[0] : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Burgerpanel answer stored in round {RoundId} as request {RequestId}")]
    private static partial void LogRecorded(ILogger logger, Guid roundId, Guid requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Burgerpanel answer in round {RoundId} refused: its link was spent by another submit")]
    private static partial void LogSpentElsewhere(ILogger logger, Guid roundId);
}
