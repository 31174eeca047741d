using System.Text.Json;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Contracts;

/// <summary>
/// The contract in four tables: <c>local_contracts</c> (one row per coalition, the current fields),
/// <c>contract_programmes</c>, <c>contract_signatories</c> (key: contract + partner, so one signature per partner) and
/// <c>contract_versions</c> (key: contract + number; changes and snapshot as JSON text, so an earlier version reads
/// back exactly as it was). The children are entities of their own so other features can query them
/// (<see cref="ProgrammeDirectory"/>); they load with the contract.
/// </summary>
internal sealed class LocalContractConfiguration : IEntityTypeConfiguration<LocalContract>
{
    public const string ContractIdColumn = "ContractId";

    public void Configure(EntityTypeBuilder<LocalContract> builder)
    {
        builder.ToTable("local_contracts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(ContractFields.MaxTitleLength).IsRequired();
        builder.Property(c => c.Area).HasMaxLength(ContractFields.MaxAreaLength).IsRequired();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.SignedOn).HasConversion<LocalDateConverter>();
        builder.Property(c => c.HorizonStart).HasConversion<LocalDateConverter>();
        builder.Property(c => c.HorizonEnd).HasConversion<LocalDateConverter>();
        builder.Property(c => c.ReviewCycle).HasConversion(ContractConversions.ReviewCycle);
        builder.Property(c => c.Principles).HasMaxLength(ContractFields.MaxPrinciplesLength);
        builder.Property(c => c.DocumentUrl).HasConversion(ContractConversions.Url).HasMaxLength(ContractFields.MaxDocumentUrlLength);
        builder.Ignore(c => c.Horizon);
        builder.Ignore(c => c.Fields);
        builder.Ignore(c => c.CurrentVersion);
        builder.Ignore(c => c.LastReviewOrSigning);
        builder.Ignore(c => c.NextReviewDate);

        // One contract per coalition; the database refuses a second one (two "contract bewerken" submits at once).
        builder.HasOne<Coalition>().WithMany().HasForeignKey(c => c.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CoalitionId).IsUnique();

        builder.HasMany(c => c.Programmes).WithOne().HasForeignKey(ContractIdColumn).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Programmes).HasField("_programmes").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Signatories).WithOne().HasForeignKey(ContractIdColumn).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Signatories).HasField("_signatories").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(ContractIdColumn).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ImplementationProgrammeConfiguration : IEntityTypeConfiguration<ImplementationProgramme>
{
    public void Configure(EntityTypeBuilder<ImplementationProgramme> builder)
    {
        builder.ToTable("contract_programmes");
        builder.Property<Guid>(LocalContractConfiguration.ContractIdColumn);
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(ImplementationProgramme.MaxNameLength).IsRequired();
        builder.Property(p => p.Start).HasConversion<LocalDateConverter>();
        builder.Property(p => p.End).HasConversion<LocalDateConverter>();
        builder.Ignore(p => p.Period);
        builder.Ignore(p => p.Length);
        builder.HasIndex(LocalContractConfiguration.ContractIdColumn);
    }
}

internal sealed class SignatoryConfiguration : IEntityTypeConfiguration<Signatory>
{
    public void Configure(EntityTypeBuilder<Signatory> builder)
    {
        builder.ToTable("contract_signatories");
        builder.Property<Guid>(LocalContractConfiguration.ContractIdColumn);
        builder.HasKey(LocalContractConfiguration.ContractIdColumn, nameof(Signatory.PartnerId));
        builder.Property(s => s.PersonName).HasMaxLength(Signatory.MaxTextLength).IsRequired();
        builder.Property(s => s.Function).HasMaxLength(Signatory.MaxTextLength).IsRequired();
        builder.Property(s => s.SignedOn).HasConversion<LocalDateConverter>();
        builder.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractVersionConfiguration : IEntityTypeConfiguration<ContractVersion>
{
    public void Configure(EntityTypeBuilder<ContractVersion> builder)
    {
        builder.ToTable("contract_versions");
        builder.Property<Guid>(LocalContractConfiguration.ContractIdColumn);
        builder.HasKey(LocalContractConfiguration.ContractIdColumn, nameof(ContractVersion.Number));
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.Date).HasConversion<LocalDateConverter>();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Reason).HasMaxLength(ContractVersion.MaxReasonLength).IsRequired();

        // JSON text: unbounded (a snapshot holds the principles text, a diff up to two of them).
        builder.Property(v => v.Changes).HasConversion(ContractConversions.Changes, ContractConversions.ChangesComparer).IsRequired();
        builder.Property(v => v.Snapshot).HasConversion(ContractConversions.Snapshot).IsRequired();
    }
}

/// <summary>How the contract's value types are stored.</summary>
internal static class ContractConversions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ValueConverter<ReviewCycle, int> ReviewCycle { get; } = new(c => c.Years, years => Domain.Contracts.ReviewCycle.FromYears(years));

    public static ValueConverter<Uri?, string> Url { get; } = new(u => u!.AbsoluteUri, s => new Uri(s, UriKind.Absolute));

    public static ValueConverter<IReadOnlyList<FieldChange>, string> Changes { get; } = new(
        changes => WriteChanges(changes),
        json => ReadChanges(json));

    public static ValueComparer<IReadOnlyList<FieldChange>> ChangesComparer { get; } = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        changes => changes.Aggregate(0, (hash, c) => HashCode.Combine(hash, c.GetHashCode())),
        changes => changes.ToList());

    public static ValueConverter<ContractFields, string> Snapshot { get; } = new(
        fields => WriteSnapshot(fields),
        json => ReadSnapshot(json));

    internal static string WriteChanges(IReadOnlyList<FieldChange> changes) =>
        JsonSerializer.Serialize(changes.Select(c => new ChangeJson(c.Field.ToString(), c.OldValue, c.NewValue)).ToList(), Json);

    internal static IReadOnlyList<FieldChange> ReadChanges(string json) =>
        (JsonSerializer.Deserialize<List<ChangeJson>>(json, Json) ?? [])
            .Select(c => new FieldChange(Enum.Parse<ContractField>(c.Field), c.Old, c.New))
            .ToList();

    internal static string WriteSnapshot(ContractFields fields) => JsonSerializer.Serialize(
        new SnapshotJson(
            fields.Title,
            fields.Area,
            fields.Kind.ToString(),
            fields.SignedOn is { } signed ? LocalDatePattern.Iso.Format(signed) : null,
            LocalDatePattern.Iso.Format(fields.Horizon.Start),
            LocalDatePattern.Iso.Format(fields.Horizon.End),
            fields.ReviewCycle.Years,
            fields.Principles,
            fields.DocumentUrl?.AbsoluteUri),
        Json);

    internal static ContractFields ReadSnapshot(string json)
    {
        var s = JsonSerializer.Deserialize<SnapshotJson>(json, Json) ?? throw new InvalidOperationException("An empty contract snapshot.");
        return new ContractFields(
            s.Title,
            s.Area,
            Enum.Parse<ContractKind>(s.Kind),
            s.SignedOn is null ? null : LocalDatePattern.Iso.Parse(s.SignedOn).Value,
            new DateInterval(LocalDatePattern.Iso.Parse(s.HorizonStart).Value, LocalDatePattern.Iso.Parse(s.HorizonEnd).Value),
            Domain.Contracts.ReviewCycle.FromYears(s.ReviewCycleYears),
            s.Principles,
            s.DocumentUrl is null ? null : new Uri(s.DocumentUrl, UriKind.Absolute));
    }

    private sealed record ChangeJson(string Field, string? Old, string? New);

    private sealed record SnapshotJson(
        string Title,
        string Area,
        string Kind,
        string? SignedOn,
        string HorizonStart,
        string HorizonEnd,
        int ReviewCycleYears,
        string? Principles,
        string? DocumentUrl);
}
