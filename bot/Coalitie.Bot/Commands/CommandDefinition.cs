using Coalitie.Bot.Localization;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Commands;

/// <summary>
/// A chat command: its Dutch names first, English aliases after, the text that describes it in the help card and
/// the handler that runs it. Names may be several words (<c>toezegging toevoegen</c>).
/// </summary>
public sealed record CommandDefinition(
    string Key,
    IReadOnlyList<string> DutchNames,
    IReadOnlyList<string> EnglishNames,
    Func<ITexts, string> Describe,
    Type Handler)
{
    /// <summary>The name shown to a user of <paramref name="language"/>.</summary>
    public string DisplayName(Language language) => language == Language.En && EnglishNames.Count > 0 ? EnglishNames[0] : DutchNames[0];

    public IEnumerable<string> AllNames => DutchNames.Concat(EnglishNames);
}

/// <summary>What a command handler gets: the turn, the user's language and the text after the command name.</summary>
public sealed record CommandContext(TurnContext Turn, ITexts Texts, CommandDefinition Command, string Arguments);

public interface ICommandHandler
{
    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
