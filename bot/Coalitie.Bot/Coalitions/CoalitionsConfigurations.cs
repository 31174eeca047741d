using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Coalitie.Bot.Coalitions;

internal sealed class CoalitionConfiguration : IEntityTypeConfiguration<Coalition>
{
    public void Configure(EntityTypeBuilder<Coalition> builder)
    {
        builder.ToTable("coalitions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Coalition.MaxNameLength).IsRequired();
        builder.Property(c => c.Area).HasMaxLength(Coalition.MaxNameLength).IsRequired();
        builder.Property(c => c.Municipality).HasMaxLength(Coalition.MaxNameLength).IsRequired();
        builder.Property(c => c.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Language).HasMaxLength(8).IsRequired();
        builder.Property(c => c.TeamId).HasMaxLength(256).IsRequired();
        builder.Property(c => c.MainChannelId).HasMaxLength(256).IsRequired();
        builder.Property(c => c.StuurgroepChannelId).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Formality).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(c => c.Zone);

        // One coalition per team: the database enforces it too (two "coalitie start" at once).
        builder.HasIndex(c => c.TeamId).IsUnique();
    }
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(Partner.MaxNameLength).IsRequired();
        builder.Property(p => p.Domain).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.VoetbalLine).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.JoinedOn).HasConversion<LocalDateConverter>();
        builder.Property(p => p.LeftOn).HasConversion<LocalDateConverter>();
        builder.Ignore(p => p.HasLeft);
        builder.Ignore(p => p.CurrentRepresentative);
        builder.HasOne<Coalition>().WithMany().HasForeignKey(p => p.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Representations).WithOne().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Representations).HasField("_representations").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasIndex(p => new { p.CoalitionId, p.Name });
    }
}

internal sealed class RepresentationConfiguration : IEntityTypeConfiguration<Representation>
{
    public void Configure(EntityTypeBuilder<Representation> builder)
    {
        builder.ToTable("partner_representations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.From).HasConversion<LocalDateConverter>();
        builder.Property(r => r.To).HasConversion<LocalDateConverter>();
        builder.Property(r => r.MandateConfirmedOn).HasConversion<LocalDateConverter>();
        builder.Ignore(r => r.IsMandateConfirmed);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PersonId);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TeamsUserId).HasMaxLength(256).IsRequired();
        builder.Property(p => p.AadObjectId).HasMaxLength(64);
        builder.Property(p => p.DisplayName).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Ignore(p => p.IsErased);
        builder.HasOne<Coalition>().WithMany().HasForeignKey(p => p.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CoalitionId, p.TeamsUserId }).IsUnique();
        builder.HasIndex(p => p.TeamsUserId);
        builder.HasIndex(p => p.AadObjectId);
    }
}

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("role_assignments");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DomainSeat).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(r => r.IsCurrent);
        builder.HasOne<Coalition>().WithMany().HasForeignKey(r => r.CoalitionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partner>().WithMany().HasForeignKey(r => r.PartnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CoalitionId, r.PersonId });
    }
}
