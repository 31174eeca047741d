using Coalitie.Teams.Cards;

namespace Coalitie.Teams.Tests.Cards;

/// <summary>Representative cards: a survey, a receipt/dashboard, a form with every input, a mention.</summary>
internal static class SampleCards
{
    public const string UserId = "29:1uMVvhoAyfTqdMsyvHL0qlJTTfQF9MOUSI8_cQts2kdSWEZVDyJO2jz-CsNOhQcdYq1Bw4cHT0__O6XDj4AZ-Jw";

    public sealed record SurveyData(string SurveyId, string InstanceId);

    public sealed record SubmitFallbackData(string Verb, string SurveyId);

    public static AdaptiveCard Survey(List<string>? userIds = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = "Weekly pulse survey", Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true, Style = TextBlockStyle.Heading },
        };
        for (var q = 1; q <= 9; q++)
        {
            body.Add(new ChoiceSetInput
            {
                Id = $"q{q}",
                Label = $"Question {q}: how did this week go?",
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = $"Please rate question {q}",
                Choices =
                [
                    new Choice("1 - Very poor", "1"),
                    new Choice("2 - Poor", "2"),
                    new Choice("3 - Neutral", "3"),
                    new Choice("4 - Good", "4"),
                    new Choice("5 - Excellent", "5"),
                ],
            });
        }

        body.Add(new TextInput { Id = "comment", Label = "Anything else? (optional)", IsMultiline = true, MaxLength = 1000 });

        return new AdaptiveCard
        {
            Refresh = new CardRefresh
            {
                Action = new ExecuteAction { Verb = "survey.refresh", Data = new SurveyData("s-123", "w-2026-47") },
                UserIds = userIds ?? [UserId],
            },
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = "Submit",
                    Verb = "survey.submit",
                    Style = ActionStyle.Positive,
                    Data = new SurveyData("s-123", "w-2026-47"),
                    AssociatedInputs = AssociatedInputs.Auto,
                    Fallback = new SubmitAction { Title = "Submit", Data = new SubmitFallbackData("survey.submit", "s-123") },
                },
            ],
        };
    }

    public static AdaptiveCard Receipt() => new()
    {
        Lang = "nl",
        FallbackText = "Receipt for order 42",
        Speak = "Receipt for order 42",
        MinHeight = new PixelLength(120),
        VerticalContentAlignment = VerticalAlignment.Top,
        BackgroundImage = new BackgroundImage { Url = new Uri("https://example.org/bg.png"), FillMode = BackgroundFillMode.RepeatHorizontally },
        MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full },
        Body =
        [
            new ColumnSet
            {
                Columns =
                [
                    new Column
                    {
                        Width = ColumnWidth.Auto,
                        Items = [new Image { Url = new Uri("https://example.org/logo.png"), AltText = "Logo", Size = ImageSize.Small, Style = ImageStyle.Person }],
                    },
                    new Column
                    {
                        Width = ColumnWidth.Stretch,
                        VerticalContentAlignment = VerticalAlignment.Center,
                        Items =
                        [
                            new TextBlock { Text = "Order 42", Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
                            new TextBlock { Text = "Paid", Color = TextColor.Good, IsSubtle = true, Spacing = Spacing.None },
                        ],
                    },
                    new Column { Width = ColumnWidth.Weighted(2), Items = [new TextBlock { Text = "€ 12,50", HorizontalAlignment = HorizontalAlignment.Right }] },
                    new Column { Width = ColumnWidth.Pixels(80), Items = [new Image { Url = new Uri("https://example.org/qr.png"), AltText = "QR", Width = new PixelLength(64), Height = ElementHeight.Pixels(64) }] },
                ],
            },
            new FactSet { Facts = [new Fact("Date", "2026-11-20"), new Fact("Table", "7")] },
            new Table
            {
                FirstRowAsHeader = true,
                ShowGridLines = false,
                GridStyle = ContainerStyle.Accent,
                Columns = [new TableColumnDefinition { Width = ColumnWidth.Weighted(3) }, new TableColumnDefinition { Width = ColumnWidth.Pixels(90), HorizontalCellContentAlignment = HorizontalAlignment.Right }],
                Rows =
                [
                    new TableRow { Style = ContainerStyle.Emphasis, Cells = [new TableCell("Item"), new TableCell("Price")] },
                    new TableRow { Cells = [new TableCell("Coffee"), new TableCell("€ 2,50")] },
                    new TableRow { Cells = [new TableCell("Cake"), new TableCell("€ 10,00")] },
                ],
            },
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = "Thank you ", Italic = true },
                    new TextRun { Text = "for your order", Weight = TextWeight.Bolder, Highlight = true, Underline = true },
                ],
            },
            new ImageSet
            {
                ImageSize = ImageSetSize.Small,
                Images = [new Image { Url = new Uri("https://example.org/a.png"), AltText = "A" }, new Image { Url = new Uri("https://example.org/b.png"), AltText = "B" }],
            },
            new Container
            {
                Id = "details",
                IsVisible = false,
                Style = ContainerStyle.Emphasis,
                Bleed = true,
                Separator = true,
                SelectAction = new OpenUrlAction { Url = new Uri("https://example.org/orders/42") },
                Items = [new TextBlock { Text = "Served by Anna", Wrap = true, FontType = FontType.Monospace }],
            },
        ],
        Actions =
        [
            new ToggleVisibilityAction { Title = "Details", TargetElements = [new TargetElement("details")] },
            new OpenUrlAction { Title = "Open", Url = new Uri("https://example.org/orders/42"), IconUrl = new Uri("https://example.org/open.png"), Tooltip = "Open the order" },
            new ShowCardAction
            {
                Title = "Complain",
                Mode = ActionMode.Secondary,
                Card = new AdaptiveCard
                {
                    Body = [new TextInput { Id = "complaint", Label = "What went wrong?", IsRequired = true, ErrorMessage = "Please describe it", IsMultiline = true }],
                    Actions = [new ExecuteAction { Title = "Send", Verb = "order.complain", Style = ActionStyle.Destructive }],
                },
            },
        ],
    };

    public static AdaptiveCard Form() => new()
    {
        Body =
        [
            new TextBlock { Text = "Plan the meeting", Style = TextBlockStyle.Heading, Wrap = true },
            new TextInput { Id = "title", Label = "Title", IsRequired = true, ErrorMessage = "A title is required", Placeholder = "Budget review", MaxLength = 80, Regex = "^[^<>]+$", Style = TextInputStyle.Text, Value = "Review" },
            new TextInput { Id = "email", Label = "Contact e-mail", Style = TextInputStyle.Email },
            new NumberInput { Id = "attendees", Label = "Attendees", Min = 1, Max = 50, Value = 5, Placeholder = "5" },
            new DateInput { Id = "date", Label = "Date", IsRequired = true, ErrorMessage = "Pick a date", Value = new DateOnly(2026, 11, 23), Min = new DateOnly(2026, 11, 20) },
            new TimeInput { Id = "time", Label = "Start", Value = new TimeOnly(9, 30), Min = new TimeOnly(8, 0), Max = new TimeOnly(18, 0) },
            new ToggleInput { Id = "online", Label = "Online", Title = "Online meeting", ValueOn = "yes", ValueOff = "no", Value = "yes" },
            new ChoiceSetInput
            {
                Id = "topics",
                Label = "Topics",
                Style = ChoiceInputStyle.Compact,
                IsMultiSelect = true,
                Value = "budget,staff",
                Placeholder = "Pick topics",
                Wrap = true,
                Choices = [new Choice("Budget", "budget"), new Choice("Staff", "staff"), new Choice("Housing", "housing")],
            },
            new ActionSet
            {
                Actions = [new ExecuteAction { Title = "Check", Verb = "meeting.check", AssociatedInputs = AssociatedInputs.None, IsEnabled = true }],
            },
        ],
        Actions =
        [
            new ExecuteAction { Title = "Plan", Verb = "meeting.plan", Fallback = new SubmitAction { Title = "Plan", AssociatedInputs = AssociatedInputs.Auto } },
        ],
    };

    public static AdaptiveCard MentionCard()
    {
        var card = new AdaptiveCard();
        card.Body.Add(new TextBlock { Text = $"Hello {card.Mention(UserId, "Anna de Vries")}, your review is due.", Wrap = true });
        return card;
    }
}
