namespace Coalitie.Bot.Localization;

public sealed class EnglishTexts : ITexts
{
    public static readonly EnglishTexts Instance = new();

    public Language Language => Language.En;

    public string WelcomeTitle => "Welcome to Coalitie";

    public string WelcomePersonal(string? firstName) =>
        $"Hi{(string.IsNullOrWhiteSpace(firstName) ? string.Empty : " " + firstName)}! I'm Coalitie. I help the neighbourhood coalition keep its lokaal contract alive: agreements, commitments, progress and how well the partnership works together (slagvaardigheid).";

    public string WelcomeGroupChat => "Hello everyone! I'm Coalitie. I help you keep the neighbourhood's lokaal contract alive. Mention me with @Coalitie.";

    public string WelcomeChannel(string? teamName) =>
        $"Coalitie has been added{(string.IsNullOrWhiteSpace(teamName) ? string.Empty : $" to {teamName}")}. Here I keep track of the lokaal contract, the partners' commitments and progress. Mention me with @Coalitie.";

    public string WelcomeNextStep => "Type **help** to see what I can do.";

    public string ShowHelpButton => "What can I do?";

    public string HelpTitle => "Coalitie — what can I do?";

    public string HelpIntro => "Type a command in the chat. Capitals and accents don't matter.";

    public string HelpLanguageNote => "I speak Dutch, or English when your Teams is set to English. Choose yourself with **language en** or **language nl**.";

    public string HelpChannelNote => "In a channel or group chat, start your message with @Coalitie.";

    public string HelpCommandHeader => "Command";

    public string HelpDescriptionHeader => "What it does";

    public string CommandHelpDescription => "This overview of all commands.";

    public string CommandAboutDescription => "What Coalitie is and which version is running.";

    public string CommandLanguageDescription => "Choose your language: **language en** or **language nl**.";

    public string AboutText(string version) =>
        $"**Coalitie** {version} — the neighbourhood coalition's assistant in Teams. Coalitie keeps the lokaal contract, the partners and their commitments, tracks progress and regularly asks the partners how well the partnership works (slagvaardigheid).";

    public string LanguageSet => "Fine, I'll speak English with you from now on.";

    public string LanguageUsage => "Which language would you like? Type `language en` for English or `language nl` for Dutch.";

    public string EmptyMessage => "Hi! What can I do for you? Type `help` for an overview.";

    public string TooLong(int maxLength) =>
        $"That message is too long to read as a command (more than {maxLength} characters). Type a short command, for example `help`.";

    public string Unknown(string input, IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => $"I don't understand \"{input}\". Type `help` to see what I can do.",
        1 => $"I don't understand \"{input}\". Did you mean `{suggestions[0]}`? Type `help` for all commands.",
        _ => $"I don't understand \"{input}\". Did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}? Type `help` for all commands.",
    };

    public string ButtonWithoutAction => "I can't process this button (any more). Type `help` to continue.";

    public string NotSupported => "Coalitie doesn't offer this (yet). Type `help` in the chat to see what it can do.";

    public string UnknownCardAction => "This card is out of date. Ask for a new one or type `help`.";

    public string Failure => "Sorry, something went wrong on my side. Nothing was lost; please try again in a moment.";
}
