using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.Audit;

/// <summary>
/// One change: who, when, what, old → new. Written in the same transaction as the change itself. The actor is
/// stored by person id and a display name that erasure pseudonymises; values never hold answers to check-ins.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public Guid CoalitionId { get; init; }

    public Instant At { get; init; }

    public Guid? ActorPersonId { get; init; }

    public string? ActorName { get; set; }

    /// <summary>E.g. <c>Commitment</c>, <c>Partner</c>, <c>LocalContract</c>.</summary>
    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>E.g. <c>created</c>, <c>updated</c>, <c>progress-reported</c>, <c>signed</c>.</summary>
    public required string Action { get; init; }

    public string? Field { get; init; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.OldValue).HasMaxLength(4000);
        builder.Property(a => a.NewValue).HasMaxLength(4000);
        builder.HasIndex(a => new { a.CoalitionId, a.EntityType, a.EntityId });
        builder.HasIndex(a => a.ActorPersonId);
    }
}
