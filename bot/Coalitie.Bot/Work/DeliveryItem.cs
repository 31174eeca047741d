using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>Where one delivery stands. Final: <see cref="Sent"/>, <see cref="SentToChannel"/>, <see cref="NotInstalled"/>, <see cref="Blocked"/>, <see cref="Gone"/>, <see cref="Failed"/>.</summary>
public enum DeliveryState
{
    /// <summary>Waiting for <see cref="DeliveryItem.NextAttemptAt"/> (first send or a retry after a transient failure).</summary>
    Pending,

    /// <summary>Delivered in the recipient's 1:1 chat.</summary>
    Sent,

    /// <summary>1:1 was impossible (<see cref="DeliveryItem.LastErrorCode"/> says why); delivered in the coalition channel, mentioning the recipient.</summary>
    SentToChannel,

    /// <summary>Teams still answered 429 after the connector's retry budget; waits for <see cref="DeliveryItem.NextAttemptAt"/>.</summary>
    Throttled,

    /// <summary>403: the bot is not installed for the recipient (or not in the channel) and the channel fallback failed the same way.</summary>
    NotInstalled,

    /// <summary>403 blocked: the user or an admin blocked the bot, also in the channel.</summary>
    Blocked,

    /// <summary>404: the conversation no longer exists, also the channel.</summary>
    Gone,

    /// <summary>Given up: malformed or too large, no address at all, or transient failures up to the maximum attempts.</summary>
    Failed,
}

/// <summary>
/// One card for one recipient (the outbox row). Enqueued through <see cref="Outbox"/> in the caller's unit of work; sent by
/// <see cref="DeliverySender"/> 1:1, or to <see cref="FallbackConversationId"/> with a mention when 1:1 is impossible.
/// </summary>
public sealed class DeliveryItem : ILeasedWork
{
    public Guid Id { get; init; }

    public Guid? CoalitionId { get; init; }

    /// <summary>What the card is for, e.g. <c>checkin.request</c>; groups rows for <see cref="DeliveryStatus"/>.</summary>
    public required string Purpose { get; init; }

    /// <summary>Unique idempotency key, e.g. <c>{requestId}:{recipient}</c>: enqueuing it again changes nothing.</summary>
    public required string Key { get; init; }

    /// <summary>The recipient's Teams user id (<c>29:…</c>).</summary>
    public required string RecipientUserId { get; init; }

    public string? RecipientAadObjectId { get; init; }

    /// <summary>Display name for the channel mention (pseudonymised when the person is erased).</summary>
    public required string RecipientName { get; set; }

    /// <summary>The coalition's channel: where the card goes, addressed to the recipient, when 1:1 is impossible.</summary>
    public required string FallbackConversationId { get; init; }

    /// <summary>The Adaptive Card as JSON text.</summary>
    public required string Card { get; init; }

    public DeliveryState State { get; set; }

    /// <summary>How often the row was claimed for sending.</summary>
    public int Attempts { get; set; }

    /// <summary>The earliest moment of the next send attempt.</summary>
    public Instant NextAttemptAt { get; set; }

    public string? LeaseOwner { get; set; }

    public Instant? LeaseUntil { get; set; }

    /// <summary>The id of the posted message (null when the service sent none, e.g. the Agents Playground).</summary>
    public string? ActivityId { get; set; }

    /// <summary>Where the card landed: the 1:1 chat or the fallback channel.</summary>
    public string? ConversationId { get; set; }

    /// <summary>
    /// Why the last attempt did not reach the recipient 1:1, as <c>{ConnectorFailure}</c> or <c>{ConnectorFailure}:{Teams code}</c>;
    /// for a failed fallback both, separated by <c>/</c>. Codes only.
    /// </summary>
    public string? LastErrorCode { get; set; }

    public Instant CreatedAt { get; init; }

    public Instant? SentAt { get; set; }
}

internal sealed class DeliveryItemConfiguration : IEntityTypeConfiguration<DeliveryItem>
{
    public void Configure(EntityTypeBuilder<DeliveryItem> builder)
    {
        builder.ToTable("delivery_items");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Purpose).HasMaxLength(64);
        builder.Property(d => d.Key).HasMaxLength(256);
        builder.Property(d => d.RecipientUserId).HasMaxLength(256);
        builder.Property(d => d.RecipientAadObjectId).HasMaxLength(64);
        builder.Property(d => d.RecipientName).HasMaxLength(256);
        builder.Property(d => d.FallbackConversationId).HasMaxLength(256);
        builder.Property(d => d.Card).HasMaxLength(64 * 1024);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LeaseOwner).HasMaxLength(128);
        builder.Property(d => d.ActivityId).HasMaxLength(256);
        builder.Property(d => d.ConversationId).HasMaxLength(512);
        builder.Property(d => d.LastErrorCode).HasMaxLength(256);
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => new { d.Purpose, d.Key });
        builder.HasIndex(d => d.RecipientUserId);
    }
}
