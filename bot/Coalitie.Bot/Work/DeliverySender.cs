using System.Text.Json;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>
/// Sends due <see cref="DeliveryItem"/>s (hosted; polls every <see cref="WorkOptions.PollInterval"/>; rows claimed with a
/// lease like jobs). Per row: the recipient's stored personal conversation, else a newly created 1:1 conversation; when 1:1
/// is impossible (403 not installed or blocked, 404 gone) the card goes to the fallback channel with a mention of the
/// recipient. 429 after the connector's own Retry-After budget → <see cref="DeliveryState.Throttled"/> and a later attempt;
/// 412/5xx/transport → retry with backoff; after <see cref="WorkOptions.MaxAttempts"/> → <see cref="DeliveryState.Failed"/>.
/// </summary>
public sealed partial class DeliverySender(
    IServiceScopeFactory scopes,
    IConnectorClient connector,
    IClock clock,
    WorkInstance instance,
    IOptions<WorkOptions> options,
    TimeProvider time,
    ILogger<DeliverySender> logger) : PollingWorker(options, time, logger)
{
    private static readonly DeliveryState[] Claimable = [DeliveryState.Pending, DeliveryState.Throttled];

    /// <summary>Claims up to <see cref="WorkOptions.BatchSize"/> due rows and sends them one after the other; returns how many it claimed.</summary>
    public async Task<int> RunDueDeliveriesAsync(CancellationToken cancellationToken)
    {
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
            var now = clock.GetCurrentInstant();
            candidates = await WorkLeases.CandidatesAsync(Due(db, now).OrderBy(d => d.NextAttemptAt), now, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        }

        var claimed = 0;
        foreach (var id in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await SendOneAsync(id, cancellationToken).ConfigureAwait(false))
            {
                claimed++;
            }
        }

        return claimed;
    }

    protected override Task<int> PollAsync(CancellationToken cancellationToken) => RunDueDeliveriesAsync(cancellationToken);

    /// <summary><c>{ConnectorFailure}</c> or <c>{ConnectorFailure}:{Teams error code}</c>.</summary>
    internal static string Code(ConnectorException exception) =>
        exception.ErrorCode is { Length: > 0 } code ? $"{exception.Failure}:{code}" : exception.Failure.ToString();

    private static IQueryable<DeliveryItem> Due(CoalitieDbContext db, Instant now) =>
        db.Set<DeliveryItem>().Where(d => Claimable.Contains(d.State) && d.NextAttemptAt <= now);

    private async Task<bool> SendOneAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        var now = clock.GetCurrentInstant();
        var leaseUntil = now + Duration.FromTimeSpan(Options.LeaseDuration);
        if (!await WorkLeases.TryClaimAsync(Due(db, now), id, instance.Id, now, leaseUntil, alsoSet: null, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var item = await db.Set<DeliveryItem>().AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        Outcome outcome;
        if (item.Attempts > Options.MaxAttempts)
        {
            outcome = Outcome.Final(DeliveryState.Failed, "LeaseExpired");
        }
        else
        {
            try
            {
                outcome = await AttemptAsync(db, item, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await WorkLeases.ReleaseAsync<DeliveryItem>(db, id, instance.Id, s => s.SetProperty(d => d.Attempts, d => d.Attempts - 1), CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        await RecordAsync(db, item, outcome, cancellationToken).ConfigureAwait(false);

        // What the attempt learned on the way (a newly created 1:1 chat's reference) is kept too.
        if (db.ChangeTracker.HasChanges())
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Another instance stored the same chat first: theirs is as good.
                db.ChangeTracker.Clear();
            }
        }

        return true;
    }

    private async Task<Outcome> AttemptAsync(CoalitieDbContext db, DeliveryItem item, CancellationToken ct)
    {
        var channel = await ChannelReferenceAsync(db, item, ct).ConfigureAwait(false);
        try
        {
            return await SendPersonalAsync(db, item, channel, ct).ConfigureAwait(false);
        }
        catch (ConnectorException personal) when (personal.Failure is ConnectorFailure.NotInstalled or ConnectorFailure.Blocked or ConnectorFailure.Gone)
        {
            var personalCode = Code(personal);
            if (channel is null)
            {
                return Outcome.Final(StateOf(personal.Failure), personalCode + "/NoChannel");
            }

            try
            {
                var card = AdaptiveCard.Parse(item.Card);
                card.Body.Insert(0, new TextBlock { Text = card.Mention(item.RecipientUserId, item.RecipientName), Wrap = true });
                var sent = await connector.SendToConversationAsync(
                    new ConnectorTarget(channel.ServiceUrl, channel.TenantId), item.FallbackConversationId, Message(card.ToAttachment()), ct).ConfigureAwait(false);
                return Outcome.Delivered(DeliveryState.SentToChannel, sent.Id, item.FallbackConversationId, personalCode);
            }
            catch (ConnectorException fallback)
            {
                return FromFailure(fallback, $"{personalCode}/{Code(fallback)}");
            }
        }
        catch (ConnectorException other)
        {
            return FromFailure(other, Code(other));
        }
        catch (JsonException)
        {
            return Outcome.Final(DeliveryState.Failed, "CardUnreadable");
        }
        catch (HttpRequestException ex)
        {
            return Outcome.Retry(DeliveryState.Pending, ex.GetType().Name);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            return Outcome.Retry(DeliveryState.Pending, ex.GetType().Name);
        }
    }

    private async Task<Outcome> SendPersonalAsync(CoalitieDbContext db, DeliveryItem item, ConversationReference? channel, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(item.Card);
        var attachment = new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = document.RootElement.Clone() };
        var personal = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.Kind == ConversationKind.Personal
                && (r.UserId == item.RecipientUserId || (item.RecipientAadObjectId != null && r.UserAadObjectId == item.RecipientAadObjectId)))
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);

        ConnectorTarget target;
        string conversationId;
        if (personal is not null)
        {
            target = new ConnectorTarget(personal.ServiceUrl, personal.TenantId);
            conversationId = personal.ConversationId;
        }
        else if (channel is not null)
        {
            target = new ConnectorTarget(channel.ServiceUrl, channel.TenantId);
            var created = await connector.CreateConversationAsync(target, new ConversationParameters
            {
                IsGroup = false,
                Members = [new ChannelAccount { Id = item.RecipientUserId }],
                TenantId = channel.TenantId,
                Bot = channel.BotId is { Length: > 0 } botId ? new ChannelAccount { Id = botId } : null,
            }, ct).ConfigureAwait(false);
            conversationId = created.Id is { Length: > 0 } id
                ? id
                : throw new ConnectorException(ConnectorFailure.Unknown, "Create conversation answered without an id.");
            if (created.ServiceUrl is { Length: > 0 } serviceUrl)
            {
                target = target with { ServiceUrl = serviceUrl };
            }

            // Remember the new 1:1 chat, so the next delivery to this person goes straight there.
            if (!await db.ConversationReferences.AnyAsync(r => r.ConversationId == conversationId, ct).ConfigureAwait(false))
            {
                var now = clock.GetCurrentInstant();
                db.ConversationReferences.Add(new ConversationReference
                {
                    ConversationId = conversationId,
                    Kind = ConversationKind.Personal,
                    ServiceUrl = target.ServiceUrl,
                    TenantId = target.TenantId,
                    UserId = item.RecipientUserId,
                    UserAadObjectId = item.RecipientAadObjectId,
                    UserName = item.RecipientName,
                    BotId = channel.BotId,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
        }
        else
        {
            return Outcome.Final(DeliveryState.Failed, "NoServiceUrl");
        }

        var sent = await connector.SendToConversationAsync(target, conversationId, Message(attachment), ct).ConfigureAwait(false);
        return Outcome.Delivered(DeliveryState.Sent, sent.Id, conversationId, reason: null);
    }

    /// <summary>
    /// The fallback channel's stored reference (for its service URL and tenant), else any reference of the coalition's team,
    /// else one whose team id is the fallback id (the General channel has the team's id).
    /// </summary>
    private static async Task<ConversationReference?> ChannelReferenceAsync(CoalitieDbContext db, DeliveryItem item, CancellationToken ct)
    {
        var references = db.ConversationReferences.AsNoTracking();
        var channelId = ConversationReferenceStore.BaseConversationId(item.FallbackConversationId);
        var reference = await references.FirstOrDefaultAsync(r => r.ConversationId == channelId, ct).ConfigureAwait(false);
        if (reference is not null)
        {
            return reference;
        }

        string? teamId = channelId;
        if (item.CoalitionId is { } coalitionId)
        {
            teamId = await db.Set<Coalition>().AsNoTracking().Where(c => c.Id == coalitionId).Select(c => c.TeamId).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? channelId;
        }

        return await references.Where(r => r.TeamId == teamId).OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(ct).ConfigureAwait(false);
    }

    private static Activity Message(Attachment attachment) => new() { Type = ActivityTypes.Message, Attachments = [attachment] };

    private static Outcome FromFailure(ConnectorException exception, string code) => exception.Failure switch
    {
        ConnectorFailure.Throttled => Outcome.Retry(DeliveryState.Throttled, code),
        ConnectorFailure.Transient or ConnectorFailure.Unknown or ConnectorFailure.Unauthorized => Outcome.Retry(DeliveryState.Pending, code),
        _ => Outcome.Final(StateOf(exception.Failure), code),
    };

    private static DeliveryState StateOf(ConnectorFailure failure) => failure switch
    {
        ConnectorFailure.NotInstalled => DeliveryState.NotInstalled,
        ConnectorFailure.Blocked => DeliveryState.Blocked,
        ConnectorFailure.Gone => DeliveryState.Gone,
        _ => DeliveryState.Failed,
    };

    private async Task RecordAsync(CoalitieDbContext db, DeliveryItem item, Outcome outcome, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var code = outcome.Code is { Length: > 256 } longCode ? longCode[..256] : outcome.Code;
        var state = outcome.State;
        var retryAt = now;
        if (outcome.Retryable)
        {
            if (item.Attempts >= Options.MaxAttempts)
            {
                state = DeliveryState.Failed;
            }
            else
            {
                retryAt = now + WorkLeases.Backoff(item.Attempts, Options.RetryBaseDelay, Options.RetryMaxDelay, item.Id);
            }
        }

        var delivered = state is DeliveryState.Sent or DeliveryState.SentToChannel;
        var recorded = await WorkLeases.ReleaseAsync<DeliveryItem>(db, item.Id, instance.Id, s =>
        {
            s.SetProperty(d => d.State, state).SetProperty(d => d.LastErrorCode, code);
            if (delivered)
            {
                s.SetProperty(d => d.ActivityId, outcome.ActivityId)
                    .SetProperty(d => d.ConversationId, outcome.ConversationId)
                    .SetProperty(d => d.SentAt, now);
            }
            else if (state is DeliveryState.Pending or DeliveryState.Throttled)
            {
                s.SetProperty(d => d.NextAttemptAt, retryAt);
            }
        }, ct).ConfigureAwait(false);

        if (!recorded)
        {
            LogLeaseLost(logger, item.Id);
        }
        else if (delivered)
        {
            LogDelivered(logger, item.Id, state, item.Attempts);
        }
        else
        {
            LogNotDelivered(logger, item.Id, state, item.Attempts, code);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId}: {State} on attempt {Attempt}")]
    private static partial void LogDelivered(ILogger logger, Guid deliveryId, DeliveryState state, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId}: {State} after attempt {Attempt} ({Code})")]
    private static partial void LogNotDelivered(ILogger logger, Guid deliveryId, DeliveryState state, int attempt, string? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId}: the lease expired before the outcome was recorded; another instance owns the row")]
    private static partial void LogLeaseLost(ILogger logger, Guid deliveryId);

    private sealed record Outcome(DeliveryState State, bool Retryable, string? Code, string? ActivityId, string? ConversationId)
    {
        public static Outcome Delivered(DeliveryState state, string? activityId, string conversationId, string? reason) =>
            new(state, Retryable: false, reason, activityId, conversationId);

        public static Outcome Final(DeliveryState state, string code) => new(state, Retryable: false, code, null, null);

        public static Outcome Retry(DeliveryState state, string code) => new(state, Retryable: true, code, null, null);
    }
}
