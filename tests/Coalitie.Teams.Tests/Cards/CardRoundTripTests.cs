using System.Text.Json;
using Coalitie.Teams.Cards;

namespace Coalitie.Teams.Tests.Cards;

public sealed class CardRoundTripTests
{
    [Fact]
    public void Survey_card_round_trips_to_identical_json()
    {
        var json = SampleCards.Survey().ToJson();

        var parsed = AdaptiveCard.Parse(json);

        Assert.Equal(json, parsed.ToJson());
    }

    [Fact]
    public void Survey_card_reads_back_as_typed_elements_and_actions()
    {
        var parsed = AdaptiveCard.Parse(SampleCards.Survey().ToJson(indented: true));

        var questions = parsed.Body.OfType<ChoiceSetInput>().ToList();
        Assert.Equal(9, questions.Count);
        Assert.Equal(Enumerable.Range(1, 9).Select(q => $"q{q}"), questions.Select(q => q.Id));
        Assert.All(questions, q =>
        {
            Assert.True(q.IsRequired);
            Assert.Equal(ChoiceInputStyle.Expanded, q.Style);
            Assert.Equal(["1", "2", "3", "4", "5"], q.Choices.Select(c => c.Value));
            Assert.False(string.IsNullOrEmpty(q.ErrorMessage));
        });
        var comment = Assert.IsType<TextInput>(parsed.Body[^1]);
        Assert.Equal("comment", comment.Id);
        Assert.True(comment.IsMultiline);
        Assert.Equal(1000, comment.MaxLength);

        var submit = Assert.IsType<ExecuteAction>(Assert.Single(parsed.Actions!));
        Assert.Equal("survey.submit", submit.Verb);
        Assert.Equal(AssociatedInputs.Auto, submit.AssociatedInputs);
        var data = Assert.IsType<JsonElement>(submit.Data);
        Assert.Equal("s-123", data.GetProperty("surveyId").GetString());
        Assert.Equal("w-2026-47", data.GetProperty("instanceId").GetString());
        var fallback = Assert.IsType<SubmitAction>(submit.Fallback);
        Assert.Equal("survey.submit", Assert.IsType<JsonElement>(fallback.Data).GetProperty("verb").GetString());

        Assert.Equal("survey.refresh", parsed.Refresh?.Action?.Verb);
        Assert.Equal([SampleCards.UserId], parsed.Refresh?.UserIds);
        Assert.Empty(parsed.Validate());
    }

    [Theory]
    [InlineData("receipt")]
    [InlineData("form")]
    [InlineData("mention")]
    public void Representative_cards_round_trip_to_identical_json(string name)
    {
        var card = name switch
        {
            "receipt" => SampleCards.Receipt(),
            "form" => SampleCards.Form(),
            _ => SampleCards.MentionCard(),
        };
        var json = card.ToJson();

        Assert.Equal(json, AdaptiveCard.Parse(json).ToJson());
        Assert.Equal(json, AdaptiveCard.Parse(card.ToJsonElement()).ToJson());
    }

    [Fact]
    public void Receipt_reads_back_widths_heights_and_nested_cards()
    {
        var parsed = AdaptiveCard.Parse(SampleCards.Receipt().ToJson());

        var columns = Assert.IsType<ColumnSet>(parsed.Body[0]).Columns;
        Assert.Equal(
            [ColumnWidth.Auto, ColumnWidth.Stretch, ColumnWidth.Weighted(2), ColumnWidth.Pixels(80)],
            columns.Select(c => c.Width!.Value));
        var qr = Assert.IsType<Image>(Assert.Single(columns[3].Items));
        Assert.Equal(ElementHeight.Pixels(64), qr.Height);
        Assert.Equal(new PixelLength(64), qr.Width);
        var table = Assert.IsType<Table>(parsed.Body[2]);
        Assert.Equal("Coffee", Assert.IsType<TextBlock>(Assert.Single(table.Rows[1].Cells[0].Items)).Text);
        var images = Assert.IsType<ImageSet>(parsed.Body[4]).Images;
        Assert.Equal(2, images.Count);
        var showCard = Assert.IsType<ShowCardAction>(parsed.Actions![2]);
        Assert.Equal("order.complain", Assert.IsType<ExecuteAction>(Assert.Single(showCard.Card!.Actions!)).Verb);
        Assert.Equal(MsTeamsWidth.Full, parsed.MsTeams?.Width);
    }

    [Fact]
    public void Form_reads_back_dates_and_times()
    {
        var parsed = AdaptiveCard.Parse(SampleCards.Form().ToJson());

        Assert.Equal(new DateOnly(2026, 11, 23), parsed.Body.OfType<DateInput>().Single().Value);
        Assert.Equal(new TimeOnly(9, 30), parsed.Body.OfType<TimeInput>().Single().Value);
    }

    [Fact]
    public void Parse_accepts_cards_written_by_others_with_pascal_case_enums_and_type_not_first()
    {
        var parsed = AdaptiveCard.Parse(
            """
            {"version":"1.5","type":"AdaptiveCard","body":[
              {"text":"Hi","type":"TextBlock","weight":"Bolder","size":"Medium","spacing":"ExtraLarge"},
              {"type":"ColumnSet","columns":[{"type":"Column","width":"2","items":[]}]}],
             "actions":[{"type":"Action.Execute","verb":"v","associatedInputs":"Auto"}]}
            """);

        var text = Assert.IsType<TextBlock>(parsed.Body[0]);
        Assert.Equal(TextWeight.Bolder, text.Weight);
        Assert.Equal(TextSize.Medium, text.Size);
        Assert.Equal(Spacing.ExtraLarge, text.Spacing);
        Assert.Equal(ColumnWidth.Weighted(2), Assert.IsType<ColumnSet>(parsed.Body[1]).Columns[0].Width);
    }

    [Theory]
    [InlineData("""{"type":"Message","body":[]}""")]
    [InlineData("""[]""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Rating","id":"r"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"ColumnSet","columns":[{"type":"Column","width":"wide"}]}]}""")]
    public void Parse_rejects_json_that_is_not_a_readable_card(string json)
    {
        Assert.ThrowsAny<JsonException>(() => AdaptiveCard.Parse(json));
    }
}
