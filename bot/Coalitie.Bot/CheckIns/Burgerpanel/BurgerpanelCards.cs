using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The card that hands issued burgerpanel links to the procesregisseur: what they are, how to pass them on, the links
/// as copyable text (at most <see cref="MaxLinksShown"/>, about 6 KB, so the card stays far under 28 KB) and, for more,
/// a download of all of them. No link is a button: opening one here would not spend it, but it is meant for someone else.
/// </summary>
public static class BurgerpanelCards
{
    /// <summary>The most links listed in the card itself.</summary>
    public const int MaxLinksShown = 25;

    /// <summary>
    /// The links card for round <paramref name="roundName"/>: the first <see cref="MaxLinksShown"/> of
    /// <paramref name="links"/>, valid until <paramref name="expiresAt"/> (shown in <paramref name="zone"/>), and, when
    /// given, a button to download <paramref name="allLinks"/>.
    /// </summary>
    public static AdaptiveCard Links(BurgerpanelTexts texts, string roundName, IReadOnlyList<Uri> links, Instant expiresAt, DateTimeZone zone, BurgerpanelDownload? allLinks = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(roundName);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(zone);
        var shown = links.Take(MaxLinksShown).ToList();
        var body = new List<CardElement>
        {
            new TextBlock { Text = texts.Title(roundName), Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
            new TextBlock { Text = texts.Intro(links.Count, texts.CheckIn.Until(expiresAt, zone)), Wrap = true, Spacing = Spacing.Small },
            new TextBlock { Text = texts.HowTo, Wrap = true, Spacing = Spacing.Small },
            new FactSet
            {
                Separator = true,
                Facts = [.. shown.Select((link, i) => new Fact((i + 1).ToString(CultureInfo.InvariantCulture), link.AbsoluteUri))],
            },
        };
        if (links.Count > shown.Count)
        {
            body.Add(new TextBlock { Text = texts.MoreThanShown(shown.Count, links.Count, allLinks is not null), Wrap = true, Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock { Text = texts.Keep, Wrap = true, IsSubtle = true, Size = TextSize.Small });
        if (allLinks is not null)
        {
            body.Add(new TextBlock { Text = texts.DownloadValidity(allLinks.Lifetime), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        return new AdaptiveCard
        {
            FallbackText = texts.Title(roundName),
            Body = body,
            Actions = allLinks is null ? null : [new OpenUrlAction { Title = texts.DownloadButton, Url = allLinks.Url }],
        };
    }

    /// <summary>The links card for the card catalogue: a few links, one link, and 200 links with the download (nl and en).</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = BurgerpanelTexts.For(Language.Nl);
        var en = BurgerpanelTexts.For(Language.En);
        var round = CheckInCards.SampleRound();
        var closes = round.ClosesAt!.Value;
        var zone = round.Plan.Zone;
        var download = new BurgerpanelDownload(
            new Uri("http://127.0.0.1:3978/documents/5e2a7c91b0d34f6a8c1e2d3f4a5b6c7d?e=1768471200&s=voorbeeld"),
            BurgerpanelLinkList.FileName(round.Plan.Name),
            TimeSpan.FromHours(24));
        yield return ("burgerpanel-links.nl", Links(nl, round.Plan.Name, SampleLinks(round.Id, closes, 3), closes, zone));
        yield return ("burgerpanel-links.en", Links(en, round.Plan.Name, SampleLinks(round.Id, closes, 3), closes, zone));
        yield return ("burgerpanel-links-one.nl", Links(nl, round.Plan.Name, SampleLinks(round.Id, closes, 1), closes, zone));
        yield return ("burgerpanel-links-many.nl", Links(nl, round.Plan.Name, SampleLinks(round.Id, closes, 200), closes, zone, download));
        yield return ("burgerpanel-links-many.en", Links(en, round.Plan.Name, SampleLinks(round.Id, closes, 200), closes, zone, download));
        yield return ("burgerpanel-links-many-no-download.nl", Links(nl, round.Plan.Name, SampleLinks(round.Id, closes, 40), closes, zone));
    }

    /// <summary>Links of the same shape and length as real ones, derived from their number (not signed with any key).</summary>
    internal static IReadOnlyList<Uri> SampleLinks(Guid roundId, Instant expiresAt, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i =>
        {
            var seed = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"burgerpanel-sample-{i}")));
            var linkId = new Guid(seed.AsSpan(0, 16));
            var signature = Convert.ToHexStringLower(SHA256.HashData(seed));
            return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:3978/burgerpanel/{roundId:N}/{linkId:N}?exp={expiresAt.ToUnixTimeSeconds()}&sig={signature}"));
        }),
    ];
}
