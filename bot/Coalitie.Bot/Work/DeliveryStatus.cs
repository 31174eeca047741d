using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>Where one recipient's delivery stands, for a status card (ids and codes; the name as stored for the mention).</summary>
/// <param name="Reason">Why 1:1 or the delivery failed (<see cref="DeliveryItem.LastErrorCode"/>), null when it simply went 1:1.</param>
public sealed record DeliveryReport(
    string Key,
    string RecipientUserId,
    string RecipientName,
    DeliveryState State,
    string? Reason,
    int Attempts,
    Instant? SentAt,
    Instant? NextAttemptAt,
    string? ConversationId);

/// <summary>Reads the outcome of deliveries (e.g. for <c>checkin status</c>).</summary>
public sealed class DeliveryStatus(CoalitieDbContext db)
{
    /// <summary>
    /// The deliveries of <paramref name="purpose"/> whose key starts with <paramref name="keyPrefix"/> (ordinal; null: all),
    /// ordered by recipient name. <see cref="DeliveryReport.NextAttemptAt"/> is set only while the row still waits.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryReport>> ForPurposeAsync(string purpose, string? keyPrefix = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var query = db.Set<DeliveryItem>().AsNoTracking().Where(d => d.Purpose == purpose);
        if (!string.IsNullOrEmpty(keyPrefix))
        {
            query = query.Where(d => d.Key.StartsWith(keyPrefix));
        }

        return Report(await query.ToListAsync(ct).ConfigureAwait(false));
    }

    /// <summary>The deliveries with exactly these <paramref name="keys"/>, ordered by recipient name.</summary>
    public async Task<IReadOnlyList<DeliveryReport>> ForKeysAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var rows = await db.Set<DeliveryItem>().AsNoTracking().Where(d => keys.Contains(d.Key)).ToListAsync(ct).ConfigureAwait(false);
        return Report(rows);
    }

    private static List<DeliveryReport> Report(List<DeliveryItem> rows) =>
        [.. rows
            .OrderBy(d => d.RecipientName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new DeliveryReport(
                d.Key, d.RecipientUserId, d.RecipientName, d.State, d.LastErrorCode, d.Attempts, d.SentAt,
                d.State is DeliveryState.Pending or DeliveryState.Throttled ? d.NextAttemptAt : null,
                d.ConversationId))];
}
