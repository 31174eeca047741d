using System.Text.Json;
using Coalitie.Teams.Cards;

namespace Coalitie.Teams.Tests.Cards;

public sealed class CardSerializationTests
{
    [Fact]
    public void Empty_card_has_type_schema_version_and_an_empty_body_only()
    {
        CardJsonAssert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[]}""",
            new AdaptiveCard().ToJson());
    }

    [Fact]
    public void Card_level_properties_use_schema_names()
    {
        var card = new AdaptiveCard
        {
            Lang = "nl",
            FallbackText = "fallback",
            Speak = "spoken",
            MinHeight = new PixelLength(200),
            VerticalContentAlignment = VerticalAlignment.Bottom,
            SelectAction = new OpenUrlAction { Url = new Uri("https://example.org/") },
            BackgroundImage = new BackgroundImage
            {
                Url = new Uri("https://example.org/bg.png"),
                FillMode = BackgroundFillMode.RepeatVertically,
                HorizontalAlignment = HorizontalAlignment.Center,
                VerticalAlignment = VerticalAlignment.Center,
            },
            Rtl = false,
            MsTeams = new MsTeamsCardProperties { Width = MsTeamsWidth.Full },
            Refresh = new CardRefresh { Action = new ExecuteAction { Verb = "r" }, UserIds = [] },
            Actions = [new SubmitAction { Title = "Go" }],
        };

        CardJsonAssert.Equal(
            """
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[],
             "actions":[{"type":"Action.Submit","title":"Go"}],
             "refresh":{"action":{"type":"Action.Execute","verb":"r"},"userIds":[]},
             "msteams":{"width":"Full"},
             "lang":"nl","fallbackText":"fallback","speak":"spoken","minHeight":"200px","verticalContentAlignment":"bottom",
             "selectAction":{"type":"Action.OpenUrl","url":"https://example.org/"},
             "backgroundImage":{"url":"https://example.org/bg.png","fillMode":"repeatVertically","horizontalAlignment":"center","verticalAlignment":"center"},
             "rtl":false}
            """,
            card.ToJson());
    }

    [Fact]
    public void TextBlock_writes_every_property_and_the_common_element_properties()
    {
        var json = CardJsonAssert.Element(new TextBlock
        {
            Id = "t",
            IsVisible = false,
            Spacing = Spacing.ExtraLarge,
            Separator = true,
            Height = ElementHeight.Stretch,
            Text = "Hi",
            Size = TextSize.ExtraLarge,
            Weight = TextWeight.Bolder,
            Color = TextColor.Attention,
            IsSubtle = true,
            Wrap = true,
            MaxLines = 2,
            HorizontalAlignment = HorizontalAlignment.Center,
            FontType = FontType.Monospace,
            Style = TextBlockStyle.Heading,
        });

        CardJsonAssert.Equal(
            """
            {"type":"TextBlock","id":"t","isVisible":false,"spacing":"extraLarge","separator":true,"height":"stretch",
             "text":"Hi","size":"extraLarge","weight":"bolder","color":"attention","isSubtle":true,"wrap":true,"maxLines":2,
             "horizontalAlignment":"center","fontType":"monospace","style":"heading"}
            """,
            json);
    }

    [Fact]
    public void Type_discriminator_is_written_first()
    {
        Assert.StartsWith("""{"type":"TextBlock",""", CardJsonAssert.Element(new TextBlock { Text = "x" }), StringComparison.Ordinal);
        Assert.StartsWith("""{"type":"AdaptiveCard",""", new AdaptiveCard().ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void RichTextBlock_writes_text_runs_with_their_type()
    {
        var json = CardJsonAssert.Element(new RichTextBlock
        {
            HorizontalAlignment = HorizontalAlignment.Right,
            Inlines =
            [
                new TextRun
                {
                    Text = "a",
                    Size = TextSize.Small,
                    Weight = TextWeight.Lighter,
                    Color = TextColor.Accent,
                    IsSubtle = false,
                    FontType = FontType.Default,
                    Italic = true,
                    Strikethrough = true,
                    Highlight = true,
                    Underline = true,
                    SelectAction = new SubmitAction { Title = "s" },
                },
            ],
        });

        CardJsonAssert.Equal(
            """
            {"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"a","size":"small","weight":"lighter","color":"accent",
             "isSubtle":false,"fontType":"default","italic":true,"strikethrough":true,"highlight":true,"underline":true,
             "selectAction":{"type":"Action.Submit","title":"s"}}],"horizontalAlignment":"right"}
            """,
            json);
    }

    [Fact]
    public void Image_and_ImageSet_write_pixels_and_the_image_type_inside_the_set()
    {
        var image = new Image
        {
            Url = new Uri("https://example.org/a.png"),
            AltText = "A",
            Size = ImageSize.Stretch,
            Style = ImageStyle.Person,
            Width = new PixelLength(40),
            Height = ElementHeight.Pixels(30),
            HorizontalAlignment = HorizontalAlignment.Left,
            BackgroundColor = "#DDDDDD",
            SelectAction = new ExecuteAction { Verb = "v" },
        };

        CardJsonAssert.Equal(
            """
            {"type":"Image","height":"30px","url":"https://example.org/a.png","altText":"A","size":"stretch","style":"person",
             "width":"40px","horizontalAlignment":"left","backgroundColor":"#DDDDDD","selectAction":{"type":"Action.Execute","verb":"v"}}
            """,
            CardJsonAssert.Element(image));

        CardJsonAssert.Equal(
            """{"type":"ImageSet","images":[{"type":"Image","url":"https://example.org/b.png"}],"imageSize":"large"}""",
            CardJsonAssert.Element(new ImageSet { ImageSize = ImageSetSize.Large, Images = [new Image { Url = new Uri("https://example.org/b.png") }] }));
    }

    [Fact]
    public void Container_writes_style_bleed_and_items()
    {
        var json = CardJsonAssert.Element(new Container
        {
            Style = ContainerStyle.Warning,
            Bleed = true,
            VerticalContentAlignment = VerticalAlignment.Center,
            MinHeight = new PixelLength(50),
            Rtl = true,
            BackgroundImage = new BackgroundImage { Url = new Uri("https://example.org/c.png") },
            SelectAction = new ToggleVisibilityAction { TargetElements = [new TargetElement("x", isVisible: true)] },
            Items = [new TextBlock { Text = "in" }],
        });

        CardJsonAssert.Equal(
            """
            {"type":"Container","items":[{"type":"TextBlock","text":"in"}],"style":"warning","bleed":true,
             "selectAction":{"type":"Action.ToggleVisibility","targetElements":[{"elementId":"x","isVisible":true}]},
             "verticalContentAlignment":"center","minHeight":"50px","backgroundImage":{"url":"https://example.org/c.png"},"rtl":true}
            """,
            json);
    }

    [Fact]
    public void ColumnSet_writes_columns_with_each_kind_of_width()
    {
        var json = CardJsonAssert.Element(new ColumnSet
        {
            Style = ContainerStyle.Good,
            HorizontalAlignment = HorizontalAlignment.Center,
            Columns =
            [
                new Column { Width = ColumnWidth.Auto },
                new Column { Width = ColumnWidth.Stretch, Style = ContainerStyle.Emphasis, Items = [new TextBlock { Text = "s" }] },
                new Column { Width = ColumnWidth.Weighted(3), VerticalContentAlignment = VerticalAlignment.Bottom },
                new Column { Width = ColumnWidth.Pixels(120), Id = "px", Spacing = Spacing.Padding },
            ],
        });

        CardJsonAssert.Equal(
            """
            {"type":"ColumnSet","columns":[
              {"type":"Column","items":[],"width":"auto"},
              {"type":"Column","items":[{"type":"TextBlock","text":"s"}],"width":"stretch","style":"emphasis"},
              {"type":"Column","items":[],"width":3,"verticalContentAlignment":"bottom"},
              {"type":"Column","id":"px","spacing":"padding","items":[],"width":"120px"}],
             "style":"good","horizontalAlignment":"center"}
            """,
            json);
    }

    [Fact]
    public void FactSet_and_ActionSet_write_their_collections()
    {
        CardJsonAssert.Equal(
            """{"type":"FactSet","facts":[{"title":"Due","value":"Friday"}]}""",
            CardJsonAssert.Element(new FactSet { Facts = [new Fact("Due", "Friday")] }));
        CardJsonAssert.Equal(
            """{"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"Docs","url":"https://example.org/docs"}]}""",
            CardJsonAssert.Element(new ActionSet { Actions = [new OpenUrlAction { Title = "Docs", Url = new Uri("https://example.org/docs") }] }));
    }

    [Fact]
    public void Table_writes_columns_rows_and_cells()
    {
        var json = CardJsonAssert.Element(new Table
        {
            FirstRowAsHeader = true,
            ShowGridLines = false,
            GridStyle = ContainerStyle.Accent,
            HorizontalCellContentAlignment = HorizontalAlignment.Left,
            VerticalCellContentAlignment = VerticalAlignment.Top,
            Columns = [new TableColumnDefinition { Width = ColumnWidth.Weighted(1) }, new TableColumnDefinition { Width = ColumnWidth.Pixels(60), VerticalCellContentAlignment = VerticalAlignment.Center }],
            Rows = [new TableRow { Style = ContainerStyle.Emphasis, Cells = [new TableCell("Name"), new TableCell { Style = ContainerStyle.Good, Items = [] }] }],
        });

        CardJsonAssert.Equal(
            """
            {"type":"Table","columns":[{"width":1},{"width":"60px","verticalCellContentAlignment":"center"}],
             "rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"TextBlock","text":"Name","wrap":true}]},
                                                 {"type":"TableCell","items":[],"style":"good"}],"style":"emphasis"}],
             "firstRowAsHeader":true,"showGridLines":false,"gridStyle":"accent","horizontalCellContentAlignment":"left","verticalCellContentAlignment":"top"}
            """,
            json);
    }

    [Fact]
    public void Text_and_number_inputs_write_common_input_properties()
    {
        CardJsonAssert.Equal(
            """
            {"type":"Input.Text","id":"name","label":"Name","isRequired":true,"errorMessage":"Required","placeholder":"Jan",
             "isMultiline":false,"maxLength":40,"regex":"^\\w+$","style":"password","value":"x",
             "inlineAction":{"type":"Action.Execute","title":"Go","verb":"go"}}
            """,
            CardJsonAssert.Element(new TextInput
            {
                Id = "name",
                Label = "Name",
                IsRequired = true,
                ErrorMessage = "Required",
                Placeholder = "Jan",
                IsMultiline = false,
                MaxLength = 40,
                Regex = @"^\w+$",
                Style = TextInputStyle.Password,
                Value = "x",
                InlineAction = new ExecuteAction { Title = "Go", Verb = "go" },
            }));

        CardJsonAssert.Equal(
            """{"type":"Input.Number","id":"n","placeholder":"1-10","min":1,"max":10.5,"value":2}""",
            CardJsonAssert.Element(new NumberInput { Id = "n", Placeholder = "1-10", Min = 1, Max = 10.5, Value = 2 }));
    }

    [Fact]
    public void Date_and_time_inputs_write_iso_dates_and_hours_minutes()
    {
        CardJsonAssert.Equal(
            """{"type":"Input.Date","id":"d","min":"2026-01-01","max":"2026-12-31","value":"2026-02-28"}""",
            CardJsonAssert.Element(new DateInput { Id = "d", Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31), Value = new DateOnly(2026, 2, 28) }));
        CardJsonAssert.Equal(
            """{"type":"Input.Time","id":"t","min":"08:00","max":"17:45","value":"09:05"}""",
            CardJsonAssert.Element(new TimeInput { Id = "t", Min = new TimeOnly(8, 0), Max = new TimeOnly(17, 45), Value = new TimeOnly(9, 5, 59) }));
    }

    [Fact]
    public void Toggle_and_choice_set_inputs_write_their_properties()
    {
        CardJsonAssert.Equal(
            """{"type":"Input.Toggle","id":"ok","title":"I agree","valueOn":"yes","valueOff":"no","value":"no","wrap":true}""",
            CardJsonAssert.Element(new ToggleInput { Id = "ok", Title = "I agree", ValueOn = "yes", ValueOff = "no", Value = "no", Wrap = true }));
        CardJsonAssert.Equal(
            """
            {"type":"Input.ChoiceSet","id":"c","choices":[{"title":"One","value":"1"}],"style":"expanded","isMultiSelect":true,
             "value":"1","placeholder":"Pick","wrap":true}
            """,
            CardJsonAssert.Element(new ChoiceSetInput { Id = "c", Choices = [new Choice("One", "1")], Style = ChoiceInputStyle.Expanded, IsMultiSelect = true, Value = "1", Placeholder = "Pick", Wrap = true }));
        Assert.Contains("\"style\":\"compact\"", CardJsonAssert.Element(new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Compact }), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_action_writes_common_action_properties_verb_data_and_fallback()
    {
        var json = CardJsonAssert.Action(new ExecuteAction
        {
            Title = "Approve",
            Id = "approve",
            Style = ActionStyle.Positive,
            IconUrl = new Uri("https://example.org/ok.png"),
            Tooltip = "Approve the request",
            IsEnabled = false,
            Mode = ActionMode.Secondary,
            Verb = "request.approve",
            Data = new { RequestId = "r-1", Version = 1 },
            AssociatedInputs = AssociatedInputs.None,
            Fallback = new SubmitAction { Title = "Approve", Data = new { Verb = "request.approve" }, AssociatedInputs = AssociatedInputs.Auto },
        });

        CardJsonAssert.Equal(
            """
            {"type":"Action.Execute","title":"Approve","id":"approve","style":"positive","iconUrl":"https://example.org/ok.png",
             "tooltip":"Approve the request","isEnabled":false,"mode":"secondary",
             "fallback":{"type":"Action.Submit","title":"Approve","data":{"verb":"request.approve"},"associatedInputs":"auto"},
             "verb":"request.approve","data":{"requestId":"r-1","version":1},"associatedInputs":"none"}
            """,
            json);
    }

    [Fact]
    public void Action_data_accepts_a_json_element_and_a_string_unchanged()
    {
        using var document = JsonDocument.Parse("""{"Already":"Shaped","n":[1,2]}""");
        CardJsonAssert.Equal(
            """{"type":"Action.Submit","data":{"Already":"Shaped","n":[1,2]}}""",
            CardJsonAssert.Action(new SubmitAction { Data = document.RootElement.Clone() }));
        CardJsonAssert.Equal(
            """{"type":"Action.Execute","verb":"v","data":"plain"}""",
            CardJsonAssert.Action(new ExecuteAction { Verb = "v", Data = "plain" }));
    }

    [Fact]
    public void OpenUrl_ShowCard_and_ToggleVisibility_actions_write_their_properties()
    {
        CardJsonAssert.Equal(
            """{"type":"Action.OpenUrl","title":"Open","url":"https://example.org/a?b=c&d=e"}""",
            CardJsonAssert.Action(new OpenUrlAction { Title = "Open", Url = new Uri("https://example.org/a?b=c&d=e") }));
        CardJsonAssert.Equal(
            """
            {"type":"Action.ShowCard","title":"More","card":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json",
             "version":"1.5","body":[{"type":"TextBlock","text":"inner"}]}}
            """,
            CardJsonAssert.Action(new ShowCardAction { Title = "More", Card = new AdaptiveCard { Body = [new TextBlock { Text = "inner" }] } }));
        CardJsonAssert.Equal(
            """{"type":"Action.ToggleVisibility","title":"Toggle","targetElements":[{"elementId":"a"},{"elementId":"b","isVisible":false}]}""",
            CardJsonAssert.Action(new ToggleVisibilityAction { Title = "Toggle", TargetElements = [new TargetElement("a"), new TargetElement("b", isVisible: false)] }));
    }

    [Fact]
    public void Nulls_are_omitted_everywhere()
    {
        var json = SampleCards.Receipt().ToJson() + SampleCards.Form().ToJson() + SampleCards.Survey().ToJson();

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Equal("""{"type":"Input.Text","id":"x"}""", CardJsonAssert.Element(new TextInput { Id = "x" }));
    }

    [Fact]
    public void Mention_text_is_not_escaped_and_is_registered_once()
    {
        var card = new AdaptiveCard();
        var first = card.Mention(SampleCards.UserId, "Anna");
        var second = card.Mention(SampleCards.UserId, "Anna");
        card.AddMention("29:other", "Bram");

        Assert.Equal("<at>Anna</at>", first);
        Assert.Equal(first, second);
        var json = card.ToJson();
        Assert.Contains("\"text\":\"<at>Bram</at>\"", json, StringComparison.Ordinal);
        CardJsonAssert.Equal(
            $$$"""
            {"entities":[{"type":"mention","text":"<at>Anna</at>","mentioned":{"id":"{{{SampleCards.UserId}}}","name":"Anna"}},
                         {"type":"mention","text":"<at>Bram</at>","mentioned":{"id":"29:other","name":"Bram"}}]}
            """,
            card.ToJsonElement().GetProperty("msteams").GetRawText());
    }

    [Fact]
    public void A_column_outside_a_column_set_cannot_be_serialised()
    {
        var card = new AdaptiveCard { Body = [new Column()] };

        Assert.Throws<NotSupportedException>(() => card.ToJson());
    }

    [Fact]
    public void Indented_json_is_the_same_card()
    {
        var card = SampleCards.Receipt();

        CardJsonAssert.Equal(card.ToJson(), card.ToJson(indented: true));
        Assert.Contains('\n', card.ToJson(indented: true));
        Assert.DoesNotContain('\n', card.ToJson());
    }

    [Fact]
    public void Invalid_widths_are_rejected_at_construction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weighted(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ElementHeight.Pixels(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PixelLength(0));
    }
}
