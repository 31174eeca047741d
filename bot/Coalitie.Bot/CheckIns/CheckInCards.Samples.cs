using Coalitie.Bot.Cards;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.CheckIns;

public static partial class CheckInCards
{
    /// <summary>Sander's request in the sample round (answered).</summary>
    internal static readonly Guid SampleAnsweredRequestId = Guid.Parse("6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e01");

    /// <summary>Ingrid's request in the sample round (not answered yet).</summary>
    internal static readonly Guid SampleOpenRequestId = Guid.Parse("6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e02");

    /// <summary>The moment the sample cards are looked at: ma 11 jan 2027, 09:20 in Amsterdam.</summary>
    internal static readonly Instant SampleNow = Instant.FromUtc(2027, 1, 11, 8, 20);

    /// <summary>Every check-in card in every state, with realistic data (Havenkwartier, ronde Q1 2027), for the card catalogue.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = DutchCheckInTexts.Instance;
        var en = EnglishCheckInTexts.Instance;
        var round = SampleRound();
        var answered = round.Requests.Single(r => r.Id == SampleAnsweredRequestId);
        var open = round.Requests.Single(r => r.Id == SampleOpenRequestId);
        var closed = SampleRound();
        closed.Close(Instant.FromUtc(2027, 1, 15, 9, 0));
        var closedAnswered = closed.Requests.Single(r => r.Id == SampleAnsweredRequestId);
        var closedOpen = closed.Requests.Single(r => r.Id == SampleOpenRequestId);

        yield return ("checkin.nl", Form(nl, round, open, FormState.Empty));
        yield return ("checkin.en", Form(en, round, open, FormState.Empty));
        yield return ("checkin-channel.nl", Form(nl, round, open, FormState.Empty, ["29:1sander-de-vries", "29:1ingrid-jansen"]));
        yield return ("checkin-edit.nl", Form(nl, round, answered, FormState.Empty));
        yield return ("checkin-edit.en", Form(en, round, answered, FormState.Empty));
        yield return ("checkin-refused.nl", Form(nl, round, open, Refused(nl)));
        yield return ("checkin-receipt.nl", Receipt(nl, round, answered, "Sander", SampleNow));
        yield return ("checkin-receipt.en", Receipt(en, round, answered, "Sander", SampleNow));
        yield return ("checkin-receipt-after-close.nl", Receipt(nl, closed, closedAnswered, "Sander", Instant.FromUtc(2027, 1, 15, 10, 0)));
        yield return ("checkin-closed.nl", Closed(nl, closed, closedAnswered));
        yield return ("checkin-closed-unanswered.nl", Closed(nl, closed, closedOpen));
        yield return ("checkin-closed.en", Closed(en, closed, closedAnswered));
        yield return ("checkin-reminder.nl", WithReminder(Form(nl, round, open, FormState.Empty, ["29:1ingrid-jansen"]), ReminderLine(nl, round)));
        yield return ("checkin-for-someone-else.nl", ForSomeoneElse(nl, round, "Ingrid Jansen"));

        var nlc = DutchCheckInCommandTexts.Instance;
        var enc = EnglishCheckInCommandTexts.Instance;
        var partners = SamplePartners();
        yield return ("checkin-plan.nl", CheckInPlanCard.Build(nlc, new PlanCardData(PlanCardData.Current, PlanMode.Plan), FormState.Empty, partners, "Q1 2027"));
        yield return ("checkin-plan.en", CheckInPlanCard.Build(enc, new PlanCardData(PlanCardData.Current, PlanMode.Plan), FormState.Empty, partners, "Q1 2027"));
        yield return ("checkin-start.nl", CheckInPlanCard.Build(nlc, new PlanCardData(PlanCardData.Current, PlanMode.Start), FormState.Empty, partners, "Q1 2027"));
        var refusedPlan = FormState.Empty.Set(CheckInPlanCard.OpenDays, "0").Set(CheckInPlanCard.When, "once");
        refusedPlan.AddError(CheckInPlanCard.OpenDays, nlc.NumberInvalid(1, 60)).AddError(CheckInPlanCard.Date, nlc.DateRequired);
        yield return ("checkin-plan-refused.nl", CheckInPlanCard.Build(nlc, new PlanCardData(PlanCardData.Current, PlanMode.Plan), refusedPlan, partners, "Q1 2027"));
        var stuck = new PlanCardData(PlanCardData.Current, PlanMode.Stuck, Guid.Parse("7d2e3f40-5b6c-4d7e-9fa0-1b2c3d4e5f01"), "De corporaties leveren geen cijfers aan.");
        yield return ("checkin-start-stuck.nl", CheckInPlanCard.Build(nlc, stuck, FormState.Empty, partners, "Vastlopen Q1 2027"));
        var rows = new List<StatusRow>
        {
            new("Ingrid Jansen", false, Work.DeliveryState.SentToChannel, "NotInstalled:BotNotInConversationRoster"),
            new("Sander de Vries", true, Work.DeliveryState.Sent, null),
            new("Yusuf Demir", false, Work.DeliveryState.Throttled, "Throttled"),
        };
        var planned = new List<(string, Instant)> { ("Q2 2027", Instant.FromUtc(2027, 4, 6, 8, 0)) };
        yield return ("checkin-status.nl", CheckInAdminCards.Status(nlc, round, rows, nlc.Burgerpanel(3, 12), planned));
        yield return ("checkin-status.en", CheckInAdminCards.Status(enc, round, rows, null, planned));
        yield return ("checkin-stuck.nl", CheckInAdminCards.StuckAsk(nlc, FormState.Empty));
        yield return ("checkin-stuck.en", CheckInAdminCards.StuckAsk(enc, FormState.Empty));
        yield return ("checkin-stuck-request.nl", CheckInAdminCards.StuckRequest(nlc, "Sander de Vries", stuck.RaisedBy, stuck.Reason!, SampleNow, round.Plan.Zone));
        yield return ("checkin-stuck-request.en", CheckInAdminCards.StuckRequest(enc, "Sander de Vries", stuck.RaisedBy, stuck.Reason!, SampleNow, round.Plan.Zone));
    }

    private static AdaptiveCard WithReminder(AdaptiveCard card, TextBlock line)
    {
        card.Body.Insert(0, line);
        return card;
    }

    /// <summary>The partners of the sample coalition.</summary>
    internal static IReadOnlyList<Partner> SamplePartners()
    {
        var joined = new LocalDate(2026, 1, 1);
        return
        [
            Partner.Join(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d01"), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d00"), "Gemeente Havenstad", PartnerDomain.Gemeente, null, joined),
            Partner.Join(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d02"), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d00"), "Woonpartners Zuid", PartnerDomain.Wonen, VoetbalLine.Middenveld, joined),
            Partner.Join(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d03"), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d00"), "Politie Havenstad", PartnerDomain.Politie, VoetbalLine.Verdediging, joined),
            Partner.Join(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d04"), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d00"), "Brede School De Haven", PartnerDomain.Onderwijs, VoetbalLine.Aanval, joined),
        ];
    }

    /// <summary>
    /// Ronde Q1 2027 of Wijkaanpak Havenkwartier: opened di 5 jan 2027 10:00, open ten days (until vr 15 jan 2027,
    /// 10:00); Sander (Woonpartners Zuid) answered on ma 11 jan 2027 at 09:14, Ingrid (gemeente) has not yet.
    /// </summary>
    internal static CheckInRound SampleRound()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var plan = RoundPlan.Create(
            "Q1 2027",
            RoundAudience.AllRepresentatives(stuurgroep: true, burgerpanelLink: true),
            RoundSchedule.Now,
            Period.FromDays(10),
            zone,
            CoalitionContext.Of(CoalitionFormality.Voluntary, 6),
            ReminderRule.DaysBeforeClosing(2));
        var round = CheckInRound.Create(Guid.Parse("6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e00"), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d00"), plan, RoundTrigger.Scheduled, Instant.FromUtc(2026, 12, 1, 9, 0));
        round.Open(Instant.FromUtc(2027, 1, 5, 9, 0));
        round.AddRequest(SampleAnsweredRequestId, RespondentKey.Person(Guid.Parse("7d2e3f40-5b6c-4d7e-9fa0-1b2c3d4e5f01")), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d02"), PartnerDomain.Wonen, Instant.FromUtc(2027, 1, 5, 9, 0));
        round.AddRequest(SampleOpenRequestId, RespondentKey.Person(Guid.Parse("7d2e3f40-5b6c-4d7e-9fa0-1b2c3d4e5f02")), Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d01"), PartnerDomain.Gemeente, Instant.FromUtc(2027, 1, 5, 9, 0));
        round.Submit(SampleAnsweredRequestId, SampleSubmission(), Instant.FromUtc(2027, 1, 11, 8, 14));
        return round;
    }

    /// <summary>Sander's answers: mostly positive, information transfer weak, one "weet niet", two comments.</summary>
    internal static CheckInSubmission SampleSubmission() => new(
        new Dictionary<char, FactorAnswer>
        {
            ['a'] = new(FactorScore.Of(4)),
            ['b'] = new(FactorScore.Of(4)),
            ['c'] = new(FactorScore.Of(3), "Ons mandaat stopt bij investeringen boven de 50.000 euro; daarvoor moet het bestuur akkoord geven."),
            ['d'] = new(FactorScore.Of(4)),
            ['e'] = new(FactorScore.DontKnow),
            ['f'] = new(FactorScore.Of(3)),
            ['g'] = new(FactorScore.Of(2), "Meldingen over overlast komen pas weken later bij ons binnen."),
            ['h'] = new(FactorScore.Of(3)),
            ['i'] = new(FactorScore.Of(4)),
        },
        "Goede sfeer in de stuurgroep, maar we moeten sneller van praten naar doen.");

    /// <summary>A refused submit: two factors left open, a comment kept.</summary>
    private static FormState Refused(CheckInTexts t)
    {
        var state = FormState.Empty;
        foreach (var factor in SlagvaardigheidFactors.All.Where(f => f.Key is not ('d' or 'g')))
        {
            state.Set(factor.FieldName, "3");
        }

        state.Set(CheckInFieldNames.FactorComment('c'), "Besluiten over budget lopen via de wethouder.");
        state.AddError(CheckInFieldNames.Factor('d'), t.FactorMissing(SlagvaardigheidFactors.OperationeleEenheid));
        state.AddError(CheckInFieldNames.Factor('g'), t.FactorMissing(SlagvaardigheidFactors.Informatieoverdracht));
        return state;
    }
}
