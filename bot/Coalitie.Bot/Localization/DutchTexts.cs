namespace Coalitie.Bot.Localization;

public sealed class DutchTexts : ITexts
{
    public static readonly DutchTexts Instance = new();

    public Language Language => Language.Nl;

    public string WelcomeTitle => "Welkom bij Coalitie";

    public string WelcomePersonal(string? firstName) =>
        $"Hoi{(string.IsNullOrWhiteSpace(firstName) ? string.Empty : " " + firstName)}! Ik ben Coalitie. Ik help de coalitie van de wijkaanpak om het lokaal contract levend te houden: afspraken, toezeggingen, voortgang en de slagvaardigheid van de samenwerking.";

    public string WelcomeGroupChat => "Hallo allemaal! Ik ben Coalitie. Ik help jullie het lokaal contract van de wijkaanpak levend te houden. Spreek me aan met @Coalitie.";

    public string WelcomeChannel(string? teamName) =>
        $"Coalitie is toegevoegd{(string.IsNullOrWhiteSpace(teamName) ? string.Empty : $" aan {teamName}")}. Ik houd hier het lokaal contract, de toezeggingen van de partners en de voortgang bij. Spreek me aan met @Coalitie.";

    public string WelcomeNextStep => "Typ **hulp** om te zien wat ik kan.";

    public string ShowHelpButton => "Wat kan ik?";

    public string HelpTitle => "Coalitie — wat kan ik?";

    public string HelpIntro => "Typ een opdracht in de chat. Hoofdletters en accenten maken niet uit.";

    public string HelpLanguageNote => "Ik praat Nederlands, of Engels als je Teams in het Engels staat. Met **taal en** of **taal nl** kies je zelf.";

    public string HelpChannelNote => "In een kanaal of groepschat: begin je bericht met @Coalitie.";

    public string HelpCommandHeader => "Opdracht";

    public string HelpDescriptionHeader => "Wat het doet";

    public string CommandHelpDescription => "Dit overzicht van alle opdrachten.";

    public string CommandAboutDescription => "Wat Coalitie is en welke versie draait.";

    public string CommandLanguageDescription => "Kies je taal: **taal nl** of **taal en**.";

    public string AboutText(string version) =>
        $"**Coalitie** {version} — de assistent van de wijkaanpak in Teams. Coalitie bewaart het lokaal contract, de partners en hun toezeggingen, houdt de voortgang bij en vraagt de partners geregeld naar de slagvaardigheid van de samenwerking.";

    public string LanguageSet => "Prima, ik praat vanaf nu Nederlands met je.";

    public string LanguageUsage => "Welke taal wil je? Typ `taal nl` voor Nederlands of `taal en` voor Engels.";

    public string EmptyMessage => "Hoi! Wat kan ik voor je doen? Typ `hulp` voor een overzicht.";

    public string TooLong(int maxLength) =>
        $"Dat bericht is te lang om als opdracht te lezen (meer dan {maxLength} tekens). Typ een korte opdracht, bijvoorbeeld `hulp`.";

    public string Unknown(string input, IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => $"Dat begrijp ik niet: \"{input}\". Typ `hulp` om te zien wat ik kan.",
        1 => $"Dat begrijp ik niet: \"{input}\". Bedoel je `{suggestions[0]}`? Typ `hulp` voor alle opdrachten.",
        _ => $"Dat begrijp ik niet: \"{input}\". Bedoel je {string.Join(" of ", suggestions.Select(s => $"`{s}`"))}? Typ `hulp` voor alle opdrachten.",
    };

    public string ButtonWithoutAction => "Deze knop kan ik niet (meer) verwerken. Typ `hulp` om verder te gaan.";

    public string NotSupported => "Dit onderdeel biedt Coalitie (nog) niet aan. Typ `hulp` in de chat om te zien wat wel kan.";

    public string UnknownCardAction => "Deze kaart is verouderd. Vraag een nieuwe op of typ `hulp`.";

    public string Failure => "Sorry, daar ging bij mij iets mis. Er is niets verloren gegaan; probeer het zo nog eens.";
}
