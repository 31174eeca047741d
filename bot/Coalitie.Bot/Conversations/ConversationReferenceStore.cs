using Coalitie.Bot.Persistence;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Conversations;

/// <summary>Keeps <see cref="ConversationReference"/> rows in step with what Teams tells the bot.</summary>
public sealed partial class ConversationReferenceStore(CoalitieDbContext db, IClock clock, ILogger<ConversationReferenceStore> logger)
{
    /// <summary>
    /// Creates or refreshes the reference for the activity's conversation (serviceUrl, names and ids can change).
    /// Returns true when it was new. Safe when two activities of a new conversation arrive together.
    /// </summary>
    public async Task<bool> UpsertAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = BaseConversationId(activity.Conversation?.Id);
        if (conversationId is null || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return false;
        }

        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == conversationId, cancellationToken).ConfigureAwait(false);
            var now = clock.GetCurrentInstant();
            var created = existing is null;
            var reference = existing ?? new ConversationReference { ConversationId = conversationId, ServiceUrl = activity.ServiceUrl, CreatedAt = now };
            var changed = Apply(reference, activity);
            if (created)
            {
                reference.UpdatedAt = now;
                db.ConversationReferences.Add(reference);
            }
            else if (changed)
            {
                reference.UpdatedAt = now;
            }
            else
            {
                return false;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                if (created)
                {
                    LogStored(logger, reference.Kind, conversationId.Length);
                }

                return created;
            }
            catch (DbUpdateException) when (created && attempt == 0)
            {
                // Another request stored it first: read it back and apply our changes to that row.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Forgets one conversation (bot removed from a chat, personal uninstall, channel deleted).</summary>
    public async Task<int> RemoveAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var id = BaseConversationId(conversationId);
        if (id is null)
        {
            return 0;
        }

        return await db.ConversationReferences.Where(r => r.ConversationId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets a team with all its channels (bot uninstalled from the team, team deleted).</summary>
    public async Task<int> RemoveTeamAsync(string teamId, CancellationToken cancellationToken) =>
        await db.ConversationReferences.Where(r => r.TeamId == teamId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Renames the team on every reference of that team.</summary>
    public async Task RenameTeamAsync(string teamId, string? name, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await db.ConversationReferences.Where(r => r.TeamId == teamId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TeamName, name).SetProperty(r => r.UpdatedAt, now), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Records a channel of a team the bot is installed in (channel created or renamed).</summary>
    public async Task UpsertChannelAsync(Activity activity, ChannelInfo channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(channel);
        var channelId = BaseConversationId(channel.Id);
        if (channelId is null || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return;
        }

        var data = activity.GetTeamsChannelData();
        var now = clock.GetCurrentInstant();
        var reference = await db.ConversationReferences.FirstOrDefaultAsync(r => r.ConversationId == channelId, cancellationToken).ConfigureAwait(false);
        if (reference is null)
        {
            reference = new ConversationReference { ConversationId = channelId, ServiceUrl = activity.ServiceUrl, CreatedAt = now, Kind = ConversationKind.Channel };
            db.ConversationReferences.Add(reference);
        }

        reference.ServiceUrl = activity.ServiceUrl;
        reference.TenantId = activity.GetTenantId() ?? reference.TenantId;
        reference.TeamId = data.Team?.Id ?? reference.TeamId;
        reference.TeamName = data.Team?.Name ?? reference.TeamName;
        reference.ChannelId = channelId;
        reference.ChannelName = channel.Name ?? reference.ChannelName;
        reference.BotId = activity.Recipient?.Id ?? reference.BotId;
        reference.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the right to post the welcome card in a conversation: true for exactly one caller, even when the
    /// installationUpdate and conversationUpdate of one install arrive together (or on two instances).
    /// </summary>
    public async Task<bool> TryMarkWelcomedAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var id = BaseConversationId(conversationId);
        if (id is null)
        {
            return false;
        }

        var now = clock.GetCurrentInstant();
        var claimed = await db.ConversationReferences.Where(r => r.ConversationId == id && r.WelcomedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WelcomedAt, now), cancellationToken).ConfigureAwait(false);
        return claimed == 1;
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await db.ConversationReferences.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ConversationId == BaseConversationId(conversationId), cancellationToken).ConfigureAwait(false);

    /// <summary>A channel conversation id without the thread suffix; personal and group ids unchanged.</summary>
    public static string? BaseConversationId(string? conversationId)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return null;
        }

        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread >= 0 ? conversationId[..thread] : conversationId;
    }

    private static bool Apply(ConversationReference r, Activity activity)
    {
        var data = activity.GetTeamsChannelData();
        var kind = KindOf(activity);
        var personal = kind == ConversationKind.Personal;
        var channel = data.Channel ?? data.Settings?.SelectedChannel;
        var before = (r.Kind, r.ServiceUrl, r.TenantId, r.TeamId, r.TeamName, r.TeamAadGroupId, r.ChannelId, r.ChannelName, r.UserId, r.UserAadObjectId, r.UserName, r.BotId);

        r.Kind = kind;
        r.ServiceUrl = activity.ServiceUrl!;
        r.TenantId = activity.GetTenantId() ?? r.TenantId;
        r.TeamId = data.Team?.Id ?? data.TeamsTeamId ?? r.TeamId;
        r.TeamName = data.Team?.Name ?? r.TeamName;
        r.TeamAadGroupId = data.Team?.AadGroupId ?? r.TeamAadGroupId;
        if (kind == ConversationKind.Channel)
        {
            r.ChannelId = BaseConversationId(activity.Conversation?.Id);
            if (channel is not null && string.Equals(BaseConversationId(channel.Id), r.ChannelId, StringComparison.Ordinal))
            {
                r.ChannelName = channel.Name ?? r.ChannelName;
            }
        }

        if (personal && IsUser(activity.From, activity))
        {
            r.UserId = activity.From!.Id;
            r.UserAadObjectId = activity.From.AadObjectId ?? r.UserAadObjectId;
            r.UserName = activity.From.Name ?? r.UserName;
        }

        r.BotId = activity.Recipient?.Id ?? r.BotId;
        var after = (r.Kind, r.ServiceUrl, r.TenantId, r.TeamId, r.TeamName, r.TeamAadGroupId, r.ChannelId, r.ChannelName, r.UserId, r.UserAadObjectId, r.UserName, r.BotId);
        return before != after;
    }

    private static bool IsUser(ChannelAccount? account, Activity activity) =>
        account?.Id is { Length: > 0 } id && !string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase);

    public static ConversationKind KindOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        if (string.Equals(type, ConversationTypes.Channel, StringComparison.OrdinalIgnoreCase))
        {
            return ConversationKind.Channel;
        }

        if (string.Equals(type, ConversationTypes.GroupChat, StringComparison.OrdinalIgnoreCase))
        {
            return ConversationKind.GroupChat;
        }

        if (string.Equals(type, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase))
        {
            return ConversationKind.Personal;
        }

        // Older payloads have no conversationType: a team in channelData means a channel; isGroup a group chat.
        if (activity.GetTeamsChannelData().Team is not null)
        {
            return ConversationKind.Channel;
        }

        return activity.Conversation?.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored a {Kind} conversation reference (id length {IdLength})")]
    private static partial void LogStored(ILogger logger, ConversationKind kind, int idLength);
}
