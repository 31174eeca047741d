using Coalitie.Bot.Conversations;
using Coalitie.Bot.Persistence;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Localization;

/// <summary>
/// Which language to speak with the sender of a turn: their own choice (<c>taal en</c>) if they made one, else their
/// Teams locale (English for <c>en-*</c>), else Dutch.
/// </summary>
public sealed class UserLanguage(CoalitieDbContext db, IClock clock, LocalePolicy policy)
{
    private readonly Dictionary<string, Language?> _cache = new(StringComparer.Ordinal);

    public async Task<ITexts> ForTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var key = UserKey(turn.Activity.From);
        if (key is not null)
        {
            if (!_cache.TryGetValue(key, out var chosen))
            {
                var preference = await db.UserPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserKey == key, cancellationToken).ConfigureAwait(false);
                chosen = LanguageExtensions.TryParse(preference?.Language, out var parsed) ? parsed : null;
                _cache[key] = chosen;
            }

            if (chosen is { } language)
            {
                return language.Texts();
            }
        }

        return policy.TextsFor(turn.UserLocale);
    }

    /// <summary>Remembers the sender's choice; it survives restarts.</summary>
    public async Task SetAsync(ChannelAccount? user, Language language, CancellationToken cancellationToken)
    {
        var key = UserKey(user) ?? throw new InvalidOperationException("The activity has no sender.");
        var preference = await db.UserPreferences.FirstOrDefaultAsync(p => p.UserKey == key, cancellationToken).ConfigureAwait(false);
        if (preference is null)
        {
            preference = new UserPreference { UserKey = key };
            db.UserPreferences.Add(preference);
        }

        preference.Language = language.Code();
        preference.UpdatedAt = clock.GetCurrentInstant();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _cache[key] = language;
    }

    /// <summary>The Entra object id when Teams gives one (stable across chats), else the channel user id.</summary>
    public static string? UserKey(ChannelAccount? user) =>
        !string.IsNullOrWhiteSpace(user?.AadObjectId) ? "aad:" + user.AadObjectId : !string.IsNullOrWhiteSpace(user?.Id) ? "id:" + user.Id : null;
}
