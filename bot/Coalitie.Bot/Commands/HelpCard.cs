using Coalitie.Bot.Localization;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.Commands;

/// <summary>The help card: every command of the catalogue in the reader's language, with what it does.</summary>
public static class HelpCard
{
    public static AdaptiveCard Build(CommandCatalog catalog, ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(texts);
        var language = texts.Language;

        // A FactSet per command (name → what it does) keeps the card small as commands are added: well under 28 KB.
        var facts = catalog.Commands.Select(command =>
        {
            var other = language == Language.En ? command.DutchNames : command.EnglishNames;
            var alias = other.Count > 0 && !string.Equals(other[0], command.DisplayName(language), StringComparison.OrdinalIgnoreCase) ? $" ({other[0]})" : string.Empty;
            return new Fact { Title = command.DisplayName(language), Value = command.Describe(texts) + alias };
        }).ToList();

        return new AdaptiveCard
        {
            FallbackText = texts.HelpTitle,
            MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full },
            Body =
            [
                new TextBlock { Text = texts.HelpTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
                new TextBlock { Text = texts.HelpIntro, Wrap = true },
                new TextBlock { Text = $"**{texts.HelpCommandHeader}** · {texts.HelpDescriptionHeader}", Wrap = true, Spacing = Spacing.Medium },
                new FactSet { Facts = facts },
                new TextBlock { Text = texts.HelpChannelNote, Wrap = true, IsSubtle = true, Size = TextSize.Small },
                new TextBlock { Text = texts.HelpLanguageNote, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ],
        };
    }
}
