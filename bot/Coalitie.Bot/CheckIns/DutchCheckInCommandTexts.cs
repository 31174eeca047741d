using Coalitie.Bot.Localization;
using Coalitie.Bot.Work;
using Coalitie.Domain.CheckIns;

namespace Coalitie.Bot.CheckIns;

public sealed class DutchCheckInCommandTexts : CheckInCommandTexts
{
    public static DutchCheckInCommandTexts Instance { get; } = new();

    public override Language Language => Language.Nl;

    public override string PlanDescription => "Een slagvaardigheidscheck plannen: eenmalig of elk kwartaal (procesregisseur).";
    public override string StartDescription => "Nu een check-in ronde openen (procesregisseur).";
    public override string StatusDescription => "Wie kreeg de kaart, wie antwoordde, wat mislukte (procesregisseur).";
    public override string RemindDescription => "Nu een herinnering sturen aan wie nog niet antwoordde (procesregisseur).";
    public override string CloseDescription => "De open ronde nu sluiten (procesregisseur).";
    public override string ResultsDescription => "De uitslag van een ronde: `checkin uitslag [ronde]` (procesregisseur, stuurgroep).";
    public override string LinkDescription => "Links voor het burgerpanel: `checkin link [aantal]` (procesregisseur).";
    public override string StuckDescription => "Melden dat de samenwerking vastloopt: `we zitten vast [waarom]`.";

    public override string PlanTitle => "Slagvaardigheidscheck plannen";
    public override string StartTitle => "Slagvaardigheidscheck nu openen";
    public override string PlanIntro => "Kies wanneer de negen factoren worden gevraagd, aan wie, en hoe lang de ronde open staat. Weekenden en feestdagen worden overgeslagen als je dat kiest.";
    public override string StartIntro(string? stuckReason) => stuckReason is null
        ? "De ronde gaat direct open: iedereen in het publiek krijgt nu de kaart."
        : $"Gevraagd omdat de samenwerking vastloopt: \"{stuckReason}\". De ronde gaat direct open.";
    public override string FirstRoundIntro => "Bij de start van een samenwerking raden de bronteksten aan de negen factoren samen te bekijken: waar staan we, wat moet sterker? De ronde gaat direct open.";
    public override string NameLabel => "Naam van de ronde";
    public override string WhenLabel => "Wanneer";
    public override string WhenNow => "Nu openen";
    public override string WhenOnce => "Eenmalig, op een datum";
    public override string WhenMonthly => "Elke maand";
    public override string WhenQuarterly => "Elk kwartaal";
    public override string WhenHalfYearly => "Elk half jaar";
    public override string DateLabel => "Datum (bij eenmalig)";
    public override string WeekLabel => "Welke week van de maand (bij herhalen)";
    public override IReadOnlyList<string> Weeks { get; } = ["eerste", "tweede", "derde", "vierde", "laatste"];
    public override string DayLabel => "Dag";
    public override IReadOnlyList<string> Days { get; } = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
    public override string TimeLabel => "Tijd (tijdzone van de coalitie)";
    public override string SkipLabel => "Valt het op een weekend of feestdag: schuif op naar de eerstvolgende werkdag";
    public override string GoedeVrijdagToggle => "Goede Vrijdag telt als vrije dag";
    public override string BevrijdingsdagToggle => "Bevrijdingsdag alleen elke vijf jaar vrij (2025, 2030, …), zoals in veel cao's";
    public override string OpenDaysLabel => "Hoeveel dagen open";
    public override string RemindLabel => "Herinnering: hoeveel dagen vóór sluiten (0 = geen)";
    public override string RemindMaxLabel => "Hoeveel herinneringen hooguit (dagelijks tot sluiten)";
    public override string AudienceLabel => "Wie krijgt de kaart";
    public override string AllPartners => "Alle partnervertegenwoordigers";
    public override string SelectedPartnersLabel => "Of alleen deze partners (laat leeg voor iedereen)";
    public override string SubNetworkLabel => "Naam van dit deelnetwerk (bij een keuze van partners, mag leeg)";
    public override string StuurgroepToggle => "Ook de stuurgroep";
    public override string BurgerpanelToggle => "Burgerpanel via een weblink (`checkin link`)";
    public override string VisibilityLabel => "Wie ziet wie wat antwoordde";
    public override string VisibilityNamed => "Met naam";
    public override string VisibilityPseudonymous => "Pseudoniem (alleen de procesregisseur ziet namen)";
    public override string VisibilityAnonymous => "Anoniem (niemand ziet namen)";
    public override string MinimumGroupLabel => "Uitslag per partner of domein pas vanaf zoveel antwoorden";
    public override string DontKnowToggle => "\"Weet niet / niet van toepassing\" als antwoord toestaan";
    public override string PlanButton => "Plannen";
    public override string StartButton => "Ronde openen";
    public override string FixHint => "Niet alles klopt nog; kijk bij de rode regels.";
    public override string NumberInvalid(int min, int max) => $"Vul een heel getal van {min} tot en met {max} in.";
    public override string DateRequired => "Kies de datum van de eenmalige ronde.";
    public override string DateInvalid => "Die datum kan ik niet lezen; kies hem in de kalender.";
    public override string TimeInvalid => "Die tijd kan ik niet lezen; gebruik bijvoorbeeld 10:00.";
    public override string PartnersRequired => "Kies minstens één partner, of zet \"Alle partnervertegenwoordigers\" aan.";
    public override string SubNetworkNeedsPartners => "Een deelnetwerk is een keuze van partners: kies die partners hierboven.";
    public override string AudienceEmpty => "Kies wie de kaart krijgt: partnervertegenwoordigers, de stuurgroep of het burgerpanel.";
    public override string NameRequired => "Geef de ronde een naam, bijvoorbeeld Q1 2027.";
    public override string NameTaken(string name) => $"Er is al een ronde {name}; kies een andere naam (bijvoorbeeld met de maand erbij).";
    public override string NameTooLong(int max) => $"De naam is te lang: hooguit {max} tekens.";
    public override string OneOffInPast => "Die datum en tijd zijn al voorbij; kies een moment in de toekomst of \"Nu openen\".";

    public override string Planned(string name, string opensAt, bool recurring) => recurring
        ? $"Ronde {name} staat gepland: de eerste opent {opensAt}, daarna steeds volgens het schema."
        : $"Ronde {name} staat gepland en opent {opensAt}.";
    public override string Opened(string name, int requests, string until, bool burgerpanel) =>
        $"Ronde {name} is open tot {until}. {requests} {(requests == 1 ? "persoon krijgt" : "mensen krijgen")} nu de kaart."
        + (burgerpanel ? " Maak links voor het burgerpanel met „checkin link [aantal]”." : string.Empty);
    public override string OpenedNobody(string name) =>
        $"Ronde {name} is open, maar niemand in het gekozen publiek is bereikbaar: wijs eerst vertegenwoordigers of stuurgroepleden aan met „rol”.";
    public override string AlreadyPlanned(string name) => $"Ronde {name} is al gepland of open.";
    public override string NoRounds => "Er is nog geen check-in ronde. Plan er een met `checkin plan`, of open er nu een met `checkin start`.";
    public override string NoOpenRound => "Er is geen open ronde. Open er een met `checkin start`.";
    public override string NoClosedRound => "Er is nog geen gesloten ronde; de uitslag komt als een ronde sluit. Zie `checkin status`.";
    public override string Reminded(string name, int count) =>
        $"Herinnering voor ronde **{name}** gaat naar {count} {(count == 1 ? "persoon" : "mensen")} die nog niet antwoordde{(count == 1 ? string.Empty : "n")}.";
    public override string NothingToRemind(string name) => $"Iedereen heeft ronde **{name}** al beantwoord; er is niemand om te herinneren.";
    public override string ClosedNow(string name, int answered, int asked) =>
        $"Ronde **{name}** is gesloten: {answered} van {asked} geantwoord. De uitslag gaat naar de procesregisseur en de stuurgroep.";
    public override string RoundUnknown(string text, IReadOnlyList<string> names) => names.Count == 0
        ? $"Ik ken geen ronde \"{text}\"."
        : $"Ik ken geen ronde \"{text}\". Bedoel je {string.Join(" of ", names.Select(n => $"**{n}**"))}?";
    public override string NotClosedYet(string name, string closes) =>
        $"Ronde **{name}** is nog open (tot {closes}); de uitslag komt als de ronde sluit. Nu sluiten kan met `checkin sluit`.";
    public override string OutdatedCard => "Deze kaart is verouderd. Vraag de procesregisseur om een nieuwe.";
    public override string NotYourCard(string name) => $"Deze kaart is voor {name}: alleen die persoon kan hem invullen.";
    public override string NotOpenYet(string name) => $"Ronde {name} is nog niet open.";
    public override string SubmitClosed(string name) => $"Ronde {name} is gesloten; antwoorden of wijzigen kan niet meer.";
    public override string FixAnswers => "Nog niet alles is ingevuld; kijk bij de rode regels.";
    public override string ExportReadyTitle(string name) => $"Uitslag {name} als Excel";
    public override string ExportReady(string fileName, int hours) => $"{fileName} staat klaar. De link werkt {hours} uur; daarna maak je met dezelfde knop een nieuwe.";
    public override string DownloadButton => "Downloaden";
    public override string LinkCount => "Geef een aantal links van 1 tot en met 200, bijvoorbeeld `checkin link 12`.";

    public override string StatusTitle(string name) => $"Stand van ronde {name}";
    public override string StatusSummary(int answered, int asked, string? closes, string status) =>
        $"{status}. {answered} van {asked} geantwoord" + (closes is null ? "." : $"; sluit {closes}.");
    public override string RoundStatus(RoundStatus status) => status switch
    {
        Domain.CheckIns.RoundStatus.Planned => "Gepland",
        Domain.CheckIns.RoundStatus.Open => "Open",
        _ => "Gesloten",
    };
    public override string Answered => "geantwoord";
    public override string NotAnswered => "nog niet geantwoord";
    public override string Delivery(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "wordt verstuurd",
        DeliveryState.Sent => "kaart in 1-op-1 chat",
        DeliveryState.SentToChannel => "kaart in het kanaal (1-op-1 kon niet)",
        DeliveryState.Throttled => "wacht: Teams vraagt even te wachten",
        DeliveryState.NotInstalled => "mislukt: de app is niet geïnstalleerd voor deze persoon",
        DeliveryState.Blocked => "mislukt: de app is geblokkeerd",
        DeliveryState.Gone => "mislukt: het gesprek bestaat niet meer",
        _ => "mislukt",
    };
    public override string DeliveryReason(string code) => $"reden: {code}";
    public override string Burgerpanel(int answered, int links) => $"Burgerpanel: {answered} van {links} links gebruikt.";
    public override string PlannedRounds => "Gepland";
    public override string PlannedRound(string name, string at) => $"{name}: opent {at}";

    public override string StuckTitle => "Loopt de samenwerking vast?";
    public override string StuckIntro => "De bronteksten raden aan de negen factoren dan samen te bekijken. Ik vraag de procesregisseur om nu een check-in ronde te openen. Waarom loopt het vast?";
    public override string StuckReasonLabel => "Wat gebeurt er (de procesregisseur leest dit)";
    public override string StuckSend => "Vraag een ronde aan";
    public override string StuckReasonMissing => "Schrijf in een paar woorden waarom de samenwerking vastloopt.";
    public override string StuckSent(int procesregisseurs) =>
        $"Verstuurd. De procesregisseur{(procesregisseurs == 1 ? string.Empty : "s")} krijg{(procesregisseurs == 1 ? "t" : "en")} je vraag met je toelichting en kan nu een ronde openen.";
    public override string StuckNoProcesregisseur => "Deze coalitie heeft geen procesregisseur om je vraag aan te sturen. Vraag in het kanaal wie die rol krijgt.";
    public override string StuckRequestTitle => "Verzoek: nu een slagvaardigheidscheck";
    public override string StuckRequest(string who, string reason) => $"{who} meldt dat de samenwerking vastloopt: \"{reason}\"";
    public override string StuckOpenButton => "Ronde nu openen";
    public override string StuckOpenRound(string name) => $"Vastlopen {name}";
}
