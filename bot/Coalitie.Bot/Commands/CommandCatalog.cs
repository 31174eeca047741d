using System.Globalization;
using System.Text;

namespace Coalitie.Bot.Commands;

/// <summary>A command matched in a message, with the rest of the message as its arguments (original casing kept).</summary>
public sealed record CommandMatch(CommandDefinition Command, string MatchedName, string Arguments);

/// <summary>
/// All chat commands. Matching is case- and accent-insensitive and takes the longest name that starts the message;
/// unknown input gets the closest names as suggestions. Two commands claiming the same name fail at start-up.
/// </summary>
public sealed class CommandCatalog
{
    private readonly List<(string[] Tokens, string Name, CommandDefinition Command)> _names = [];

    public CommandCatalog(IEnumerable<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = commands.ToList();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var command in Commands)
        {
            foreach (var name in command.AllNames)
            {
                var normalized = Normalize(name);
                if (normalized.Length == 0)
                {
                    throw new InvalidOperationException($"Command '{command.Key}' has a name that is empty once normalised: '{name}'.");
                }

                if (seen.TryGetValue(normalized, out var other) && other != command.Key)
                {
                    throw new InvalidOperationException($"Command name '{name}' is claimed by both '{other}' and '{command.Key}'.");
                }

                seen[normalized] = command.Key;
                _names.Add((Tokenize(normalized), name, command));
            }
        }

        _names.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    public IReadOnlyList<CommandDefinition> Commands { get; }

    public CommandMatch? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var originalTokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tokens = Tokenize(Normalize(text));
        if (tokens.Length == 0 || tokens.Length != originalTokens.Length)
        {
            // Normalisation never splits or joins words; if it did, fall back to normalised arguments.
            originalTokens = tokens;
        }

        foreach (var (nameTokens, name, command) in _names)
        {
            if (nameTokens.Length <= tokens.Length && nameTokens.AsSpan().SequenceEqual(tokens.AsSpan(0, nameTokens.Length)))
            {
                return new CommandMatch(command, name, string.Join(' ', originalTokens.Skip(nameTokens.Length)));
            }
        }

        return null;
    }

    /// <summary>Up to <paramref name="max"/> command names closest to <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<string> Suggest(string text, Localization.Language language, int max = 3)
    {
        var tokens = Tokenize(Normalize(text ?? string.Empty));
        if (tokens.Length == 0)
        {
            return [];
        }

        var scored = new List<(double Score, string Name, string Key)>();
        foreach (var (nameTokens, name, command) in _names)
        {
            var candidate = string.Join(' ', tokens.Take(nameTokens.Length));
            var target = string.Join(' ', nameTokens);
            var distance = Distance(candidate, target);
            var allowed = Math.Max(1, target.Length / 3);
            double score = distance <= allowed ? distance : double.MaxValue;

            // A word of the message that is a word of the command also counts ("toezegging" → "toezegging toevoegen").
            if (score == double.MaxValue && nameTokens.Any(t => t.Length > 3 && tokens.Contains(t)))
            {
                score = allowed + 0.5;
            }

            if (score < double.MaxValue)
            {
                var inUserLanguage = language == Localization.Language.En ? command.EnglishNames.Contains(name) : command.DutchNames.Contains(name);
                scored.Add((score, inUserLanguage ? name : command.DisplayName(language), command.Key));
            }
        }

        return scored.OrderBy(s => s.Score).ThenBy(s => s.Name.Length)
            .DistinctBy(s => s.Key)
            .Take(max)
            .Select(s => s.Name)
            .ToList();
    }

    /// <summary>Lower case, accents removed, punctuation at word edges dropped, white space folded.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '!', '?', ':', ';', '"', '\'', '(', ')', '/', '`'))
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private static string[] Tokenize(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
