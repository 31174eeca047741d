using System.Text;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.CheckIns.Results;

public static partial class ResultsCards
{
    /// <summary>At most this many partner rows; the rest is counted and left to the workbook.</summary>
    public const int MaxPartnerRows = 30;

    /// <summary>
    /// The results per domain and per partner ("Details per domein"): for every group the anonymity rule allows, its
    /// respondents and the mean of each factor ("–" for a hidden cell), and how many groups were hidden. Suppressed
    /// groups are never named. At most <see cref="MaxPartnerRows"/> partners are listed, fewer when the card would
    /// pass 28 KB even written indented.
    /// </summary>
    public static AdaptiveCard ByGroup(ResultsTexts t, RoundResultsReport report, ResultsCardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(report);
        options ??= ResultsCardOptions.Default;

        var rows = Math.Min(MaxPartnerRows, report.Partners.Count);
        var card = ByGroup(t, report, options, rows);
        while (rows > 0 && Encoding.UTF8.GetByteCount(card.ToJson(indented: true)) > AdaptiveCard.MaxSizeBytes)
        {
            rows = Math.Max(0, rows - 5);
            card = ByGroup(t, report, options, rows);
        }

        return card;
    }

    private static AdaptiveCard ByGroup(ResultsTexts t, RoundResultsReport report, ResultsCardOptions options, int partnerRows)
    {
        var body = new List<CardElement>
        {
            Heading(t.ByGroupTitle(report.Name)),
            new TextBlock { Text = t.ByGroupIntro(report.MinimumGroupSize), Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small },
            new TextBlock
            {
                Text = string.Join(" · ", ResultFactors.All.Select(f => $"**{f}** {t.FactorName(f)}")),
                Wrap = true,
                Size = TextSize.Small,
                IsSubtle = true,
                Spacing = Spacing.Small,
            },
            new TextBlock { Text = t.DomainsHeading, Separator = true, Spacing = Spacing.Medium },
        };
        body.AddRange(GroupSection(t, report.Domains, report.Domains.Count, report.HiddenDomains, partners: false, report.MinimumGroupSize, g => t.DomainName(g.Domain!.Value)));

        body.Add(new TextBlock { Text = t.PartnersHeading, Separator = true, Spacing = Spacing.Medium });
        body.AddRange(GroupSection(t, report.Partners, partnerRows, report.HiddenPartners, partners: true, report.MinimumGroupSize, g => Clip(g.PartnerName ?? t.UnknownPartner)));

        return new AdaptiveCard
        {
            FallbackText = t.ByGroupTitle(report.Name),
            MsTeams = Wide,
            Body = body,
            Actions = options.ExportButton ? [ResultsActionData.For(report.RoundId).Action(ResultsVerbs.Export, t.ExportButton)] : null,
        };
    }

    /// <summary>
    /// One fact per shown group: "Gemeente (4 resp.)" — "**a** 3,8 · **b** 3,3 · **c** – · …" (a FactSet: a table
    /// of nine columns per row would not fit 28 KB for a large coalition); then the rows left out and the hidden count.
    /// </summary>
    private static IEnumerable<CardElement> GroupSection(
        ResultsTexts t, IReadOnlyList<ResultGroup> groups, int shown, int hidden, bool partners, int minimumGroupSize, Func<ResultGroup, string> nameOf)
    {
        if (groups.Count == 0)
        {
            yield return new TextBlock { Text = t.NoGroupShown(partners), Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small };
        }
        else if (shown > 0)
        {
            yield return new FactSet
            {
                Spacing = Spacing.Small,
                Facts = [.. groups.Take(shown).Select(g => new Fact($"{nameOf(g)} ({t.Count(g.Respondents)} {t.RespondentsShort})", GroupMeans(t, g)))],
            };
        }

        if (groups.Count > shown)
        {
            yield return new TextBlock { Text = t.MoreRows(groups.Count - shown), Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small };
        }

        if (hidden > 0)
        {
            yield return new TextBlock { Text = t.HiddenGroups(hidden, partners, minimumGroupSize), Wrap = true, Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small };
        }
    }

    /// <summary>"**a** 3,8 · **b** 3,3 · **c** – · …": "–" for a hidden cell, "geen" for a factor nobody in the group scored.</summary>
    private static string GroupMeans(ResultsTexts t, ResultGroup group) =>
        string.Join(" · ", group.Factors.Select(f => $"**{f.Factor}** {(f.Suppressed ? "–" : f.Statistics!.Mean is { } mean ? t.Number(mean) : t.None)}"));
}
