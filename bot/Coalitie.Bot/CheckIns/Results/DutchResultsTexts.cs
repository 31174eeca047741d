using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;

namespace Coalitie.Bot.CheckIns.Results;

internal sealed class DutchResultsTexts : ResultsTexts
{
    public static DutchResultsTexts Instance { get; } = new();

    public override Language Language => Language.Nl;

    public override string Title(string roundName) => $"Uitslag {roundName}";

    public override string Response(int respondents, int invited, string percent) => $"{Count(respondents)} van {Count(invited)} geantwoord ({percent})";

    public override string ClosedOn(string closedAt) => $"gesloten {closedAt}";

    public override string FormalityName(CoalitionFormality formality) => formality == CoalitionFormality.Mandated ? "verplicht" : "vrijwillig";

    public override string VisibilityName(VisibilityMode mode) => mode switch
    {
        VisibilityMode.Named => "op naam",
        VisibilityMode.Pseudonymous => "pseudoniem",
        _ => "anoniem",
    };

    public override string Context(CoalitionFormality formality, int partners, string? subNetwork, int? subNetworkPartners)
    {
        var text = $"Samenwerking: **{FormalityName(formality)}** · **{Partners(partners)}**";
        return subNetwork is null ? text : $"{text} · subnetwerk **{subNetwork}** ({Partners(subNetworkPartners ?? 0)})";
    }

    public override string ContextNote =>
        "De bronteksten vragen bij het lezen rekening te houden met de mate van formaliteit (in een veiligheidsregio is samenwerken verplicht) en met de omvang van het netwerk (een groot netwerk valt snel uiteen in subnetwerken).";

    public override string VisibilityLine(VisibilityMode mode, int minimumGroupSize)
    {
        var who = mode switch
        {
            VisibilityMode.Named => "Ronde op naam.",
            VisibilityMode.Pseudonymous => "Pseudonieme ronde: de uitslag toont niet wie wat antwoordde.",
            _ => "Anonieme ronde: niemand ziet wie wat antwoordde.",
        };
        return $"{who} Per domein of partner alleen bij minstens {Count(minimumGroupSize)} respondenten.";
    }

    public override string NoAnswers =>
        "Niemand gaf in deze ronde een score (\"weet niet\" telt niet als score), dus er is geen uitslag per factor.";

    public override string WeakestHeading => "**Zwakste factoren**";

    public override string Versus(string change, string previousRoundName) => $"{change} t.o.v. {previousRoundName}";

    public override string SameAs(string previousRoundName) => $"→ gelijk aan {previousRoundName}";

    public override string NotComparable(string previousRoundName) => $"niet te vergelijken met {previousRoundName}";

    public override string MeaningToggle => "ⓘ wat betekent dit?";

    public override string SourceDefinitionLabel => "**Wat de bronteksten zeggen** (D2, §5):";

    public override string? SourceNote(char factor) => factor == 'c'
        ? "D2 (§7) tilt deze factor \"een trede hoger\": zonder georganiseerde verticale verhoudingen verliest horizontale samenwerking aan slagkracht (voor horizontaal perspectief is verticale sturing nodig, van onderop en van bovenaf)."
        : null;

    public override string Signal(StuckSignal signal, string factorName, string? previousRoundName)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return signal.Kind switch
        {
            StuckSignalKind.BelowThreshold =>
                $"⚠ **{factorName}** staat op {Number(signal.Current)}, onder de signaalgrens van {Limit(signal.Limit)}.",
            StuckSignalKind.Dropped =>
                $"⚠ **{factorName}** daalde {Number(signal.Previous!.Value - signal.Current)} t.o.v. {previousRoundName} ({Number(signal.Previous.Value)} → {Number(signal.Current)}).",
            _ =>
                $"⚠ **{factorName}** ({Number(signal.BeforePrevious!.Value)} → {Number(signal.Previous!.Value)} → {Number(signal.Current)}) daalt twee rondes op rij: mogelijk loopt de samenwerking vast.",
        };
    }

    public override string SignalAdvice(bool droppedTwice) => droppedTwice
        ? "De bronteksten raden aan de factoren dan samen te bespreken."
        : "De bronteksten raden aan de factoren samen te bespreken als de samenwerking vastloopt.";

    public override string ChartHeading(string scaleRange) => $"**Alle factoren** — gemiddelde op de schaal {scaleRange}";

    public override string ChartThreshold(string limit) => $"┆ signaalgrens {limit}";

    public override string ChartLegend(string limit, string? previousRoundName) => previousRoundName is null
        ? $"Rood: gemiddelde onder de signaalgrens van {limit}. Eerste ronde: nog niets om mee te vergelijken."
        : $"Rood: gemiddelde onder de signaalgrens van {limit}. ↑ ↓ → t.o.v. {previousRoundName}.";

    public override string TableToggle => "▸ Tabel per factor";

    public override string FactorHeader => "Factor";

    public override string AnswersShort => "antw.";

    public override string MeanShort => "gem.";

    public override string MedianShort => "med.";

    public override string CommentsNote(int count, CommentsPolicy policy)
    {
        var what = count == 1 ? "1 toelichting staat" : $"{Count(count)} toelichtingen staan";
        return policy == CommentsPolicy.Attributed
            ? $"{what} in de Excel-export."
            : $"{what} in de Excel-export, zonder naam, partner of domein.";
    }

    public override string ExportButton => "Exporteer naar Excel";

    public override string ByGroupButton => "Details per domein";

    public override string ByGroupTitle(string roundName) => $"Uitslag {roundName} — per domein en partner";

    public override string ByGroupIntro(int minimumGroupSize) =>
        $"Alleen groepen met minstens {Count(minimumGroupSize)} respondenten staan hier, zodat niemand herleidbaar is. – = verborgen: te weinig antwoorden, of nodig om een kleine groep niet uit de totalen af te kunnen leiden.";

    public override string DomainsHeading => "**Per domein**";

    public override string PartnersHeading => "**Per partner**";

    public override string RespondentsShort => "resp.";

    public override string UnknownPartner => "(partner onbekend)";

    public override string HiddenGroups(int count, bool partners, int minimumGroupSize)
    {
        var what = partners
            ? (count == 1 ? "1 partner" : $"{Count(count)} partners")
            : (count == 1 ? "1 domein" : $"{Count(count)} domeinen");
        return $"{what} verborgen voor de anonimiteit: minder dan {Count(minimumGroupSize)} respondenten.";
    }

    public override string NoGroupShown(bool partners) => partners
        ? "Geen enkele partner heeft genoeg respondenten om apart te tonen."
        : "Geen enkel domein heeft genoeg respondenten om apart te tonen.";

    public override string MoreRows(int count) => $"… en nog {Partners(count)}: zie de Excel-export.";

    // Workbook

    public override string SheetResults => "Uitslag";

    public override string SheetDomains => "Per domein";

    public override string SheetPartners => "Per partner";

    public override string SheetRound => "Ronde";

    public override string SheetComments => "Toelichting";

    public override string ColumnLetter => "Letter";

    public override string ColumnAnswers => "Antwoorden";

    public override string ColumnDontKnow => "Weet niet";

    public override string ColumnMean => "Gemiddelde";

    public override string ColumnMedian => "Mediaan";

    public override string ColumnDifference => "Verschil met vorige ronde";

    public override string ColumnTrend => "Trend";

    public override string ColumnSignal => "Signaal";

    public override string ColumnDomain => "Domein";

    public override string ColumnPartner => "Partner";

    public override string ColumnRespondents => "Respondenten";

    public override string ColumnItem => "Onderdeel";

    public override string ColumnValue => "Waarde";

    public override string ColumnComment => "Toelichting";

    public override string General => "algemeen";

    public override string HiddenCell => "verborgen";

    public override string None => "geen";

    public override string SignalKind(StuckSignalKind kind) => kind switch
    {
        StuckSignalKind.BelowThreshold => "onder de signaalgrens",
        StuckSignalKind.Dropped => "gedaald",
        _ => "twee rondes op rij gedaald",
    };

    public override string RowName => "Naam";

    public override string RowOpened => "Geopend";

    public override string RowClosed => "Gesloten";

    public override string RowInvited => "Uitgenodigd";

    public override string RowResponded => "Geantwoord";

    public override string RowResponseRate => "Respons (%)";

    public override string RowScale => "Schaal";

    public override string RowVisibility => "Zichtbaarheid";

    public override string RowMinimumGroupSize => "Minimale groepsgrootte";

    public override string RowFormality => "Formaliteit";

    public override string RowSize => "Omvang (partners)";

    public override string RowSubNetwork => "Subnetwerk";

    public override string RowPreviousRound => "Vorige ronde";

    public override string RowWeakBelow => "Signaalgrens (gemiddelde onder)";

    public override string RowDrop => "Daling die als signaal telt";

    public override string RowHiddenDomains => "Verborgen domeinen";

    public override string RowHiddenPartners => "Verborgen partners";

    public override string RowComments => "Toelichtingen";

    public override string CommentsPolicyText(CommentsPolicy policy) => policy switch
    {
        CommentsPolicy.Attributed => "op naam van partner en domein (ronde op naam)",
        CommentsPolicy.Unattributed => "zonder naam, partner of domein, gesorteerd op factor en tekst",
        _ => "niet opgenomen: te weinig antwoorden om ze anoniem te houden",
    };

    private string Partners(int count) => count == 1 ? "1 partner" : $"{Count(count)} partners";
}
