namespace Coalitie.Domain.CheckIns;

/// <summary>
/// One of the nine <i>slagvaardigheid</i> factors (brief §2, from D2 §5: <i>Criteria voor slagvaardigheid in
/// samenwerking</i>).
/// </summary>
/// <param name="Key">The factor's letter, a to i.</param>
/// <param name="DutchName">The Dutch name, as in the brief.</param>
/// <param name="EnglishName">The English name, as in the brief.</param>
/// <param name="DutchSummary">A one-line Dutch summary for the card (our wording).</param>
/// <param name="EnglishSummary">The same one-line summary in English (our wording).</param>
/// <param name="DutchDefinition">
/// The full definition in Dutch. The brief gives the definition only as an English "full translation" of D2; this
/// Dutch text renders that translation back into Dutch sentence by sentence. It is not D2's original wording.
/// </param>
/// <param name="EnglishDefinition">The full definition exactly as the brief's §2 table gives it (markdown italics removed).</param>
public sealed record SlagvaardigheidFactor(
    char Key,
    string DutchName,
    string EnglishName,
    string DutchSummary,
    string EnglishSummary,
    string DutchDefinition,
    string EnglishDefinition)
{
    /// <summary>The id of the card input and of the form field errors for this factor, e.g. "factor-a".</summary>
    public string FieldName => CheckInFieldNames.Factor(Key);
}

/// <summary>The nine <i>slagvaardigheid</i> factors a–i, in order.</summary>
public static class SlagvaardigheidFactors
{
    public static readonly SlagvaardigheidFactor Drive = new(
        'a',
        "Drive",
        "Drive",
        "initiatief, motivatie en gedeeld urgentiegevoel",
        "initiative, motivation and a shared sense of urgency",
        "De mate waarin er sprake is van initiatief (bij voorkeur van onderop), motivatie van de deelnemende actoren en een gedeeld gevoel van urgentie.",
        "The extent to which there is initiative (preferably bottom-up), motivation of the participating actors and a shared sense of urgency.");

    public static readonly SlagvaardigheidFactor InhoudelijkeRichting = new(
        'b',
        "Inhoudelijke richting",
        "Substantive direction",
        "gedeelde analyse, doelen en erkende coördinatie",
        "shared analysis, objectives and recognised coordination",
        "De mate waarin er sprake is van een gedeelde analyse, doelstellingen en wederzijds erkende coördinatie.",
        "The extent to which there is a shared analysis, objectives and mutually recognised coordination.");

    public static readonly SlagvaardigheidFactor Organisatiemandaat = new(
        'c',
        "Organisatiemandaat",
        "Organisational mandate",
        "mandaat van de eigen organisatie om besluiten te nemen",
        "authority from one's own organisation to take decisions",
        "De mate waarin deelnemende actoren door de organisaties die zij vertegenwoordigen gemachtigd zijn om besluiten te nemen.",
        "The extent to which participating actors are authorised by the organisations they represent to take decisions.");

    public static readonly SlagvaardigheidFactor OperationeleEenheid = new(
        'd',
        "Operationele eenheid",
        "Operational unity",
        "werken op een gemeenschappelijke schaal, van regio tot straat",
        "working on a common scale, from region to street",
        "De mate waarin deelnemende partijen op een gemeenschappelijke schaal kunnen opereren, of daarbinnen hun weg weten te vinden (regio, stad, wijk, buurtcombinatie, buurt of straat).",
        "The extent to which participating parties can operate on a common scale, or find their way within one (region, city, district, buurtcombinatie [cluster of neighbourhoods], neighbourhood or street).");

    public static readonly SlagvaardigheidFactor NormatieveBalans = new(
        'e',
        "Normatieve balans",
        "Normative balance",
        "balans tussen controle en vertrouwen",
        "balance between control and trust",
        "De mate waarin het netwerk erin slaagt een balans te vinden tussen controle en vertrouwen, in de aanpak (repressief versus preventief) en in de samenwerking (regulering versus persoonlijk contact).",
        "The extent to which the network succeeds in finding a balance between control and trust, in approach (repressive versus preventive) and in collaboration (regulation versus personal contact).");

    public static readonly SlagvaardigheidFactor InstrumenteleAfstemming = new(
        'f',
        "Instrumentele afstemming",
        "Instrumental alignment",
        "interventies in goed onderling overleg inzetten",
        "deploying interventions in good mutual consultation",
        "De mate waarin actoren erin slagen interventies (van licht tot zwaar) in goed onderling overleg in te zetten.",
        "The extent to which actors succeed in deploying interventions (from light to heavy) in good mutual consultation.");

    public static readonly SlagvaardigheidFactor Informatieoverdracht = new(
        'g',
        "Informatieoverdracht",
        "Information transfer",
        "informatie kunnen en willen delen",
        "being able and willing to share information",
        "De mate waarin partijen in staat en bereid zijn om informatie te delen. Privacy kan hierbij een rol spelen, maar ook terughoudendheid om te delen (la condition humaine).",
        "The extent to which parties are able and willing to share information. Privacy can play a role here, but so can reluctance to share (la condition humaine).");

    public static readonly SlagvaardigheidFactor Regie = new(
        'h',
        "Regie",
        "Direction / coordination",
        "afspraken over regie maken én nakomen",
        "agreeing on direction and keeping to it",
        "De mate waarin partijen afspraken maken over sturing, coaching, voorzitterschap, \"of hoe het ook genoemd wordt\", en zich daar vervolgens ook daadwerkelijk aan houden.",
        "The extent to which parties agree on, and then actually comply with, arrangements about steering, coaching, chairing, \"or whatever name it is given\".");

    public static readonly SlagvaardigheidFactor VerhoudingActieEnBorging = new(
        'i',
        "Verhouding tussen actie en borging",
        "Balance of action and embedding",
        "resultaten, verankerd in de organisaties",
        "results, anchored in the organisations",
        "Samenwerking komt pas echt op gang als er resultaten zijn. Dat vraagt om actie, bij voorkeur verankerd in de organisaties.",
        "Collaboration only really gets going once there are results. That requires action, preferably anchored in the organisations.");

    /// <summary>All nine, a to i.</summary>
    public static IReadOnlyList<SlagvaardigheidFactor> All { get; } =
    [
        Drive,
        InhoudelijkeRichting,
        Organisatiemandaat,
        OperationeleEenheid,
        NormatieveBalans,
        InstrumenteleAfstemming,
        Informatieoverdracht,
        Regie,
        VerhoudingActieEnBorging,
    ];

    /// <summary>The keys a to i, in order.</summary>
    public static IReadOnlyList<char> Keys { get; } = [.. All.Select(f => f.Key)];

    /// <summary>Whether <paramref name="key"/> is one of a–i (lower case).</summary>
    public static bool IsKey(char key) => key is >= 'a' and <= 'i';

    /// <summary>The factor with letter <paramref name="key"/>; null when there is none.</summary>
    public static SlagvaardigheidFactor? Find(char key) => IsKey(key) ? All[key - 'a'] : null;
}
