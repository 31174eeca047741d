using System.Globalization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>One invited respondent of a sample round: the partner and domain the answer counts for.</summary>
internal sealed record SampleInvitee(Guid? PartnerId, PartnerDomain? Domain);

/// <summary>
/// Realistic closed rounds of Wijkaanpak Havenkwartier for the card catalogue and the tests: Q3 2026, Q4 2026 and
/// Q1 2027 (information transfer falling twice), a first round of a sub-network, a round nobody answered, and a
/// worst case for card size.
/// </summary>
internal static class ResultsSampleRounds
{
    public static readonly Guid CoalitionId = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d00");
    public static readonly Guid Gemeente = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d01");
    public static readonly Guid Woonpartners = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d02");
    public static readonly Guid Politie = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d03");
    public static readonly Guid Welzijn = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d04");
    public static readonly Guid Basisschool = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d05");
    public static readonly Guid Jongerenwerk = Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d06");

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static IReadOnlyDictionary<Guid, string> PartnerNames { get; } = new Dictionary<Guid, string>
    {
        [Gemeente] = "Gemeente Havenstad",
        [Woonpartners] = "Woonpartners Zuid",
        [Politie] = "Politie basisteam Havenstad",
        [Welzijn] = "Welzijn Havenstad",
        [Basisschool] = "Basisschool De Kade",
        [Jongerenwerk] = "Jongerenwerk Havenkwartier",
    };

    /// <summary>
    /// The 17 people asked each quarter: gemeente 4, Woonpartners 3, politie 2, welzijn 3, basisschool 1 and four
    /// burgerpanel links. In Q1 2027 the first 14 answer: gemeente 4, Woonpartners 3, politie 2, welzijn 1, school 1,
    /// bewoners 3 (so politie, welzijn and onderwijs are too small to show).
    /// </summary>
    public static IReadOnlyList<SampleInvitee> Havenkwartier { get; } =
    [
        new(Gemeente, PartnerDomain.Gemeente), new(Gemeente, PartnerDomain.Gemeente), new(Gemeente, PartnerDomain.Gemeente), new(Gemeente, PartnerDomain.Gemeente),
        new(Woonpartners, PartnerDomain.Wonen), new(Woonpartners, PartnerDomain.Wonen), new(Woonpartners, PartnerDomain.Wonen),
        new(Politie, PartnerDomain.Politie), new(Politie, PartnerDomain.Politie),
        new(Welzijn, PartnerDomain.ZorgEnWelzijn),
        new(Basisschool, PartnerDomain.Onderwijs),
        new(null, PartnerDomain.Bewoners), new(null, PartnerDomain.Bewoners), new(null, PartnerDomain.Bewoners),
        new(Welzijn, PartnerDomain.ZorgEnWelzijn), new(Welzijn, PartnerDomain.ZorgEnWelzijn),
        new(null, PartnerDomain.Bewoners),
    ];

    /// <summary>Q1 2027's scores a–i of the 14 respondents, in the order of <see cref="Havenkwartier"/> (null = weet niet).</summary>
    private static readonly Dictionary<char, int?[]> Q1Scores = new()
    {
        ['a'] = [4, 4, 3, 4, 4, 3, 4, 3, 4, 4, 3, 4, 4, 3],
        ['b'] = [3, 4, 3, 3, 4, 3, 3, 3, 4, 3, 3, 4, 3, 4],
        ['c'] = [3, 3, 2, 3, 2, 3, 3, 3, null, 3, 3, 3, 4, 3],
        ['d'] = [4, 4, 4, 3, 4, 4, 3, 4, 4, 3, 4, null, 3, 4],
        ['e'] = [3, 3, 4, 3, 3, null, 3, 2, 3, 3, 3, 4, 3, 3],
        ['f'] = [3, 3, 3, 4, 3, 3, 4, 3, 3, 3, 4, 3, 3, 3],
        ['g'] = [2, 3, 2, 2, 3, 2, 3, 2, 2, 3, 2, 3, 2, 3],
        ['h'] = [3, 4, 2, 3, 3, 3, 3, 2, 4, 3, 3, 3, 3, 3],
        ['i'] = [4, 3, 4, 3, 4, 4, 3, 3, 3, 4, 3, null, 4, 3],
    };

    /// <summary>Ronde Q1 2027 with the two quarters before it: g falls 3,5 → 3,0 → 2,4 (a DroppedTwice signal).</summary>
    public static (CheckInRound Round, IReadOnlyList<CheckInRound> Earlier) Quarters()
    {
        var q3 = Round(1, Plan("Q3 2026"), Instant.FromUtc(2026, 7, 6, 8, 0), Havenkwartier, 10,
            (i, f) => Uniform(f switch { 'a' => 3.4m, 'b' => 3.2m, 'c' => 3.1m, 'd' => 3.5m, 'e' => 3.3m, 'f' => 3.0m, 'g' => 3.5m, 'h' => 3.2m, _ => 3.1m }, i));
        var q4 = Round(2, Plan("Q4 2026"), Instant.FromUtc(2026, 10, 5, 8, 0), Havenkwartier, 10,
            (i, f) => Uniform(f switch { 'a' => 3.5m, 'b' => 3.4m, 'c' => 3.0m, 'd' => 3.6m, 'e' => 3.2m, 'f' => 3.1m, 'g' => 3.0m, 'h' => 3.1m, _ => 3.3m }, i));
        var q1 = Round(3, Plan("Q1 2027"), Instant.FromUtc(2027, 1, 5, 9, 0), Havenkwartier, 14, (i, f) => Q1Scores[f][i], Q1Comment);
        return (q1, [q3, q4]);
    }

    /// <summary>
    /// The first round of the sub-network "Jeugd en veiligheid" (four partners): named, in a mandated coalition; 9
    /// asked, 7 answered, with comments.
    /// </summary>
    public static CheckInRound FirstRound()
    {
        var subNetwork = SubNetwork.Of("Jeugd en veiligheid", [Gemeente, Politie, Basisschool, Jongerenwerk]);
        var plan = Plan("Start jeugdnetwerk", RoundVisibility.Of(VisibilityMode.Named), formality: CoalitionFormality.Mandated, size: 4, subNetwork: subNetwork);
        SampleInvitee[] invited =
        [
            new(Gemeente, PartnerDomain.Gemeente), new(Gemeente, PartnerDomain.Gemeente), new(Gemeente, PartnerDomain.Gemeente),
            new(Politie, PartnerDomain.Politie), new(Politie, PartnerDomain.Politie), new(Politie, PartnerDomain.Politie),
            new(Jongerenwerk, PartnerDomain.ZorgEnWelzijn), new(Basisschool, PartnerDomain.Onderwijs), new(Jongerenwerk, PartnerDomain.ZorgEnWelzijn),
        ];
        return Round(4, plan, Instant.FromUtc(2027, 2, 1, 9, 0), invited, 7,
            (i, f) => (i + f) % 11 == 0 ? null : 1 + ((i * 7) + (f * 3)) % 5,
            (i, f) => (i, f) switch
            {
                (3, 'g') => "We mogen persoonsgegevens van jongeren niet zomaar delen; daar is een convenant voor nodig.",
                (1, 'c') => "Ik moet voor elk besluit terug naar de wethouder.",
                (6, null) => "Fijne start, maar wie zit de overleggen voor?",
                _ => null,
            });
    }

    /// <summary>A round that closed without a single answer (anonymous, 6 asked).</summary>
    public static CheckInRound Unanswered() =>
        Round(5, Plan("Extra ronde maart 2027", RoundVisibility.Of(VisibilityMode.Anonymous)), Instant.FromUtc(2027, 3, 1, 9, 0), Havenkwartier.Take(6).ToList(), 0, (_, _) => 3);

    /// <summary>
    /// The largest card we can think of: a 120-character round name, a long sub-network name, a seven-point scale with
    /// long labels, 40 partners (120-character names) of three respondents each spread over all eleven domains, and
    /// every factor falling twice to below the threshold (18 signals). Named, so comments are attributed.
    /// </summary>
    public static (CheckInRound Round, IReadOnlyList<CheckInRound> Earlier, IReadOnlyDictionary<Guid, string> PartnerNames) WorstCase()
    {
        var partners = Enumerable.Range(1, 40)
            .Select(p => Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"0b6f3a52-7a8e-4c51-9d0e-{p:D12}")))
            .ToList();
        var names = partners.Select((id, p) => (id, Name: string.Create(CultureInfo.InvariantCulture, $"Stichting voor Maatschappelijke Dienstverlening, Wonen, Welzijn en Veiligheid in Havenstad-Zuid en omstreken, team {p + 1:D2}").PadRight(120, '.')[..120]))
            .ToDictionary(x => x.id, x => x.Name);
        var invited = partners.SelectMany((id, p) => Enumerable.Repeat(new SampleInvitee(id, (PartnerDomain)(p % 11)), 3)).ToList();
        var labels = Enumerable.Range(1, 7)
            .Select(v => new ScaleLabel(v, $"niveau {v}: een uitgebreide omschrijving van dit punt op de schaal", $"level {v}: a long description of this point on the scale"))
            .ToList();
        var scale = CheckInScale.Create(1, 7, labels, allowsDontKnow: true);
        var subNetwork = SubNetwork.Of("Subnetwerk veiligheid, zorg, onderwijs en wonen in de wijken Havenkwartier, Kadewijk, Oude Dokken en het Stationsgebied", partners.Take(30));
        RoundPlan WorstPlan(string name) => Plan(name, RoundVisibility.Of(VisibilityMode.Named), scale, CoalitionFormality.Mandated, 40, subNetwork);
        var longName = "Slagvaardigheidscheck van het eerste kwartaal van 2027 voor het volledige subnetwerk veiligheid, zorg, onderwijs, wonen".PadRight(RoundPlan.MaxNameLength, '.');

        var first = Round(6, WorstPlan("W1"), Instant.FromUtc(2026, 7, 6, 8, 0), invited, invited.Count, (_, _) => 6);
        var second = Round(7, WorstPlan("W2"), Instant.FromUtc(2026, 10, 5, 8, 0), invited, invited.Count, (_, _) => 5);
        var current = Round(8, WorstPlan(longName), Instant.FromUtc(2027, 1, 5, 9, 0), invited, invited.Count, (_, _) => 3, (i, f) => f is null ? $"Algemene toelichting van respondent {i}." : null);
        return (current, [first, second], names);
    }

    /// <summary>The i-th of ten scores whose mean is exactly <paramref name="mean"/> (one decimal).</summary>
    private static int? Uniform(decimal mean, int i)
    {
        var whole = (int)Math.Floor(mean);
        var higher = (int)((mean - whole) * 10);
        return i < higher ? whole + 1 : whole;
    }

    private static string? Q1Comment(int respondent, char? factor) => (respondent, factor) switch
    {
        (4, 'c') => "Ons mandaat stopt bij investeringen boven de 50.000 euro; daarvoor moet het bestuur akkoord geven.",
        (4, 'g') => "Meldingen over overlast komen pas weken later bij ons binnen.",
        (8, 'g') => "We delen wel, maar alleen in het casusoverleg.",
        (12, null) => "Goede sfeer in de stuurgroep, maar we moeten sneller van praten naar doen.",
        _ => null,
    };

    private static RoundPlan Plan(string name, RoundVisibility? visibility = null, CheckInScale? scale = null, CoalitionFormality formality = CoalitionFormality.Voluntary, int size = 6, SubNetwork? subNetwork = null) =>
        RoundPlan.Create(
            name,
            RoundAudience.AllRepresentatives(stuurgroep: true, burgerpanelLink: true),
            RoundSchedule.Now,
            Period.FromDays(10),
            Zone,
            CoalitionContext.Of(formality, size),
            visibility: visibility,
            scale: scale,
            subNetwork: subNetwork);

    /// <summary>
    /// A round opened at <paramref name="opensAt"/>, one request per invitee, the first <paramref name="answered"/>
    /// answering with <paramref name="score"/> (respondent index, factor) a day later, closed ten days after opening.
    /// </summary>
    private static CheckInRound Round(int number, RoundPlan plan, Instant opensAt, IReadOnlyList<SampleInvitee> invited, int answered, Func<int, char, int?> score, Func<int, char?, string?>? comment = null)
    {
        var round = CheckInRound.Create(Id(number, 0), CoalitionId, plan, RoundTrigger.Scheduled, opensAt - Duration.FromDays(7));
        round.Open(opensAt);
        for (var i = 0; i < invited.Count; i++)
        {
            var who = invited[i].PartnerId is null ? RespondentKey.BurgerpanelLink(Id(900, i)) : RespondentKey.Person(Id(800, i));
            round.AddRequest(Id(number, i + 1), who, invited[i].PartnerId, invited[i].Domain, opensAt);
        }

        for (var i = 0; i < answered; i++)
        {
            var respondent = i;
            var factors = SlagvaardigheidFactors.Keys.ToDictionary(
                f => f,
                f => new FactorAnswer(score(respondent, f) is { } s ? FactorScore.Of(s) : FactorScore.DontKnow, comment?.Invoke(respondent, f)));
            round.Submit(Id(number, i + 1), new CheckInSubmission(factors, comment?.Invoke(respondent, null)), opensAt + Duration.FromDays(1) + Duration.FromMinutes(i));
        }

        round.Close(opensAt + Duration.FromDays(10));
        return round;
    }

    private static Guid Id(int group, int index) =>
        Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"6c1d2e3f-{group:D4}-4000-8000-{index:D12}"));
}
