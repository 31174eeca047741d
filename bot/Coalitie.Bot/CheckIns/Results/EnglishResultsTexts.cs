using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;

namespace Coalitie.Bot.CheckIns.Results;

internal sealed class EnglishResultsTexts : ResultsTexts
{
    public static EnglishResultsTexts Instance { get; } = new();

    public override Language Language => Language.En;

    public override string Title(string roundName) => $"Results {roundName}";

    public override string Response(int respondents, int invited, string percent) => $"{Count(respondents)} of {Count(invited)} answered ({percent})";

    public override string ClosedOn(string closedAt) => $"closed {closedAt}";

    public override string FormalityName(CoalitionFormality formality) => formality == CoalitionFormality.Mandated ? "mandatory" : "voluntary";

    public override string VisibilityName(VisibilityMode mode) => mode switch
    {
        VisibilityMode.Named => "named",
        VisibilityMode.Pseudonymous => "pseudonymous",
        _ => "anonymous",
    };

    public override string Context(CoalitionFormality formality, int partners, string? subNetwork, int? subNetworkPartners)
    {
        var text = $"Collaboration: **{FormalityName(formality)}** · **{Partners(partners)}**";
        return subNetwork is null ? text : $"{text} · sub-network **{subNetwork}** ({Partners(subNetworkPartners ?? 0)})";
    }

    public override string ContextNote =>
        "The source texts ask readers to take account of the degree of formality (in a safety region collaboration is mandatory) and the size of the network (a large network soon breaks into sub-networks).";

    public override string VisibilityLine(VisibilityMode mode, int minimumGroupSize)
    {
        var who = mode switch
        {
            VisibilityMode.Named => "Named round.",
            VisibilityMode.Pseudonymous => "Pseudonymous round: the results do not show who answered what.",
            _ => "Anonymous round: nobody sees who answered what.",
        };
        return $"{who} Per domain or partner only with at least {Count(minimumGroupSize)} respondents.";
    }

    public override string NoAnswers =>
        "Nobody gave a score in this round (\"don't know\" is not a score), so there are no results per factor.";

    public override string WeakestHeading => "**Weakest factors**";

    public override string Versus(string change, string previousRoundName) => $"{change} vs {previousRoundName}";

    public override string SameAs(string previousRoundName) => $"→ same as {previousRoundName}";

    public override string NotComparable(string previousRoundName) => $"not comparable with {previousRoundName}";

    public override string MeaningToggle => "ⓘ what does this mean?";

    public override string SourceDefinitionLabel => "**What the source texts say** (D2, §5):";

    public override string? SourceNote(char factor) => factor == 'c'
        ? "D2 (§7) lifts this factor \"a step higher\": without organised vertical relations, horizontal collaboration loses effectiveness (for horizontal perspective there must be vertical direction, bottom-up and top-down)."
        : null;

    public override string Signal(StuckSignal signal, string factorName, string? previousRoundName)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return signal.Kind switch
        {
            StuckSignalKind.BelowThreshold =>
                $"⚠ **{factorName}** is at {Number(signal.Current)}, below the signal threshold of {Limit(signal.Limit)}.",
            StuckSignalKind.Dropped =>
                $"⚠ **{factorName}** fell {Number(signal.Previous!.Value - signal.Current)} since {previousRoundName} ({Number(signal.Previous.Value)} → {Number(signal.Current)}).",
            _ =>
                $"⚠ **{factorName}** ({Number(signal.BeforePrevious!.Value)} → {Number(signal.Previous!.Value)} → {Number(signal.Current)}) has fallen two rounds in a row: the collaboration may be getting stuck.",
        };
    }

    public override string SignalAdvice(bool droppedTwice) => droppedTwice
        ? "The source texts advise discussing the factors together at that point."
        : "The source texts advise discussing the factors together when the collaboration gets stuck.";

    public override string ChartHeading(string scaleRange) => $"**All factors** — mean on the scale {scaleRange}";

    public override string ChartThreshold(string limit) => $"┆ signal threshold {limit}";

    public override string ChartLegend(string limit, string? previousRoundName) => previousRoundName is null
        ? $"Red: mean below the signal threshold of {limit}. First round: nothing to compare with yet."
        : $"Red: mean below the signal threshold of {limit}. ↑ ↓ → vs {previousRoundName}.";

    public override string TableToggle => "▸ Table per factor";

    public override string FactorHeader => "Factor";

    public override string AnswersShort => "answers";

    public override string MeanShort => "mean";

    public override string MedianShort => "median";

    public override string CommentsNote(int count, CommentsPolicy policy)
    {
        var what = count == 1 ? "1 comment is" : $"{Count(count)} comments are";
        return policy == CommentsPolicy.Attributed
            ? $"{what} in the Excel export."
            : $"{what} in the Excel export, without name, partner or domain.";
    }

    public override string ExportButton => "Export to Excel";

    public override string ByGroupButton => "Details per domain";

    public override string ByGroupTitle(string roundName) => $"Results {roundName} — per domain and partner";

    public override string ByGroupIntro(int minimumGroupSize) =>
        $"Only groups with at least {Count(minimumGroupSize)} respondents are listed, so nobody can be identified. – = hidden: too few answers, or needed so that a small group cannot be worked out from the totals.";

    public override string DomainsHeading => "**Per domain**";

    public override string PartnersHeading => "**Per partner**";

    public override string RespondentsShort => "resp.";

    public override string UnknownPartner => "(unknown partner)";

    public override string HiddenGroups(int count, bool partners, int minimumGroupSize)
    {
        var what = partners
            ? (count == 1 ? "1 partner" : $"{Count(count)} partners")
            : (count == 1 ? "1 domain" : $"{Count(count)} domains");
        return $"{what} hidden for anonymity: fewer than {Count(minimumGroupSize)} respondents.";
    }

    public override string NoGroupShown(bool partners) => partners
        ? "No partner has enough respondents to be shown on its own."
        : "No domain has enough respondents to be shown on its own.";

    public override string MoreRows(int count) => $"… and {Partners(count)} more: see the Excel export.";

    // Workbook

    public override string SheetResults => "Results";

    public override string SheetDomains => "Per domain";

    public override string SheetPartners => "Per partner";

    public override string SheetRound => "Round";

    public override string SheetComments => "Comments";

    public override string ColumnLetter => "Letter";

    public override string ColumnAnswers => "Answers";

    public override string ColumnDontKnow => "Don't know";

    public override string ColumnMean => "Mean";

    public override string ColumnMedian => "Median";

    public override string ColumnDifference => "Difference with previous round";

    public override string ColumnTrend => "Trend";

    public override string ColumnSignal => "Signal";

    public override string ColumnDomain => "Domain";

    public override string ColumnPartner => "Partner";

    public override string ColumnRespondents => "Respondents";

    public override string ColumnItem => "Item";

    public override string ColumnValue => "Value";

    public override string ColumnComment => "Comment";

    public override string General => "general";

    public override string HiddenCell => "hidden";

    public override string None => "none";

    public override string SignalKind(StuckSignalKind kind) => kind switch
    {
        StuckSignalKind.BelowThreshold => "below the signal threshold",
        StuckSignalKind.Dropped => "fallen",
        _ => "fallen two rounds in a row",
    };

    public override string RowName => "Name";

    public override string RowOpened => "Opened";

    public override string RowClosed => "Closed";

    public override string RowInvited => "Invited";

    public override string RowResponded => "Answered";

    public override string RowResponseRate => "Response (%)";

    public override string RowScale => "Scale";

    public override string RowVisibility => "Visibility";

    public override string RowMinimumGroupSize => "Minimum group size";

    public override string RowFormality => "Formality";

    public override string RowSize => "Size (partners)";

    public override string RowSubNetwork => "Sub-network";

    public override string RowPreviousRound => "Previous round";

    public override string RowWeakBelow => "Signal threshold (mean below)";

    public override string RowDrop => "Fall that counts as a signal";

    public override string RowHiddenDomains => "Hidden domains";

    public override string RowHiddenPartners => "Hidden partners";

    public override string RowComments => "Comments";

    public override string CommentsPolicyText(CommentsPolicy policy) => policy switch
    {
        CommentsPolicy.Attributed => "attributed to partner and domain (named round)",
        CommentsPolicy.Unattributed => "without name, partner or domain, sorted by factor and text",
        _ => "not included: too few answers to keep them anonymous",
    };

    private string Partners(int count) => count == 1 ? "1 partner" : $"{Count(count)} partners";
}
