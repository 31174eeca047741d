using Coalitie.Bot.Localization;
using Coalitie.Domain.Commitments;
using NodaTime;

namespace Coalitie.Bot.Commitments;

public sealed class DutchCommitmentsTexts : CommitmentsTexts
{
    public static DutchCommitmentsTexts Instance { get; } = new();

    public override Language Language => Language.Nl;

    public override string AddDescription => "Een nieuwe toezegging van een partner vastleggen (procesregisseur).";
    public override string ListDescription => "Alle toezeggingen, of die van één partner, doel of status (**toezeggingen risico**).";
    public override string ShowDescription => "Eén toezegging met voortgang en geschiedenis (**toezegging T-17**).";
    public override string ProgressDescription => "Voortgang melden op een toezegging van je eigen partner.";
    public override string StatusDescription => "Hoe staan de toezeggingen ervoor: per status, partner en doel.";

    public override string StatusName(CommitmentStatus status) => status switch
    {
        CommitmentStatus.OnTrack => "op koers",
        CommitmentStatus.AtRisk => "risico",
        CommitmentStatus.OffTrack => "achter",
        CommitmentStatus.Achieved => "gehaald",
        CommitmentStatus.Missed => "gemist",
        _ => status.ToString(),
    };

    public override string DirectionName(Direction direction) => direction == Direction.LowerIsBetter ? "lager is beter" : "hoger is beter";

    public override string KindName(GoalAreaKind kind) => kind switch
    {
        GoalAreaKind.CoreGoal => "kerndoel",
        GoalAreaKind.Leefveld => "leefveld",
        _ => "eigen doel",
    };

    public override string RetiredSuffix => "— vervallen";

    public override IReadOnlyDictionary<string, CommitmentStatus> StatusWords { get; } = new Dictionary<string, CommitmentStatus>(StringComparer.Ordinal)
    {
        ["op koers"] = CommitmentStatus.OnTrack,
        ["koers"] = CommitmentStatus.OnTrack,
        ["risico"] = CommitmentStatus.AtRisk,
        ["achter"] = CommitmentStatus.OffTrack,
        ["achterstand"] = CommitmentStatus.OffTrack,
        ["gehaald"] = CommitmentStatus.Achieved,
        ["gemist"] = CommitmentStatus.Missed,
        ["niet gehaald"] = CommitmentStatus.Missed,
        ["on track"] = CommitmentStatus.OnTrack,
        ["at risk"] = CommitmentStatus.AtRisk,
        ["off track"] = CommitmentStatus.OffTrack,
        ["achieved"] = CommitmentStatus.Achieved,
        ["missed"] = CommitmentStatus.Missed,
    };

    public override string FormTitle => "Nieuwe toezegging";
    public override string FormIntro => "Wat gaat de partner leveren, en hoe meten we het? Elke toezegging dient een gedeeld doel.";
    public override string PartnerLabel => "Partner";
    public override string PartnerRequired => "Kies de partner.";
    public override string TitleLabel => "Titel";
    public override string TitlePlaceholder => "bijv. Minder leegstand in de portiekflats";
    public override string TitleRequired => "Geef de toezegging een titel.";
    public override string DescriptionLabel => "Omschrijving (mag leeg)";
    public override string GoalAreaLabel => "Doel (kerndoel of leefveld)";
    public override string NoGoalAreaChoice => "Geen gedeeld doel (risico op projectencarrousel)";
    public override string IndicatorNameLabel => "Indicator";
    public override string IndicatorNamePlaceholder => "bijv. leegstaande woningen";
    public override string IndicatorNameRequired => "Wat meet je? Vul de indicator in.";
    public override string IndicatorUnitLabel => "Eenheid";
    public override string IndicatorUnitPlaceholder => "bijv. aantal, %, euro";
    public override string IndicatorUnitRequired => "Vul de eenheid in (bijv. aantal of %).";
    public override string DirectionLabel => "Wat is beter?";
    public override string BaselineValueLabel => "Nulmeting";
    public override string BaselineDateLabel => "Datum nulmeting";
    public override string TargetValueLabel => "Streefwaarde";
    public override string TargetDateLabel => "Streefdatum";
    public override string MilestoneValueLabel => "Mijlpaal (mag leeg)";
    public override string MilestoneDateLabel => "Datum mijlpaal";
    public override string MilestoneHint => "Meer mijlpalen? Scheid ze met een puntkomma: 30; 20 en 31-12-2026; 30-6-2027.";
    public override string ProgrammeLabel => "Uitvoeringsprogramma (mag leeg)";
    public override string NoProgrammeChoice => "Geen uitvoeringsprogramma";
    public override string UnknownProgramme => "Dit uitvoeringsprogramma hoort niet (meer) bij deze coalitie. Kies een ander of laat het leeg.";
    public override string ContributionLabel => "Hoe draagt dit bij aan het doel?";
    public override string ContributionPlaceholder => "bijv. Minder leegstand maakt de portieken veiliger en levendiger.";
    public override string NumberPlaceholder => "bijv. 4,6";
    public override string DatePlaceholder => "bijv. 1-3-2027 of 1 maart 2027";
    public override string NumberRequired => "Vul een getal in, bijv. 42 of 4,6.";
    public override string DateRequired => "Vul een datum in, bijv. 1-3-2027.";
    public override string SaveButton => "Opslaan";
    public override string NotANumber => "Dit is geen getal. Schrijf het zoals 42 of 4,6.";
    public override string NotADate => "Deze datum ken ik niet. Schrijf hem zoals 1-3-2027 of 1 maart 2027.";
    public override string UnknownChoice => "Kies een van de mogelijkheden.";
    public override string MilestoneIncomplete => "Vul bij elke mijlpaal zowel een waarde als een datum in.";
    public override string NoPartners => "Er zijn nog geen partners. Voeg ze eerst toe met `partner toevoegen`.";

    public override string Rule(string code, IReadOnlyList<object> arguments) => code switch
    {
        CommitmentErrors.TitleRequired => TitleRequired,
        CommitmentErrors.TooLong => $"Dit is te lang (hoogstens {Arg(arguments, 0)} tekens).",
        CommitmentErrors.IndicatorNameRequired => IndicatorNameRequired,
        CommitmentErrors.IndicatorUnitRequired => IndicatorUnitRequired,
        CommitmentErrors.DirectionRequired => "Kies of hoger of lager beter is.",
        CommitmentErrors.TargetDateNotAfterBaseline => $"De streefdatum moet na de nulmeting liggen ({Arg(arguments, 0)}).",
        CommitmentErrors.TargetNotBetter => arguments.Count > 0 && arguments[0] is Direction.LowerIsBetter
            ? $"Lager is beter: de streefwaarde moet lager zijn dan de nulmeting ({Arg(arguments, 1)})."
            : $"Hoger is beter: de streefwaarde moet hoger zijn dan de nulmeting ({Arg(arguments, 1)}).",
        CommitmentErrors.MilestoneOutsidePeriod => $"Een mijlpaal ligt tussen de nulmeting ({Arg(arguments, 0)}) en de streefdatum ({Arg(arguments, 1)}).",
        CommitmentErrors.MilestoneDuplicateDate => $"Twee mijlpalen op dezelfde datum ({Arg(arguments, 0)}).",
        CommitmentErrors.MilestoneOutOfOrder => $"Mijlpalen gaan stap voor stap richting de streefwaarde ({Arg(arguments, 1)}), niet terug en niet voorbij.",
        CommitmentErrors.ProgressBeforeBaseline => $"Die datum ligt voor de nulmeting ({Arg(arguments, 0)}).",
        CommitmentErrors.ProgressInFuture => $"Die datum ligt in de toekomst. Meld de stand van vandaag ({Arg(arguments, 0)}) of eerder.",
        CommitmentErrors.GoalAreaRetired => "Dit doel is vervallen. Kies een ander doel.",
        _ => "Dit klopt nog niet.",
    };

    public override string Saved(string code, string partnerName) => $"Toezegging **{code}** opgeslagen voor {partnerName}.";

    public override string SavedRepresentative(string? representativeName, string code) => representativeName is null
        ? $"Deze partner heeft nog geen vertegenwoordiger. Wijs er een aan met **rol**; die kan dan voortgang melden met **voortgang {code}**."
        : $"De vertegenwoordiger, {representativeName}, kan voortgang melden met **voortgang {code}**.";

    public override string NoSharedGoalWarning => "⚠ Deze toezegging dient geen gedeeld doel. Zo ontstaat een projectencarrousel: koppel haar liever aan een kerndoel of leefveld.";

    public override string TargetOutsideProgramme(string targetDay, string programme) =>
        $"De streefdatum ({targetDay}) valt buiten de looptijd van {programme}. Dat is prima: een toezegging mag langer lopen dan een uitvoeringsprogramma.";

    public override string ListTitle(string? filter, int count) => filter is null
        ? $"Toezeggingen ({count})"
        : $"Toezeggingen: {filter} ({count})";

    public override string TitleHeader => "Toezegging";
    public override string PartnerHeader => "Partner";
    public override string PageOf(int page, int pages) => $"Pagina {page} van {pages}";
    public override string PreviousButton => "Vorige";
    public override string NextButton => "Volgende";
    public override string NoCommitments => "Er zijn nog geen toezeggingen. De procesregisseur legt ze vast met `toezegging toevoegen`.";
    public override string NoCommitmentsFor(string filter) => $"Geen toezeggingen gevonden voor {filter}.";

    public override string UnknownFilter(string input, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"Ik ken geen partner, doel of status \"{input}\". Probeer bijv. `toezeggingen risico`."
        : $"Ik ken geen partner, doel of status \"{input}\". Bedoel je {Or(suggestions)}?";

    public override string NoValueYet => "nog niets gemeld";
    public override string NoGoalFlag => "⚠ geen doel";

    public override string ShowUsage => "Welke toezegging? Bijvoorbeeld `toezegging T-17`. Alle toezeggingen zie je met `toezeggingen`.";

    public override string UnknownCommitment(string input, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"Toezegging \"{input}\" ken ik niet. Alle toezeggingen zie je met `toezeggingen`."
        : $"Toezegging \"{input}\" ken ik niet. Bedoel je {Or(suggestions)}?";

    public override string GoalAreaFact => "Doel";
    public override string IndicatorFact => "Indicator";
    public override string BaselineFact => "Nulmeting";
    public override string TargetFact => "Streefwaarde";
    public override string MilestonesFact => "Mijlpalen";
    public override string ProgrammeFact => "Uitvoeringsprogramma";
    public override string ContributionFact => "Bijdrage aan het doel";
    public override string DescriptionFact => "Omschrijving";
    public override string StatusFact => "Status";
    public override string ExpectedFact => "Verwacht op dat moment";
    public override string NoGoalArea => "⚠ geen gedeeld doel (risico op projectencarrousel)";
    public override string ProgressHeader => "Voortgang";
    public override string NoReports => "Nog geen voortgang gemeld.";
    public override string ReportLine(string day, string value, string? reporter) => reporter is null ? $"{day}: **{value}**" : $"{day}: **{value}** ({reporter})";
    public override string EarlierReports(int count) => count == 1 ? "En 1 eerdere melding." : $"En {count} eerdere meldingen.";
    public override string AuditHeader => "Geschiedenis";

    public override string AuditLine(string moment, string? who, string action, string? field, string? oldValue, string? newValue)
    {
        var by = who is null ? string.Empty : $" door {who}";
        return action switch
        {
            CommitmentAudit.Created => $"{moment}: vastgelegd{by}.",
            CommitmentAudit.ProgressReported => $"{moment}: voortgang gemeld{by}: {newValue}.",
            _ => $"{moment}: {field} gewijzigd{by}: {oldValue ?? "—"} → {newValue ?? "—"}.",
        };
    }

    public override string EarlierChanges(int count) => count == 1 ? "En 1 eerdere wijziging." : $"En {count} eerdere wijzigingen.";
    public override string ReportProgressButton => "Voortgang melden";
    public override string StaleNote(int days) => $"Langer dan {days} dagen geen voortgang gemeld.";

    public override string ChooseTitle => "Voor welke toezegging meld je voortgang?";
    public override string NoOwnCommitments => "Je partner heeft nog geen toezeggingen waarop je voortgang kunt melden.";
    public override string ProgressTitle(string code, string title) => $"Voortgang {code} — {title}";
    public override string LastValue(string value, string day) => $"Laatste stand: **{value}** ({day})";
    public override string NoLastValue(string baseline, string day) => $"Nog niets gemeld. Nulmeting: **{baseline}** ({day})";
    public override string NewValueLabel => "Nieuwe stand";
    public override string ProgressDateLabel => "Datum";
    public override string CommentLabel => "Toelichting (mag leeg)";
    public override string CommentPlaceholder => "Wat zit erachter? Bijv. twee flats opgeleverd.";
    public override string ReportButton => "Melden";
    public override string Reported(string day, string time, string value, string status) => $"✔ Gemeld op {day} om {time}: **{value}**. Status: *{status}*.";
    public override string ProgressUsage => "Welke toezegging? Bijvoorbeeld `voortgang T-17`.";

    public override string SummaryTitle(string coalitionName) => $"Stand van de toezeggingen — {coalitionName}";

    public override string SummaryTotals(int total, IReadOnlyDictionary<CommitmentStatus, int> counts) =>
        $"{total} {(total == 1 ? "toezegging" : "toezeggingen")}: " + string.Join(" · ", Enum.GetValues<CommitmentStatus>().Select(s => $"{counts.GetValueOrDefault(s)} {StatusName(s)}"));

    public override string PerPartnerHeader => "Per partner";
    public override string PerGoalAreaHeader => "Per doel";
    public override string NoGoalHeader(int count) => count == 1 ? "⚠ 1 toezegging dient geen gedeeld doel" : $"⚠ {count} toezeggingen dienen geen gedeeld doel";
    public override string NoGoalExplanation => "De bronteksten waarschuwen voor een projectencarrousel: koppel elke toezegging aan een kerndoel of leefveld.";
    public override string MoreRows(int count) => $"En nog {count}.";

    public override string OutdatedCard => "Deze kaart is verouderd. Typ het commando opnieuw, dan krijg je een nieuwe.";
    public override string SomeoneElse => "iemand";

    private static string Arg(IReadOnlyList<object> arguments, int index) => index < arguments.Count ? Show(arguments[index]) : string.Empty;

    private static string Show(object value) => value switch
    {
        LocalDate d => Coalitie.Domain.Parsing.DutchDates.Format(d),
        decimal n => Coalitie.Domain.Parsing.DutchNumbers.Format(n),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) ?? string.Empty,
    };

    private static string Or(IReadOnlyList<string> items) =>
        items.Count == 1 ? $"`{items[0]}`" : string.Join(", ", items.Take(items.Count - 1).Select(i => $"`{i}`")) + $" of `{items[^1]}`";
}
