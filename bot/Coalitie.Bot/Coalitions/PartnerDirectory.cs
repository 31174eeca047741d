using Coalitie.Bot.Commands;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Coalitions;

/// <summary>The partner a name resolved to, or (when none did) up to three suggestions for "bedoel je …?".</summary>
public sealed record PartnerMatch(Partner? Match, IReadOnlyList<Partner> Suggestions)
{
    public bool Found => Match is not null;

    public static PartnerMatch None { get; } = new(null, []);
}

/// <summary>
/// Reads a coalition's partners (tracked, so callers can change them and save). Name lookup is case- and
/// accent-insensitive: an exact name, then a unique prefix or word, else typo-tolerant suggestions.
/// </summary>
public sealed class PartnerDirectory(CoalitieDbContext db)
{
    public const int MaxSuggestions = 3;

    /// <summary>The coalition's partners: active ones first (by name), then those that left (latest first).</summary>
    public async Task<IReadOnlyList<Partner>> ListAsync(Guid coalitionId, bool includeLeft, CancellationToken cancellationToken)
    {
        var query = db.Set<Partner>().Where(p => p.CoalitionId == coalitionId);
        if (!includeLeft)
        {
            query = query.Where(p => p.LeftOn == null);
        }

        var partners = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return partners
            .OrderBy(p => p.HasLeft)
            .ThenByDescending(p => p.LeftOn)
            .ThenBy(p => CommandCatalog.Normalize(p.Name), StringComparer.Ordinal)
            .ToList();
    }

    public async Task<Partner?> GetAsync(Guid partnerId, CancellationToken cancellationToken) =>
        await db.Set<Partner>().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken).ConfigureAwait(false);

    /// <summary>Finds a partner (active or left; an active one wins) by its name or the start of it.</summary>
    public async Task<PartnerMatch> FindAsync(Guid coalitionId, string nameOrPrefix, CancellationToken cancellationToken)
    {
        var query = CommandCatalog.Normalize(nameOrPrefix ?? string.Empty);
        if (query.Length == 0)
        {
            return PartnerMatch.None;
        }

        var partners = await ListAsync(coalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false);
        return Match(partners, query);
    }

    /// <summary>The matching rules, on a list already loaded (ordered active first).</summary>
    internal static PartnerMatch Match(IReadOnlyList<Partner> partners, string normalizedQuery)
    {
        var named = partners.Select(p => (Partner: p, Name: CommandCatalog.Normalize(p.Name))).ToList();

        var exact = named.Where(n => n.Name == normalizedQuery).Select(n => n.Partner).ToList();
        if (exact.Count > 0)
        {
            return new PartnerMatch(exact[0], []);
        }

        var prefixed = named
            .Where(n => n.Name.StartsWith(normalizedQuery, StringComparison.Ordinal) ||
                        n.Name.Split(' ').Any(w => w.StartsWith(normalizedQuery, StringComparison.Ordinal)))
            .Select(n => n.Partner)
            .ToList();
        var activePrefixed = prefixed.Where(p => !p.HasLeft).ToList();
        if (prefixed.Count == 1 || activePrefixed.Count == 1)
        {
            return new PartnerMatch(activePrefixed.Count == 1 ? activePrefixed[0] : prefixed[0], []);
        }

        if (prefixed.Count > 1)
        {
            return new PartnerMatch(null, prefixed.Take(MaxSuggestions).ToList());
        }

        var allowed = Math.Max(1, normalizedQuery.Length / 3);
        var suggestions = named
            .Select(n => (n.Partner, Score: Score(n.Name, normalizedQuery)))
            .Where(s => s.Score <= allowed)
            .OrderBy(s => s.Score)
            .ThenBy(s => s.Partner.HasLeft)
            .Take(MaxSuggestions)
            .Select(s => s.Partner)
            .ToList();
        return new PartnerMatch(null, suggestions);
    }

    /// <summary>The smallest edit distance between the query and the name, its start of the same length, or one of its words.</summary>
    private static int Score(string name, string query)
    {
        var best = CommandCatalog.Distance(query, name);
        if (name.Length > query.Length)
        {
            best = Math.Min(best, CommandCatalog.Distance(query, name[..query.Length]));
        }

        foreach (var word in name.Split(' '))
        {
            best = Math.Min(best, CommandCatalog.Distance(query, word));
        }

        return best;
    }
}
