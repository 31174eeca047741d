using System.Net;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.Tests.CheckIns.Burgerpanel;

/// <summary>More links than the card shows: all of them as a text file behind a signed download link.</summary>
public sealed class BurgerpanelLinkListTests : IAsyncLifetime, IDisposable
{
    private readonly BurgerpanelWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task All_200_links_download_as_a_text_file_one_per_line()
    {
        var round = await _world.SeedRoundAsync();
        var issue = await _world.IssueAsync(round.Id, 200);

        var download = await _world.WithServiceAsync<BurgerpanelLinkList, BurgerpanelDownload>(
            list => list.SaveAsync(_world.CoalitionId, issue, BurgerpanelWorld.BaseUrl, _world.ProcesregisseurId, default));
        using var response = await _world.Client.GetAsync(download.Url.PathAndQuery);

        Assert.Equal("burgerpanel-links-q1-2027.txt", download.FileName);
        Assert.StartsWith("http://localhost/documents/", download.Url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("burgerpanel-links-q1-2027.txt", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal(issue.Links.Select(l => l.AbsoluteUri).Append(string.Empty), lines);

        // The card for this issue: 25 links and the download.
        var card = BurgerpanelCards.Links(BurgerpanelTexts.For(Language.Nl), issue.RoundName, issue.Links, issue.ExpiresAt, issue.Zone, download);
        Assert.Empty(card.Validate());
        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes - 1);
        Assert.Contains(issue.Links[24].AbsoluteUri, card.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain(issue.Links[25].AbsoluteUri, card.ToJson(), StringComparison.Ordinal);
    }
}
