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
        var rows = new List<TableRow>
        {
            new()
            {
                Cells =
                [
                    Cell(new TextBlock { Text = texts.HelpCommandHeader, Weight = TextWeight.Bolder, Wrap = true }),
                    Cell(new TextBlock { Text = texts.HelpDescriptionHeader, Weight = TextWeight.Bolder, Wrap = true }),
                ],
            },
        };

        foreach (var command in catalog.Commands)
        {
            var other = language == Language.En ? command.DutchNames : command.EnglishNames;
            var name = command.DisplayName(language);
            rows.Add(new TableRow
            {
                Cells =
                [
                    Cell(new TextBlock { Text = name, FontType = FontType.Monospace, Wrap = true },
                        other.Count > 0 ? new TextBlock { Text = other[0], IsSubtle = true, Size = TextSize.Small, Wrap = true, Spacing = Spacing.None } : null),
                    Cell(new TextBlock { Text = command.Describe(texts), Wrap = true }),
                ],
            });
        }

        return new AdaptiveCard
        {
            FallbackText = texts.HelpTitle,
            MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full },
            Body =
            [
                new TextBlock { Text = texts.HelpTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
                new TextBlock { Text = texts.HelpIntro, Wrap = true },
                new Table
                {
                    FirstRowAsHeader = true,
                    ShowGridLines = false,
                    Columns = [new TableColumnDefinition { Width = ColumnWidth.Weighted(2) }, new TableColumnDefinition { Width = ColumnWidth.Weighted(5) }],
                    Rows = rows,
                },
                new TextBlock { Text = texts.HelpChannelNote, Wrap = true, IsSubtle = true, Size = TextSize.Small },
                new TextBlock { Text = texts.HelpLanguageNote, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ],
        };
    }

    private static TableCell Cell(CardElement first, CardElement? second = null) =>
        new() { Items = second is null ? [first] : [first, second] };
}
