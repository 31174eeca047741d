using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>What to deliver to whom; see <see cref="DeliveryItem"/> for the meaning of each field.</summary>
public sealed record DeliveryRequest(
    Guid? CoalitionId,
    string Purpose,
    string Key,
    string RecipientUserId,
    string? RecipientAadObjectId,
    string RecipientName,
    string FallbackConversationId,
    string Card);

/// <summary>
/// The delivery outbox: one durable row per recipient, added to the caller's unit of work so it is saved (or rolled back)
/// with the change that needs it. <see cref="DeliverySender"/> sends the rows.
/// </summary>
public sealed class Outbox(CoalitieDbContext db, IClock clock)
{
    /// <summary>
    /// Adds a <see cref="DeliveryState.Pending"/> row, due now (or at <paramref name="notBefore"/>). When a row with the same
    /// key exists (saved, or added earlier in this unit of work) nothing changes and that row is returned. A race on the
    /// same key from another unit of work makes the later <c>SaveChangesAsync</c> throw <see cref="DbUpdateException"/>
    /// (unique index).
    /// </summary>
    public async Task<DeliveryItem> EnqueueAsync(DeliveryRequest request, Instant? notBefore = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RecipientUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RecipientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.FallbackConversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Card);

        var existing = db.ChangeTracker.Entries<DeliveryItem>().Select(e => e.Entity).FirstOrDefault(d => d.Key == request.Key)
            ?? await db.Set<DeliveryItem>().FirstOrDefaultAsync(d => d.Key == request.Key, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetCurrentInstant();
        var item = new DeliveryItem
        {
            Id = Guid.NewGuid(),
            CoalitionId = request.CoalitionId,
            Purpose = request.Purpose,
            Key = request.Key,
            RecipientUserId = request.RecipientUserId,
            RecipientAadObjectId = request.RecipientAadObjectId,
            RecipientName = request.RecipientName,
            FallbackConversationId = request.FallbackConversationId,
            Card = request.Card,
            State = DeliveryState.Pending,
            NextAttemptAt = notBefore ?? now,
            CreatedAt = now,
        };
        db.Add(item);
        return item;
    }
}
