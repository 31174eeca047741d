namespace Coalitie.Bot.Localization;

/// <summary>
/// Every sentence the bot says, per language. Typed, so a text missing in one language is a compile error.
/// Dutch uses the informal <i>je</i>, short sentences and no jargon. Texts shown in cards use **bold** for commands
/// (cards render no code spans); texts sent as chat messages use `code`.
/// </summary>
public interface ITexts
{
    Language Language { get; }

    // Welcome (install)
    string WelcomeTitle { get; }
    string WelcomePersonal(string? firstName);
    string WelcomeGroupChat { get; }
    string WelcomeChannel(string? teamName);
    string WelcomeNextStep { get; }
    string ShowHelpButton { get; }

    // Help
    string HelpTitle { get; }
    string HelpIntro { get; }
    string HelpLanguageNote { get; }
    string HelpChannelNote { get; }
    string HelpCommandHeader { get; }
    string HelpDescriptionHeader { get; }

    // Commands
    string CommandHelpDescription { get; }
    string CommandAboutDescription { get; }
    string CommandLanguageDescription { get; }
    string AboutText(string version);
    string LanguageSet { get; }
    string LanguageUsage { get; }

    // Understanding
    string EmptyMessage { get; }
    string TooLong(int maxLength);
    string Unknown(string input, IReadOnlyList<string> suggestions);
    string ButtonWithoutAction { get; }

    // Router
    string NotSupported { get; }
    string UnknownCardAction { get; }
    string Failure { get; }
}
