using System.Text;
using System.Text.Json;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Tests.Cards;

public sealed class CardAttachmentTests
{
    [Fact]
    public void Attachment_inside_an_activity_serialises_the_card_as_content()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [SampleCards.Survey().ToAttachment()] };

        using var document = JsonDocument.Parse(JsonSerializer.Serialize(activity, BotJson.Options));

        var attachment = document.RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var content = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        Assert.Equal("Input.ChoiceSet", content.GetProperty("body")[1].GetProperty("type").GetString());
        Assert.Equal("expanded", content.GetProperty("body")[1].GetProperty("style").GetString());
        Assert.Equal("survey.submit", content.GetProperty("actions")[0].GetProperty("verb").GetString());
    }

    [Fact]
    public void Attachment_content_reads_back_into_the_same_card()
    {
        var card = SampleCards.Receipt();
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [card.ToAttachment()] };
        var received = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity, BotJson.Options), BotJson.Options)!;

        var content = Assert.IsType<JsonElement>(Assert.Single(received.Attachments!).Content);

        Assert.Equal(card.ToJson(), AdaptiveCard.Parse(content).ToJson());
    }

    [Fact]
    public void Utf8_size_counts_the_bytes_of_the_compact_json()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "€ café" }] };

        Assert.Equal(Encoding.UTF8.GetByteCount(card.ToJson()), card.Utf8Size());
        Assert.Equal(Encoding.UTF8.GetByteCount(new AdaptiveCard { Body = [new TextBlock { Text = "e cafe" }] }.ToJson()) + 3, card.Utf8Size());
    }

    [Fact]
    public void Survey_card_is_well_under_the_size_limit()
    {
        var size = SampleCards.Survey().Utf8Size();

        Assert.InRange(size, 3_000, 6_000);
        Assert.True(size < AdaptiveCard.MaxSizeBytes);
    }
}
