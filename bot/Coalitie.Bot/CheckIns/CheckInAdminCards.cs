using Coalitie.Bot.Cards;
using Coalitie.Bot.Work;
using Coalitie.Domain.CheckIns;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.CheckIns;

/// <summary>One row of the status card: a person asked in the round, whether they answered, and where their card stands.</summary>
public sealed record StatusRow(string Name, bool Answered, DeliveryState? Delivery, string? Reason);

/// <summary>The procesregisseur's cards: round status and the "we zitten vast" request; and the member's "we zitten vast" card.</summary>
public static class CheckInAdminCards
{
    /// <summary>The data of the "we zitten vast" buttons (<c>v</c> = 1).</summary>
    public sealed record StuckData(int V, Guid? RaisedBy = null, string? Reason = null)
    {
        public const int Current = 1;
    }

    /// <summary>
    /// <c>checkin status</c>: the round's state and, per person asked, answered or not and the delivery outcome with its
    /// reason (a code, e.g. <c>NotInstalled:…</c>). Planned rounds of the coalition are listed below.
    /// </summary>
    public static AdaptiveCard Status(CheckInCommandTexts t, CheckInRound round, IReadOnlyList<StatusRow> rows, string? burgerpanelLine, IReadOnlyList<(string Name, Instant At)> planned)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(planned);
        var zone = round.Plan.Zone;
        var answered = round.Requests.Count(r => r.IsAnswered);
        var closes = round.Status == RoundStatus.Open && round.ClosesAt is { } c ? t.Card.Until(c, zone) : null;
        var body = new List<CardElement>
        {
            new TextBlock { Text = t.StatusTitle(round.Plan.Name), Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = t.StatusSummary(answered, round.Requests.Count, closes, t.RoundStatus(round.Status)), Wrap = true },
        };

        // At most 60 people keep the card well under 28 KB; a coalition has 10–30 partner seats.
        var facts = rows.Take(60).Select(r => new Fact
        {
            Title = r.Name,
            Value = (r.Answered ? "✓ " + t.Answered : "… " + t.NotAnswered)
                + (r.Delivery is { } d ? " · " + t.Delivery(d) : string.Empty)
                + (r.Reason is { Length: > 0 } reason && r.Delivery is not DeliveryState.Sent ? " (" + t.DeliveryReason(reason) + ")" : string.Empty),
        }).ToList();
        if (facts.Count > 0)
        {
            body.Add(new FactSet { Facts = facts });
        }

        if (burgerpanelLine is not null)
        {
            body.Add(new TextBlock { Text = burgerpanelLine, Wrap = true });
        }

        if (planned.Count > 0)
        {
            body.Add(new TextBlock { Text = t.PlannedRounds, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
            body.AddRange(planned.Select(p => new TextBlock { Text = "• " + t.PlannedRound(p.Name, t.Card.DateTime(p.At, zone)), Wrap = true, Spacing = Spacing.None }));
        }

        return new AdaptiveCard { FallbackText = t.StatusTitle(round.Plan.Name), Body = body };
    }

    /// <summary>The receipt that replaces the plan card: what was planned or opened.</summary>
    public static AdaptiveCard Receipt(string text) => new()
    {
        FallbackText = text,
        Body = [new TextBlock { Text = "✓ " + text, Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Good }],
    };

    /// <summary>"we zitten vast" without a reason: ask for it.</summary>
    public static AdaptiveCard StuckAsk(CheckInCommandTexts t, FormState state)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(state);
        var data = new StuckData(StuckData.Current);
        return new AdaptiveCard
        {
            FallbackText = t.StuckTitle,
            Body =
            [
                new TextBlock { Text = t.StuckTitle, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock { Text = t.StuckIntro, Wrap = true },
                .. FormFields.Text(state, CheckInFieldNames.StuckReason, t.StuckReasonLabel, required: true, requiredMessage: t.StuckReasonMissing,
                    maxLength: RoundTrigger.MaxReasonLength, multiline: true),
            ],
            Actions = [Execute(t.StuckSend, CheckInVerbs.StuckSubmit, data)],
        };
    }

    /// <summary>What the procesregisseur gets: who says the collaboration is stuck, why, and a button to open a round now.</summary>
    public static AdaptiveCard StuckRequest(CheckInCommandTexts t, string who, Guid? raisedBy, string reason, Instant at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new AdaptiveCard
        {
            FallbackText = t.StuckRequestTitle,
            Body =
            [
                new TextBlock { Text = t.StuckRequestTitle, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock { Text = t.StuckRequest(who, reason), Wrap = true },
                new TextBlock { Text = t.Card.DateTime(at, zone), IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ],
            Actions = [Execute(t.StuckOpenButton, CheckInVerbs.StuckOpen, new StuckData(StuckData.Current, raisedBy, reason))],
        };
    }

    private static ExecuteAction Execute(string title, string verb, StuckData data) => new()
    {
        Title = title,
        Verb = verb,
        Data = data,
        Style = ActionStyle.Positive,
        Fallback = new SubmitAction { Title = title, Data = new { verb, data.V, data.RaisedBy, data.Reason }, Style = ActionStyle.Positive },
    };
}
