using System.Security.Cryptography;
using Coalitie.Domain.CheckIns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// One burgerpanel web link: a single-use ticket to answer one check-in round without an account. It holds ids and
/// moments only — nothing about the person it is sent to (the procesregisseur sends it outside the bot). The answer
/// itself is stored as the round's request with respondent <see cref="RespondentKey.BurgerpanelLink"/>(<see cref="Id"/>).
/// </summary>
public sealed class BurgerpanelLink
{
    private BurgerpanelLink()
    {
    }

    /// <summary>128 random bits (not a version-4 GUID, which has 122): the link's unguessable half; the signature is the other.</summary>
    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    public Guid RoundId { get; private set; }

    public Instant CreatedAt { get; private set; }

    /// <summary>The round's closing moment (exclusive: from this instant on the link no longer works).</summary>
    public Instant ExpiresAt { get; private set; }

    /// <summary>When the link was spent by a stored answer; null while unused. Set only by a conditional update.</summary>
    public Instant? UsedAt { get; private set; }

    /// <summary>The round's request the answer was stored in; null while unused.</summary>
    public Guid? RequestId { get; private set; }

    /// <summary>The procesregisseur who issued the link (an id, for the audit trail).</summary>
    public Guid? CreatedByPersonId { get; private set; }

    public bool IsUsed => UsedAt is not null;

    /// <summary>A fresh link for <paramref name="roundId"/>, valid until <paramref name="expiresAt"/>, with a 128-bit random id.</summary>
    public static BurgerpanelLink Issue(Guid coalitionId, Guid roundId, Instant createdAt, Instant expiresAt, Guid? createdByPersonId) => new()
    {
        Id = new Guid(RandomNumberGenerator.GetBytes(16)),
        CoalitionId = coalitionId,
        RoundId = roundId,
        CreatedAt = createdAt,
        ExpiresAt = expiresAt,
        CreatedByPersonId = createdByPersonId,
    };
}

/// <summary>
/// <c>burgerpanel_links</c>: one row per issued link, removed with its round. <c>RequestId</c> is unique, so one
/// answer can spend only one link; the round's unique request per respondent keeps one answer per link.
/// </summary>
internal sealed class BurgerpanelLinkConfiguration : IEntityTypeConfiguration<BurgerpanelLink>
{
    public void Configure(EntityTypeBuilder<BurgerpanelLink> builder)
    {
        builder.ToTable("burgerpanel_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Ignore(l => l.IsUsed);
        builder.HasOne<CheckInRound>().WithMany().HasForeignKey(l => l.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.RoundId);
        builder.HasIndex(l => l.CoalitionId);
        builder.HasIndex(l => l.RequestId).IsUnique();
    }
}
