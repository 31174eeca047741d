using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.Conversations;

/// <summary>What a person chose for themselves (today: the language), keyed by Entra object id or channel user id.</summary>
public sealed class UserPreference
{
    public required string UserKey { get; init; }

    /// <summary><c>nl</c> or <c>en</c>; null follows the Teams locale.</summary>
    public string? Language { get; set; }

    public Instant UpdatedAt { get; set; }
}

internal sealed class UserPreferenceConfiguration : IEntityTypeConfiguration<UserPreference>
{
    public void Configure(EntityTypeBuilder<UserPreference> builder)
    {
        builder.ToTable("user_preferences");
        builder.HasKey(p => p.UserKey);
        builder.Property(p => p.Language).HasMaxLength(8);
    }
}
