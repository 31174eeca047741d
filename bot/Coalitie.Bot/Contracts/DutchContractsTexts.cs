using Coalitie.Bot.Localization;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Bot.Contracts;

internal sealed class DutchContractsTexts : ContractsTexts
{
    public static DutchContractsTexts Instance { get; } = new();

    public override Language Language => Language.Nl;

    protected override string AndWord => " en ";

    public override string Years(int years) => $"{years} jaar";

    protected override string Months(int months) => months == 1 ? "1 maand" : $"{months} maanden";

    protected override string Days(int days) => days == 1 ? "1 dag" : $"{days} dagen";

    public override string KindName(ContractKind kind) => kind switch
    {
        ContractKind.Contract => "lokaal contract",
        ContractKind.Convenant => "convenant",
        ContractKind.Pact => "pact",
        ContractKind.Intentieverklaring => "intentieverklaring",
        _ => kind.ToString(),
    };

    public override string VersionKindName(ContractVersionKind kind) => kind switch
    {
        ContractVersionKind.Vastgesteld => "vastgesteld",
        ContractVersionKind.Herzien => "herzien",
        ContractVersionKind.Bijgesteld => "bijgesteld",
        ContractVersionKind.Aangescherpt => "aangescherpt",
        _ => kind.ToString(),
    };

    public override string FieldName(ContractField field) => field switch
    {
        ContractField.Title => "Titel",
        ContractField.Area => "Gebied",
        ContractField.Kind => "Soort",
        ContractField.SignedOn => "Ondertekend",
        ContractField.Horizon => "Horizon",
        ContractField.ReviewCycle => "Evaluatie",
        ContractField.Principles => "Uitgangspunten en ambities",
        ContractField.DocumentUrl => "Document",
        _ => field.ToString(),
    };

    public override string Cycle(ReviewCycle cycle) => $"elke {Years(cycle.Years)}";

    public override string NotSet => "(niet ingevuld)";

    public override string CommandContractDescription => "Het lokaal contract: horizon, evaluatie, programma's, ondertekening en versies.";

    public override string CommandEditDescription => "Het contract vastleggen of wijzigen (nieuwe versie met reden). Alleen de procesregisseur.";

    public override string CommandSignDescription => "Een ondertekening vastleggen: partner, wie, functie en datum.";

    public override string CommandVersionDescription => "Alle versies van het contract, of één versie: **contract versie 2**.";

    public override string CommandProgrammeDescription => "Een uitvoeringsprogramma (3 à 4 jaar) aan het contract toevoegen.";

    public override string NoContract => "Er is nog geen lokaal contract. De procesregisseur legt het vast met `contract bewerken`.";

    public override string ProposeChange(IReadOnlyList<string> procesregisseurs) => procesregisseurs.Count switch
    {
        0 => "Wil je een wijziging voorstellen? Leg die voor aan de procesregisseur.",
        1 => $"Wil je een wijziging voorstellen? Leg die voor aan {procesregisseurs[0]} (procesregisseur).",
        _ => $"Wil je een wijziging voorstellen? Leg die voor aan {string.Join(", ", procesregisseurs.Take(procesregisseurs.Count - 1))} of {procesregisseurs[^1]} (procesregisseurs).",
    };

    public override string ChangedMeanwhile => "Het contract is intussen door iemand anders gewijzigd. Bekijk de nieuwe stand met **contract** en probeer het daarna opnieuw.";

    public override string FormOutdated => "Deze kaart is verouderd. Vraag een nieuwe op met **contract**.";

    public override string KindLabel => "Soort";

    public override string AreaLabel => "Gebied";

    public override string SignedOnLabel => "Ondertekend";

    public override string NotSignedYet => "nog niet";

    public override string HorizonLabel => "Horizon";

    public override string ReviewLabel => "Evaluatie";

    public override string Review(ReviewCycle cycle, LocalDate? nextReview) => nextReview is { } date
        ? $"{Cycle(cycle)} · volgende {Date(date)}"
        : $"{Cycle(cycle)} · geen evaluatie meer voor het einde van de horizon";

    public override string VersionLabel => "Versie";

    public override string VersionFact(int number, ContractVersionKind kind, LocalDate day) => $"{number} · {VersionKindName(kind)} op {Date(day)}";

    public override string DocumentLabel => "Document";

    public override string OpenDocument => "Contract openen";

    public override string NoDocument => "nog geen link";

    public override string PrinciplesLabel => "Uitgangspunten en ambities";

    public override string ProgrammesHeader => "Uitvoeringsprogramma's";

    public override string NoProgrammes => "Nog geen uitvoeringsprogramma's. Voeg er een toe met **programma toevoegen**.";

    public override string SignatoriesHeader => "Ondertekend door";

    public override string NoSignatories => "Nog niemand. Leg een handtekening vast met **contract ondertekenen**.";

    public override string SignedCount(int signedCount, int partners) => $"{signedCount} van de {partners} actieve partners {(signedCount == 1 ? "heeft" : "hebben")} getekend.";

    public override string AndMore(int count) => $"… en nog {count}.";

    public override string VersionsHeader => "Versies";

    public override string VersionLine(int number, ContractVersionKind kind, LocalDate day) => $"Versie {number} · {VersionKindName(kind)} · {Date(day)}";

    public override string ShowButton => "Bekijk";

    public override string AllVersionsButton => "Alle versies";

    public override string EditButton => "Wijzigen";

    public override string SignButton => "Ondertekening vastleggen";

    public override string AddProgrammeButton => "Programma toevoegen";

    public override string ShowContractButton => "Contract bekijken";

    public override string VersionsTitle(string contractTitle) => $"Versies van {contractTitle}";

    public override string Page(int page, int pages) => $"Pagina {page} van {pages}";

    public override string NextPage => "Volgende";

    public override string PreviousPage => "Vorige";

    public override string VersionTitle(int number, string contractTitle) => $"Versie {number} van {contractTitle}";

    public override string CurrentVersionNote => "Dit is de huidige versie.";

    public override string EarlierVersionNote(int current) => $"Dit is een eerdere versie, alleen om te lezen. De huidige is versie {current}.";

    public override string ReasonLabel => "Reden";

    public override string ChangesHeader => "Wat veranderde";

    public override string FieldHeader => "Veld";

    public override string WasHeader => "Was";

    public override string BecomesHeader => "Wordt";

    public override string PreviousVersion => "Vorige versie";

    public override string NextVersion => "Volgende versie";

    public override string NoSuchVersion(string asked, int latest) => latest == 1
        ? $"Versie {asked} bestaat niet: het contract heeft alleen versie 1."
        : $"Versie {asked} bestaat niet: het contract heeft versie 1 tot en met {latest}.";

    public override string NewContractTitle => "Lokaal contract vastleggen";

    public override string EditContractTitle(int currentVersion) => $"Contract wijzigen (nu versie {currentVersion})";

    public override string NewContractIntro => "Dit wordt versie 1. Data mag je schrijven als 1-1-2026 of 1 januari 2026.";

    public override string EditContractIntro => "Pas aan wat verandert en zeg waarom. Er komt een nieuwe versie bij; de vorige blijft leesbaar.";

    public override string TitleLabel => "Titel";

    public override string TitleRequired => "Vul een titel in.";

    public override string AreaRequired => "Vul het gebied of de wijk in.";

    public override string DatePlaceholder => "bijv. 1-1-2026";

    public override string HorizonStartLabel => "Horizon: begin";

    public override string HorizonEndLabel => "Horizon: einde (laatste dag)";

    public override string DateRequired => "Vul een datum in.";

    public override string ReviewCycleLabel => "Evaluatie";

    public override string DocumentUrlLabel => "Link naar het contractdocument";

    public override string DocumentUrlMessage => "Een link begint met https:// (of http://).";

    public override string VersionKindLabel => "Soort wijziging";

    public override string VersionKindRequired => "Kies of het contract herzien, bijgesteld of aangescherpt is.";

    public override string ReasonPlaceholder => "bijv. evaluatie 2030: doelen wonen aangescherpt";

    public override string ReasonRequiredMessage => "Zeg kort waarom het contract verandert.";

    public override string VersionDateLabel => "Datum van de wijziging";

    public override string AdoptedOnLabel => "Vastgesteld op";

    public override string SaveButton => "Opslaan als nieuwe versie";

    public override string CreateButton => "Vastleggen";

    public override string UnreadableDate => "Die datum kan ik niet lezen. Schrijf bijv. 1-3-2027 of 1 maart 2027.";

    public override string FixErrors => "Er klopt nog iets niet; kijk bij de rode regels.";

    public override string ErrorText(string code, IReadOnlyList<object> arguments) => code switch
    {
        ContractErrors.TitleRequired => TitleRequired,
        ContractErrors.AreaRequired => AreaRequired,
        ContractErrors.TooLong => $"Dat is te lang: maximaal {Arg(arguments, 0)} tekens.",
        ContractErrors.HorizonEndBeforeStart => "Het einde ligt voor het begin.",
        ContractErrors.HorizonOutOfBounds => $"De horizon moet {Arg(arguments, 0)} tot {Arg(arguments, 1)} jaar beslaan (de bronnen: minstens tien, liefst twintig jaar).",
        ContractErrors.ReviewCycleInvalid or ContractErrors.ReviewCycleOutOfBounds => $"Kies elke {Arg(arguments, 0)} tot {Arg(arguments, 1)} jaar.",
        ContractErrors.DocumentUrlInvalid => DocumentUrlMessage,
        ContractErrors.SignedAfterEnd => "De ondertekening ligt na het einde van de horizon.",
        ContractErrors.NoChanges => "Er is niets veranderd. Pas minstens één veld aan.",
        ContractErrors.ReasonRequired => ReasonRequiredMessage,
        ContractErrors.VersionKindInvalid => VersionKindRequired,
        ContractErrors.VersionDateBeforePrevious => $"De vorige versie is van {DateArg(arguments, 0)}; kies die datum of later.",
        ContractErrors.VersionUnknown => NoSuchVersion(Arg(arguments, 0), Number(arguments, 1)),
        ContractErrors.HorizonExcludesProgramme => $"Het programma '{Arg(arguments, 0)}' valt dan buiten de horizon. Pas eerst het programma aan.",
        ContractErrors.HorizonEndsBeforeSignature => $"Er is al getekend op {DateArg(arguments, 0)}; de horizon kan niet eerder eindigen.",
        ContractErrors.ProgrammeNameRequired => ProgrammeNameRequired,
        ContractErrors.ProgrammeNameTaken => $"Er is al een programma '{Arg(arguments, 0)}'. Kies een andere naam.",
        ContractErrors.ProgrammeEndBeforeStart => "Het programma eindigt voor het begint.",
        ContractErrors.ProgrammeOutsideHorizon => $"Een programma valt binnen de horizon van het contract ({ShortDateArg(arguments, 0)} – {ShortDateArg(arguments, 1)}).",
        ContractErrors.ProgrammeUnknown => "Dat programma bestaat niet (meer).",
        ContractErrors.AlreadySigned => $"Deze partner heeft al getekend, op {DateArg(arguments, 0)}.",
        ContractErrors.SignatoryNameRequired => PersonNameRequired,
        ContractErrors.SignatoryFunctionRequired => FunctionRequired,
        ContractErrors.SignatureAfterEnd => $"Het contract loopt tot en met {DateArg(arguments, 0)}; een handtekening daarna kan niet.",
        ContractErrors.SignatureInFuture => $"Een handtekening kan niet in de toekomst liggen (vandaag is het {DateArg(arguments, 0)}).",
        _ => "Dat kan zo niet.",
    };

    public override string CreatedReceipt(string title) => $"✔ {title} is vastgelegd als versie 1.";

    public override string VersionReceipt(int number, ContractVersionKind kind, LocalDate day) => $"✔ Versie {number} vastgelegd: {VersionKindName(kind)} op {Date(day)}.";

    public override string SignTitle(string contractTitle) => $"Ondertekening van {contractTitle}";

    public override string SignIntro => "Leg vast welke bestuurder namens een partner heeft getekend.";

    public override string PartnerLabel => "Partner";

    public override string PartnerRequired => "Kies de partner.";

    public override string PartnerNamePlaceholder => "naam van de partner";

    public override string PersonNameLabel => "Getekend door";

    public override string PersonNamePlaceholder => "bijv. Ingrid Jansen";

    public override string PersonNameRequired => "Vul in wie heeft getekend.";

    public override string FunctionLabel => "Functie";

    public override string FunctionPlaceholder => "bijv. wethouder, directeur-bestuurder";

    public override string FunctionRequired => "Vul de functie in.";

    public override string SignDateLabel => "Datum van ondertekening";

    public override string RecordSignatureButton => "Vastleggen";

    public override string SignedReceipt(string partner, string person, string role, LocalDate day) =>
        $"✔ {partner} heeft getekend: {person} ({role}), {Date(day)}.";

    public override string AllPartnersSigned => "Alle actieve partners hebben het contract al getekend.";

    public override string NoPartners => "Er zijn nog geen partners. Voeg ze toe met `partner toevoegen`.";

    public override string UnknownPartner(string name, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"Ik ken geen partner '{name}'. Bekijk de partners met **partners**."
        : $"Ik ken geen partner '{name}'. Bedoel je {string.Join(" of ", suggestions.Select(s => $"**{s}**"))}?";

    public override string PartnerHasLeft(string partner) => $"{partner} is uit de coalitie gestapt en kan niet meer tekenen.";

    public override string ProgrammeTitle(string contractTitle) => $"Uitvoeringsprogramma voor {contractTitle}";

    public override string ProgrammeIntro(DateInterval horizon) =>
        $"Meestal 3 à 4 jaar, binnen de horizon van het contract ({ShortDate(horizon.Start)} – {ShortDate(horizon.End)}).";

    public override string ProgrammeNameLabel => "Naam";

    public override string ProgrammeNamePlaceholder => "bijv. Uitvoeringsprogramma 2026–2029";

    public override string ProgrammeNameRequired => "Geef het programma een naam.";

    public override string ProgrammeStartLabel => "Begin";

    public override string ProgrammeEndLabel => "Einde (laatste dag)";

    public override string AddButton => "Toevoegen";

    public override string ProgrammeReceipt(string name, DateInterval period) => $"✔ Programma '{name}' toegevoegd: {Range(period)}.";

    public override string Warning(string code, IReadOnlyList<object> arguments) => code switch
    {
        ContractErrors.ProgrammeUnusualLength => $"Let op: gebruikelijk is {Arg(arguments, 0)} à {Arg(arguments, 1)} jaar. Het programma is wel opgeslagen.",
        _ => "Let op: controleer dit programma.",
    };
}
