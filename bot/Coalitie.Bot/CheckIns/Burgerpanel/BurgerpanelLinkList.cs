using System.Text;
using Coalitie.Bot.Documents;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>A download of all issued links: its signed URL, file name and how long the URL works.</summary>
public sealed record BurgerpanelDownload(Uri Url, string FileName, TimeSpan Lifetime);

/// <summary>
/// All links of an issue as a plain text file (UTF-8, one URL per line, CRLF: pastes into a mail merge or a
/// spreadsheet), kept in the document store behind a signed, expiring download link — for more links than the card
/// shows (<see cref="BurgerpanelCards.MaxLinksShown"/>).
/// </summary>
public sealed class BurgerpanelLinkList(IDocumentStore store, SignedLinks signedLinks, IOptions<DocumentOptions> documents)
{
    public const string ContentType = "text/plain; charset=utf-8";

    /// <summary>Stores <paramref name="issue"/>'s links for <paramref name="coalitionId"/> and returns the download.</summary>
    public async Task<BurgerpanelDownload> SaveAsync(Guid coalitionId, BurgerpanelIssue issue, Uri baseUrl, Guid? requestedByPersonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var fileName = FileName(issue.RoundName);
        var content = Encoding.UTF8.GetBytes(string.Concat(issue.Links.Select(l => l.AbsoluteUri + "\r\n")));
        var document = await store.SaveAsync(fileName, ContentType, content, coalitionId, requestedByPersonId, cancellationToken).ConfigureAwait(false);
        var url = await signedLinks.CreateAsync(baseUrl, document.Id, cancellationToken).ConfigureAwait(false);
        return new BurgerpanelDownload(url, fileName, documents.Value.LinkLifetime);
    }

    /// <summary>"burgerpanel-links-q1-2027.txt": the round name in lower-case letters and digits, dashes between.</summary>
    public static string FileName(string roundName)
    {
        ArgumentNullException.ThrowIfNull(roundName);
        var slug = new StringBuilder();
        foreach (var c in roundName.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.')
            {
                if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        var name = slug.ToString().Trim('-');
        if (name.Length > 60)
        {
            name = name[..60].TrimEnd('-');
        }

        return name.Length == 0 ? "burgerpanel-links.txt" : $"burgerpanel-links-{name}.txt";
    }
}
