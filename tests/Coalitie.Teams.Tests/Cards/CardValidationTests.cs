using Coalitie.Teams.Cards;

namespace Coalitie.Teams.Tests.Cards;

public sealed class CardValidationTests
{
    [Fact]
    public void Representative_cards_have_no_problems()
    {
        Assert.Empty(SampleCards.Survey().Validate());
        Assert.Empty(SampleCards.Receipt().Validate());
        Assert.Empty(SampleCards.Form().Validate());
        Assert.Empty(SampleCards.MentionCard().Validate());
    }

    [Fact]
    public void Execute_without_verb_is_flagged_wherever_it_is()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new ActionSet { Actions = [new ExecuteAction { Title = "In set" }] },
                new Container { Items = [], SelectAction = new ExecuteAction { Title = "Select" } },
            ],
            Actions =
            [
                new ShowCardAction { Title = "Show", Card = new AdaptiveCard { Actions = [new ExecuteAction { Title = "Nested", Verb = " " }] } },
                new SubmitAction { Title = "Submit", Fallback = new ExecuteAction { Title = "Fallback" } },
            ],
            Refresh = new CardRefresh { Action = new ExecuteAction() },
        };

        var problems = card.Validate().Where(p => p.Contains("needs a verb", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("card.body[0].actions[0] (Action.Execute \"In set\")", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card.body[1].selectAction", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card.actions[0].card.actions[0]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card.actions[1].fallback", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("card.refresh.action", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_are_flagged_across_elements_actions_and_nested_cards()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextInput { Id = "name", Label = "Name" },
                new Container { Items = [new TextBlock { Id = "name", Text = "again" }] },
            ],
            Actions =
            [
                new ShowCardAction { Title = "More", Id = "more", Card = new AdaptiveCard { Body = [new ToggleInput { Id = "more", Label = "More" }] } },
            ],
        };

        var problems = card.Validate();

        Assert.Equal(2, problems.Count);
        Assert.Contains("card: id \"name\" is used 2 times; ids must be unique.", problems);
        Assert.Contains("card: id \"more\" is used 2 times; ids must be unique.", problems);
    }

    [Fact]
    public void A_fallback_may_repeat_the_id_of_its_action()
    {
        var card = new AdaptiveCard
        {
            Actions = [new ExecuteAction { Id = "go", Verb = "go", Fallback = new SubmitAction { Id = "go" } }],
        };

        Assert.Empty(card.Validate());
    }

    [Fact]
    public void Required_inputs_without_label_or_error_message_are_flagged()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextInput { Id = "a", IsRequired = true, ErrorMessage = "Needed" },
                new NumberInput { Id = "b", IsRequired = true, Label = "B" },
                new DateInput { Id = "c", IsRequired = false },
                new TimeInput { IsRequired = true, Label = "D", ErrorMessage = "Needed" },
            ],
        };

        Assert.Equal(
            [
                "card.body[0] (Input.Text \"a\"): a required input needs a label.",
                "card.body[1] (Input.Number \"b\"): a required input needs an errorMessage.",
                "card.body[3] (Input.Time): an input needs an id.",
            ],
            card.Validate());
    }

    [Fact]
    public void Choice_set_without_choices_is_flagged()
    {
        var card = new AdaptiveCard { Body = [new ChoiceSetInput { Id = "pick", Label = "Pick" }] };

        Assert.Equal(["card.body[0] (Input.ChoiceSet \"pick\"): a choice set needs at least one choice."], card.Validate());
    }

    [Fact]
    public void Refresh_with_more_than_sixty_user_ids_is_flagged_and_sixty_is_allowed()
    {
        var sixty = Enumerable.Range(1, 60).Select(i => $"29:user-{i}").ToList();
        var sixtyOne = Enumerable.Range(1, 61).Select(i => $"29:user-{i}").ToList();

        Assert.Empty(SampleCards.Survey(sixty).Validate());
        Assert.Equal(
            ["card: refresh.userIds lists 61 users; at most 60 are allowed."],
            SampleCards.Survey(sixtyOne).Validate());
    }

    [Fact]
    public void Card_over_28_kilobytes_is_flagged()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = new string('x', AdaptiveCard.MaxSizeBytes), Wrap = true }] };

        var problem = Assert.Single(card.Validate());

        Assert.StartsWith($"card: {card.Utf8Size()} bytes of UTF-8 JSON; at most 28672 (28 KB)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_structural_problems_are_flagged()
    {
        var card = new AdaptiveCard
        {
            Version = "1.6",
            Body =
            [
                new TextBlock { Text = "tall", Height = ElementHeight.Pixels(40) },
                new Table { Columns = [new TableColumnDefinition { Width = ColumnWidth.Auto }], Rows = [new TableRow { Cells = [new TableCell("a"), new TableCell("b")] }] },
                new ChoiceSetInput { Id = "c", Choices = [new Choice("A", "1"), new Choice("B", "1")] },
            ],
            Actions =
            [
                new ToggleVisibilityAction { Title = "Show", TargetElements = [new TargetElement("missing")] },
                new OpenUrlAction { Title = "Nowhere" },
                new ShowCardAction { Title = "Empty" },
            ],
            MsTeams = new MsTeamsCardProperties { Entities = [new CardMention { Text = "<at>Ghost</at>", Mentioned = new MentionedUser { Id = "29:g" } }] },
        };

        Assert.Equal(
            [
                "card.body[0] (TextBlock): a pixel height is allowed only on Image; use auto or stretch.",
                "card.body[1] (Table): columns[0].width must be a weight or pixels, not auto or stretch.",
                "card.body[1] (Table): rows[0] has 2 cells but the table defines 1 columns.",
                "card.body[2] (Input.ChoiceSet \"c\"): choice value \"1\" is used 2 times.",
                "card.actions[1] (Action.OpenUrl \"Nowhere\"): Action.OpenUrl needs a url.",
                "card.actions[2] (Action.ShowCard \"Empty\"): Action.ShowCard needs a card.",
                "card: version is \"1.6\"; Teams needs \"1.5\".",
                "card: Action.ToggleVisibility targets \"missing\", which no element has as id.",
                "card: mention \"<at>Ghost</at>\" does not appear in any text of the card.",
            ],
            card.Validate());
    }
}
