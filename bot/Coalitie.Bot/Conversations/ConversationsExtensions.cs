namespace Coalitie.Bot.Conversations;

public static class ConversationsExtensions
{
    /// <summary>Conversation references, install events and the welcome card.</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ConversationReferenceStore>();
        builder.Services.AddScoped<Welcomer>();
        return builder;
    }
}
