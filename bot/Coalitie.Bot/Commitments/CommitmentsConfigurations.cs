using System.Globalization;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Commitments;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.CoalitionId, c.Number }).IsUnique();
        builder.HasIndex(c => c.PartnerId);
        builder.Property(c => c.Title).HasMaxLength(CommitmentDraft.MaxTitleLength);
        builder.Property(c => c.Description).HasMaxLength(CommitmentDraft.MaxDescriptionLength);
        builder.Property(c => c.Contribution).HasMaxLength(CommitmentDraft.MaxContributionLength);

        builder.ComplexProperty(c => c.Indicator, i =>
        {
            i.Property(x => x.Name).HasColumnName("IndicatorName").HasMaxLength(Indicator.MaxNameLength);
            i.Property(x => x.Unit).HasColumnName("IndicatorUnit").HasMaxLength(Indicator.MaxUnitLength);
            i.Property(x => x.Direction).HasColumnName("IndicatorDirection").HasConversion<string>().HasMaxLength(20);
        });
        builder.ComplexProperty(c => c.Baseline, b =>
        {
            b.Property(x => x.Value).HasColumnName("BaselineValue").HasPrecision(20, 6);
            b.Property(x => x.Date).HasColumnName("BaselineDate").HasConversion<LocalDateConverter>();
        });
        builder.ComplexProperty(c => c.Target, t =>
        {
            t.Property(x => x.Value).HasColumnName("TargetValue").HasPrecision(20, 6);
            t.Property(x => x.Date).HasColumnName("TargetDate").HasConversion<LocalDateConverter>();
        });

        builder.Property<List<DatedValue>>("_milestones")
            .HasColumnName("Milestones")
            .HasMaxLength(2000)
            .HasConversion(new MilestonesConverter(), new MilestonesComparer());
        builder.Ignore(c => c.Milestones);
        builder.Ignore(c => c.History);
        builder.Ignore(c => c.LatestReport);

        builder.OwnsMany(c => c.Reports, r =>
        {
            r.ToTable("commitment_progress_reports");
            r.WithOwner().HasForeignKey("CommitmentId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Value).HasPrecision(20, 6);
            r.Property(x => x.Date).HasConversion<LocalDateConverter>();
            r.Property(x => x.Comment).HasMaxLength(ProgressReport.MaxCommentLength);
            r.HasIndex(x => x.ReporterPersonId);
        });
        builder.Navigation(c => c.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>Milestones as one text column, <c>30@2026-12-31;20@2027-06-30</c> (invariant): they are always read with the commitment.</summary>
    private sealed class MilestonesConverter() : ValueConverter<List<DatedValue>, string>(
        list => Format(list),
        text => Parse(text))
    {
        private static string Format(List<DatedValue> list) =>
            string.Join(';', list.Select(m => m.Value.ToString(CultureInfo.InvariantCulture) + "@" + LocalDatePattern.Iso.Format(m.Date)));

        private static List<DatedValue> Parse(string text) =>
            text.Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split('@'))
                .Select(p => new DatedValue(decimal.Parse(p[0], NumberStyles.Number, CultureInfo.InvariantCulture), LocalDatePattern.Iso.Parse(p[1]).Value))
                .ToList();
    }

    private sealed class MilestonesComparer() : ValueComparer<List<DatedValue>>(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, m) => HashCode.Combine(hash, m.GetHashCode())),
        list => list.ToList());
}

internal sealed class GoalAreaConfiguration : IEntityTypeConfiguration<GoalArea>
{
    public void Configure(EntityTypeBuilder<GoalArea> builder)
    {
        builder.ToTable("goal_areas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(GoalArea.MaxNameLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.RetiredOn).HasConversion<LocalDateConverter>();
        builder.HasIndex(a => a.CoalitionId);
    }
}
