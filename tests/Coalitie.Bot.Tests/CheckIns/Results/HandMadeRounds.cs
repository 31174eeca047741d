using System.Globalization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using NodaTime;

namespace Coalitie.Bot.Tests.CheckIns.Results;

/// <summary>One person asked in a hand-made round, and their answer (null: not answered).</summary>
internal sealed record Asked(Guid PersonId, Guid? PartnerId, PartnerDomain? Domain, int?[]? Scores, string? Comment = null, char CommentFactor = 'g');

/// <summary>
/// Small rounds built through the real domain API (plan, open, requests, submit, close), so the report builder is fed
/// exactly what storage would give it.
/// </summary>
internal static class HandMadeRounds
{
    public static readonly Guid CoalitionId = new("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid OtherCoalition = new("00000000-0000-0000-0000-0000000000c2");
    public static readonly Guid PartnerA = new("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid PartnerB = new("00000000-0000-0000-0000-00000000000b");
    public static readonly Guid PartnerC = new("00000000-0000-0000-0000-00000000000c");

    public static readonly IReadOnlyDictionary<Guid, string> PartnerNames = new Dictionary<Guid, string>
    {
        [PartnerA] = "Gemeente Havenstad",
        [PartnerB] = "Woonpartners Zuid",
        [PartnerC] = "Politie basisteam Havenstad",
    };

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static Guid Person(int n) => new(string.Create(CultureInfo.InvariantCulture, $"aaaaaaaa-0000-0000-0000-{n:D12}"));

    /// <summary>
    /// The round of most tests ("Q1 2027", pseudonymous, 1–5, threshold 3): six asked, five answered; the fifth answered
    /// "weet niet" to everything (so 4 respondents). Partner A (gemeente) three people, partner B (wonen) two, partner
    /// C (politie) one who did not answer.
    /// </summary>
    public static CheckInRound Current(VisibilityMode visibility = VisibilityMode.Pseudonymous, Guid? coalition = null) =>
        Round(
            "Q1 2027",
            Instant.FromUtc(2027, 1, 5, 9, 0),
            [
                // a  b  c  d     e  f  g  h  i
                new(Person(1), PartnerA, PartnerDomain.Gemeente, [4, 3, 2, 4, 1, 3, 2, 5, 3], "Meldingen komen pas weken later binnen."),
                new(Person(2), PartnerA, PartnerDomain.Gemeente, [4, 3, 3, 5, 2, 4, 2, 4, 2]),
                new(Person(3), PartnerA, PartnerDomain.Gemeente, [3, 3, 2, 4, 2, 4, 1, 4, 4], "Wie beslist er eigenlijk?", 'h'),
                new(Person(4), PartnerB, PartnerDomain.Wonen, [5, 3, 2, null, 3, 4, 2, 3, 3], "Ons mandaat stopt bij 50.000 euro.", 'c'),
                new(Person(5), PartnerB, PartnerDomain.Wonen, [null, null, null, null, null, null, null, null, null]),
                new(Person(6), PartnerC, PartnerDomain.Politie, null),
            ],
            visibility,
            coalition: coalition);

    /// <summary>"P2" (closed 8 Oct 2026): every factor 3,0 except c and e 2,0 and g 2,5.</summary>
    public static CheckInRound Previous() =>
        Round("P2", Instant.FromUtc(2026, 10, 1, 8, 0), [Uniform(7, c: 2, e: 2, g: 2), Uniform(8, c: 2, e: 2, g: 3)]);

    /// <summary>"P1" (closed 9 Jul 2026): every factor 3,0.</summary>
    public static CheckInRound BeforePrevious() =>
        Round("P1", Instant.FromUtc(2026, 7, 1, 8, 0), [Uniform(7), Uniform(8)]);

    /// <summary>A round between P2 and Q1 that must be ignored: everything 5.</summary>
    public static CheckInRound Elsewhere(Guid coalition, SubNetwork? subNetwork = null) =>
        Round("Elders", Instant.FromUtc(2026, 11, 2, 9, 0), [Uniform(9, all: 5), Uniform(10, all: 5)], coalition: coalition, subNetwork: subNetwork);

    public static CheckInRound Round(
        string name,
        Instant opensAt,
        IReadOnlyList<Asked> asked,
        VisibilityMode visibility = VisibilityMode.Pseudonymous,
        Guid? coalition = null,
        SubNetwork? subNetwork = null,
        bool close = true)
    {
        var plan = RoundPlan.Create(
            name,
            RoundAudience.AllRepresentatives(stuurgroep: true),
            RoundSchedule.Now,
            Period.FromDays(7),
            Zone,
            CoalitionContext.Of(CoalitionFormality.Voluntary, 5),
            visibility: RoundVisibility.Of(visibility),
            subNetwork: subNetwork);
        var round = CheckInRound.Create(Guid.NewGuid(), coalition ?? CoalitionId, plan, RoundTrigger.Scheduled, opensAt - Duration.FromDays(1));
        round.Open(opensAt);
        foreach (var person in asked)
        {
            var request = round.AddRequest(Guid.NewGuid(), RespondentKey.Person(person.PersonId), person.PartnerId, person.Domain, opensAt);
            if (person.Scores is { } scores)
            {
                var factors = SlagvaardigheidFactors.Keys.ToDictionary(
                    k => k,
                    k => new FactorAnswer(
                        scores[k - 'a'] is { } s ? FactorScore.Of(s) : FactorScore.DontKnow,
                        k == person.CommentFactor ? person.Comment : null));
                round.Submit(request.Id, new CheckInSubmission(factors), opensAt + Duration.FromHours(2));
            }
        }

        if (close)
        {
            round.Close(opensAt + Duration.FromDays(7));
        }

        return round;
    }

    private static Asked Uniform(int person, int all = 3, int? c = null, int? e = null, int? g = null) =>
        new(Person(person), PartnerA, PartnerDomain.Gemeente, [all, all, c ?? all, all, e ?? all, all, g ?? all, all, all]);
}
