using System.Text.Json;
using Coalitie.Bot.Cards;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Tests.CheckIns.Burgerpanel;

/// <summary>The links card: valid and small in every state, the first 25 links as text, the rest as a real download.</summary>
public sealed class BurgerpanelCardTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private static readonly Instant ClosesAt = Instant.FromUtc(2027, 1, 15, 9, 0);

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in BurgerpanelCards.Samples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_card_is_valid_under_28_KB_and_sets_no_lang(string name)
    {
        var card = BurgerpanelCards.Samples().Single(s => s.Name == name).Card;

        Assert.Empty(card.Validate());
        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes - 1);
        var json = card.ToJson();
        Assert.DoesNotContain("\"lang\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("`", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_holds_the_links_cards()
    {
        var names = CardCatalog.All(new Coalitie.Bot.Commands.CommandCatalog([])).Select(c => c.Name).ToList();

        Assert.Contains("burgerpanel-links.nl", names);
        Assert.Contains("burgerpanel-links.en", names);
        Assert.Contains("burgerpanel-links-many.nl", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Three_links_are_listed_in_full_with_what_they_are_and_until_when()
    {
        var links = BurgerpanelCards.SampleLinks(Guid.NewGuid(), ClosesAt, 3);

        var json = Json(BurgerpanelCards.Links(BurgerpanelTexts.For(Language.Nl), "Q1 2027", links, ClosesAt, Amsterdam));

        var texts = Texts(json);
        Assert.Equal("Burgerpanel-links — ronde Q1 2027", texts[0]);
        Assert.Equal("3 links voor het burgerpanel. Eén link per panellid, eenmalig te gebruiken, geldig tot vr 15 jan 2027, 10:00.", texts[1]);
        Assert.Equal([("1", links[0].AbsoluteUri), ("2", links[1].AbsoluteUri), ("3", links[2].AbsoluteUri)], Facts(json));
        Assert.DoesNotContain(texts, t => t.StartsWith("Hier staan de eerste", StringComparison.Ordinal));
        Assert.False(json.TryGetProperty("actions", out _));
    }

    [Fact]
    public void A_round_closing_at_midnight_is_valid_up_to_and_including_the_day_before_in_English_too()
    {
        var midnight = Instant.FromUtc(2027, 1, 14, 23, 0);

        var json = Json(BurgerpanelCards.Links(BurgerpanelTexts.For(Language.En), "Q1 2027", BurgerpanelCards.SampleLinks(Guid.NewGuid(), midnight, 1), midnight, Amsterdam));

        Assert.Equal("1 link for the citizens' panel (burgerpanel). One link per panel member, single use, valid until Thu 14 Jan 2027.", Texts(json)[1]);
    }

    [Fact]
    public void Of_200_links_the_first_25_are_shown_and_all_are_offered_as_a_download()
    {
        var links = BurgerpanelCards.SampleLinks(Guid.NewGuid(), ClosesAt, 200);
        var download = new BurgerpanelDownload(new Uri("http://127.0.0.1:3978/documents/abc?e=1&s=x"), "burgerpanel-links-q1-2027.txt", TimeSpan.FromHours(24));

        var card = BurgerpanelCards.Links(BurgerpanelTexts.For(Language.Nl), "Q1 2027", links, ClosesAt, Amsterdam, download);
        var json = Json(card);

        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes - 1);
        Assert.Equal(links.Take(25).Select((l, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), l.AbsoluteUri)), Facts(json));
        Assert.Contains("Hier staan de eerste 25 van 200 links. Alle links staan in het tekstbestand hieronder, één per regel.", Texts(json));
        Assert.Contains("De download werkt 24 uur.", Texts(json));
        var action = Assert.Single(json.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal("Alle links downloaden (.txt)", action.GetProperty("title").GetString());
        Assert.Equal(download.Url.AbsoluteUri, action.GetProperty("url").GetString());
    }

    [Fact]
    public void Without_a_download_the_card_says_to_ask_for_the_rest_in_smaller_numbers()
    {
        var links = BurgerpanelCards.SampleLinks(Guid.NewGuid(), ClosesAt, 30);

        var json = Json(BurgerpanelCards.Links(BurgerpanelTexts.For(Language.Nl), "Q1 2027", links, ClosesAt, Amsterdam));

        Assert.Equal(25, Facts(json).Count);
        Assert.Contains("Hier staan de eerste 25 van 30 links. Vraag de rest in kleinere aantallen aan.", Texts(json));
    }

    [Theory]
    [InlineData(BurgerpanelErrors.CountOutOfRange, "Vraag tussen 1 en 200 links tegelijk aan.", "Ask for between 1 and 200 links at once.")]
    [InlineData(Coalitie.Domain.CheckIns.CheckInErrors.BurgerpanelLinkOff, "Deze ronde vraagt het burgerpanel niet via een weblink, dus er zijn geen links voor.", "This round does not ask the citizens' panel through a web link, so it has no links.")]
    [InlineData(Coalitie.Domain.CheckIns.CheckInErrors.Closed, "Deze ronde is gesloten; er kunnen geen links meer bij.", "This round has closed; no more links can be added.")]
    [InlineData("something.else", "Het lukte niet om de links te maken. Probeer het zo nog eens.", "The links could not be made. Please try again shortly.")]
    public void Every_refusal_of_issuing_has_a_Dutch_and_English_sentence(string code, string dutch, string english)
    {
        Assert.Equal(dutch, BurgerpanelTexts.For(Language.Nl).IssueRefused(code));
        Assert.Equal(english, BurgerpanelTexts.For(Language.En).IssueRefused(code));
    }

    [Theory]
    [InlineData("Q1 2027", "burgerpanel-links-q1-2027.txt")]
    [InlineData("Ronde café & coördinatie / april", "burgerpanel-links-ronde-cafe-coordinatie-april.txt")]
    [InlineData("!!!", "burgerpanel-links.txt")]
    public void The_download_file_name_is_the_round_name_in_plain_letters(string round, string expected) =>
        Assert.Equal(expected, BurgerpanelLinkList.FileName(round));

    private static JsonElement Json(AdaptiveCard card) => JsonDocument.Parse(card.ToJson()).RootElement;

    private static List<string> Texts(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "TextBlock").Select(e => e.GetProperty("text").GetString()!)];

    private static List<(string Title, string Value)> Facts(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];
}
