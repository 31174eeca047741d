using Coalitie.Domain.CheckIns.Results;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>What the results card shows besides the results; every part is on by default except the open table.</summary>
/// <param name="ExportButton">"Exporteer naar Excel" (<see cref="ResultsVerbs.Export"/>).</param>
/// <param name="ByGroupButton">"Details per domein" (<see cref="ResultsVerbs.ByGroup"/>); never on a round without answers.</param>
/// <param name="TableVisible">Whether the per-factor table is open; by default it is folded behind a toggle.</param>
public sealed record ResultsCardOptions(bool ExportButton = true, bool ByGroupButton = true, bool TableVisible = false)
{
    public static ResultsCardOptions Default { get; } = new();
}

/// <summary>
/// The results cards of a closed check-in round (JOURNEYS §5), built from a <see cref="RoundResultsReport"/> only, so
/// they cannot show who answered what: the round card (response, the three weakest factors with trend and what the
/// sources say, the <i>vastlopen</i> signals, a bar chart of all nine factors drawn with columns, and a folded table
/// per factor) and the card per domain and partner (<see cref="ByGroup"/>). Both stay under 28 KB: the round card has
/// no list that grows with the coalition, and the group card caps its partner rows (see docs/checkin-results.md).
/// </summary>
public static partial class ResultsCards
{
    /// <summary>The id of the per-factor table's container.</summary>
    public const string TableId = "table";

    /// <summary>
    /// Longer names are clipped on cards (the workbook has them in full). Equal to the longest partner name, so
    /// partners are never clipped into look-alikes; it bounds names the domain does not limit, such as a sub-network's.
    /// </summary>
    public const int MaxNameOnCard = Domain.Coalitions.Partner.MaxNameLength;

    private static readonly MsTeamsCardProperties Wide = new() { Width = MsTeamsWidth.Full };

    /// <summary>The id of a weakest factor's folded explanation.</summary>
    public static string MeaningId(char factor) => $"meaning-{factor}";

    /// <summary>The results card of <paramref name="report"/>'s round.</summary>
    public static AdaptiveCard Build(ResultsTexts t, RoundResultsReport report, ResultsCardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(report);
        options ??= ResultsCardOptions.Default;

        var response = t.Response(report.Results.Respondents, report.Results.Invited, t.Percent(report.Results.ResponseRate));
        var body = new List<CardElement>
        {
            Heading(t.Title(report.Name)),
            new TextBlock
            {
                Text = $"**{response}** · {t.ClosedOn(t.DateTime(report.ClosedAt, report.Zone))}",
                Wrap = true,
                Spacing = Spacing.Small,
            },
        };
        body.AddRange(Context(t, report));

        if (report.HasAnswers)
        {
            body.AddRange(Weakest(t, report));
            if (report.Signals.Count > 0)
            {
                body.Add(Signals(t, report));
            }

            body.AddRange(Chart(t, report));
            body.AddRange(FactorTable(t, report, options.TableVisible));
            if (report.Comments.Count > 0)
            {
                body.Add(new TextBlock { Text = t.CommentsNote(report.Comments.Count, report.CommentsPolicy), Wrap = true, IsSubtle = true, Size = TextSize.Small });
            }
        }
        else
        {
            body.Add(new TextBlock { Text = t.NoAnswers, Wrap = true, Separator = true });
        }

        var data = ResultsActionData.For(report.RoundId);
        var actions = new List<CardAction>();
        if (options.ExportButton)
        {
            actions.Add(data.Action(ResultsVerbs.Export, t.ExportButton));
        }

        if (options.ByGroupButton && report.HasAnswers)
        {
            actions.Add(data.Action(ResultsVerbs.ByGroup, t.ByGroupButton));
        }

        return new AdaptiveCard
        {
            FallbackText = $"{t.Title(report.Name)}: {response}",
            MsTeams = Wide,
            Body = body,
            Actions = actions.Count == 0 ? null : actions,
        };
    }

    /// <summary>Formality, size, sub-network and visibility: the texts say formality and size colour the scores.</summary>
    private static IEnumerable<CardElement> Context(ResultsTexts t, RoundResultsReport report)
    {
        var subNetwork = report.SubNetworkName is { } name ? Clip(name) : null;
        yield return new TextBlock { Text = t.Context(report.Formality, report.CoalitionSize, subNetwork, report.SubNetworkSize), Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small };
        yield return new TextBlock
        {
            Text = $"{t.ContextNote} {t.VisibilityLine(report.Visibility, report.MinimumGroupSize)}",
            Wrap = true,
            Size = TextSize.Small,
            IsSubtle = true,
            Spacing = Spacing.None,
        };
    }

    /// <summary>The three weakest factors: mean, trend, and (folded) the definition and what the sources add.</summary>
    private static IEnumerable<CardElement> Weakest(ResultsTexts t, RoundResultsReport report)
    {
        yield return new TextBlock { Text = t.WeakestHeading, Wrap = true, Separator = true, Spacing = Spacing.Medium };
        foreach (var factor in report.Trend.Weakest)
        {
            var trend = t.TrendText(report.Trend.Factor(factor), report.PreviousRoundName);
            var line = $"**{t.FactorTitle(factor)}** {t.Number(report.Factor(factor).Mean!.Value)}";
            yield return new TextBlock { Text = trend.Length == 0 ? line : $"{line} ({trend})", Wrap = true, Spacing = Spacing.Small };
            yield return new ActionSet
            {
                Spacing = Spacing.None,
                Actions = [new ToggleVisibilityAction { Title = t.MeaningToggle, TargetElements = [new TargetElement(MeaningId(factor))] }],
            };

            var meaning = $"{t.SourceDefinitionLabel} {t.FactorDefinition(factor)}";
            if (t.SourceNote(factor) is { } note)
            {
                meaning += $"\n\n{note}";
            }

            yield return new TextBlock { Id = MeaningId(factor), IsVisible = false, Text = meaning, Wrap = true, Size = TextSize.Small, Spacing = Spacing.Small };
        }
    }

    /// <summary>The <i>vastlopen</i> signals in a warning box, one line per factor, with the sources' advice.</summary>
    private static Container Signals(ResultsTexts t, RoundResultsReport report)
    {
        var items = report.Signals
            .GroupBy(s => s.Factor)
            .Select(g => (CardElement)new TextBlock
            {
                Text = string.Join(" ", g.Select(s => t.Signal(s, t.FactorName(s.Factor), report.PreviousRoundName))),
                Wrap = true,
                Spacing = Spacing.Small,
            })
            .ToList();
        items.Add(new TextBlock { Text = t.SignalAdvice(report.Signals.Any(s => s.Kind == StuckSignalKind.DroppedTwice)), Wrap = true, Spacing = Spacing.Small });
        return new Container { Style = ContainerStyle.Warning, Spacing = Spacing.Medium, Items = items };
    }

    private static TextBlock Heading(string text) =>
        new() { Text = text, Style = TextBlockStyle.Heading, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };

    private static string Clip(string text) =>
        text.Length <= MaxNameOnCard ? text : string.Concat(text.AsSpan(0, MaxNameOnCard - 1).TrimEnd(), "…");
}
