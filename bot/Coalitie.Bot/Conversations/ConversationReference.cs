using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Coalitie.Bot.Conversations;

public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>
/// Where the bot can reach a person, chat or channel later (proactively): everything the connector needs, kept from
/// install until uninstall. Never keep addressing in memory.
/// </summary>
public sealed class ConversationReference
{
    /// <summary>The conversation id without a thread suffix (<c>;messageid=…</c>).</summary>
    public required string ConversationId { get; init; }

    public ConversationKind Kind { get; set; }

    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? TeamAadGroupId { get; set; }

    public string? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    /// <summary>Personal scope: the user's channel id (<c>29:…</c>).</summary>
    public string? UserId { get; set; }

    /// <summary>Personal scope: the user's Entra object id (stable key across bots).</summary>
    public string? UserAadObjectId { get; set; }

    public string? UserName { get; set; }

    /// <summary>The bot's id in this conversation (<c>28:{appId}</c>).</summary>
    public string? BotId { get; set; }

    public Instant CreatedAt { get; init; }

    /// <summary>When the welcome card was posted here; null until then (so Teams' double install events welcome once).</summary>
    public Instant? WelcomedAt { get; set; }

    public Instant UpdatedAt { get; set; }
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(r => r.ConversationId);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ServiceUrl).HasMaxLength(1024);
        builder.HasIndex(r => r.TeamId);
        builder.HasIndex(r => r.UserAadObjectId);
    }
}
