using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.Documents;

/// <summary>A file the bot produced (an export, a personal-data export), kept in the document store.</summary>
public sealed class StoredDocument
{
    public Guid Id { get; init; }

    public Guid? CoalitionId { get; init; }

    /// <summary>The file name offered to the browser, e.g. <c>coalitie-havenkwartier-2026-11-22.xlsx</c>.</summary>
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    public Instant CreatedAt { get; init; }

    /// <summary>The person it was made for (links are personal; ids only).</summary>
    public Guid? RequestedByPersonId { get; init; }
}

/// <summary>A process-wide secret kept in the database, so every instance signs and checks links alike.</summary>
public sealed class AppSecret
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}

internal sealed class StoredDocumentConfiguration : IEntityTypeConfiguration<StoredDocument>
{
    public void Configure(EntityTypeBuilder<StoredDocument> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.CoalitionId);
    }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<AppSecret>
{
    public void Configure(EntityTypeBuilder<AppSecret> builder)
    {
        builder.ToTable("app_secrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
