using Coalitie.Bot.Cards;
using Coalitie.Domain.CheckIns;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// The check-in cards (JOURNEYS §4): the nine-factor card (empty, prefilled for "wijzig antwoorden", or rebuilt from a
/// refused submit), the read-only receipt, and the closed-round card. The card is about 10 KB; no list grows with the
/// coalition, so every card stays under 28 KB.
/// </summary>
public static partial class CheckInCards
{
    /// <summary>The id of the form-wide error line.</summary>
    public const string FormErrorId = "form";

    /// <summary>Comments longer than this are clipped in the receipt's facts.</summary>
    public const int ReceiptCommentPreview = 160;

    private static readonly MsTeamsCardProperties Wide = new() { Width = MsTeamsWidth.Full };

    /// <summary>The id of factor <paramref name="key"/>'s hidden details (definition and comment).</summary>
    public static string DetailsId(char key) => $"details-{key}";

    /// <summary>
    /// The nine-factor card for <paramref name="request"/>. Values come from <paramref name="state"/> (a refused
    /// submit), else from the stored answer (re-opened to edit), else empty. With <paramref name="refreshUserIds"/>
    /// (channel cards) the card refreshes per user, so each person sees their own state.
    /// </summary>
    public static AdaptiveCard Form(CheckInTexts t, CheckInRound round, CheckInRequest request, FormState state, IReadOnlyList<string>? refreshUserIds = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(state);
        var plan = round.Plan;
        var answer = request.Answer;
        var data = CheckInSubmissionData.For(request.Id);

        var body = new List<CardElement>
        {
            Heading(t.Title(plan.Name)),
            new TextBlock
            {
                Text = t.Intro(round.ClosesAt is { } closes ? t.Until(closes, plan.Zone) : "…"),
                Wrap = true,
                Spacing = Spacing.Small,
            },
        };
        if (FormFields.ErrorLine(state, FormErrorId) is { } formError)
        {
            body.Add(formError);
        }

        var choices = Choices(t, plan.Scale);
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            body.Add(FactorBlock(t, factor, choices, state, answer?.Factors[factor.Key]));
        }

        body.AddRange(FormFields.Text(
            state,
            CheckInFieldNames.OverallComment,
            t.OverallCommentLabel,
            maxLength: CheckInAnswer.MaxCommentLength,
            multiline: true,
            defaultValue: answer?.OverallComment));

        return new AdaptiveCard
        {
            FallbackText = t.Title(plan.Name),
            MsTeams = Wide,
            Refresh = Refresh(data, refreshUserIds),
            Body = body,
            Actions = [data.Action(CheckInVerbs.Submit, t.SubmitButton, ActionStyle.Positive)],
        };
    }

    /// <summary>The reminder line put on top of the form in a reminder.</summary>
    public static TextBlock ReminderLine(CheckInTexts t, CheckInRound round)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(round);
        var until = round.ClosesAt is { } closes ? t.Until(closes, round.Plan.Zone) : "…";
        return new TextBlock { Text = t.Reminder(until), Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Warning };
    }

    /// <summary>What someone other than the respondent sees of a channel card addressed to <paramref name="name"/>.</summary>
    public static AdaptiveCard ForSomeoneElse(CheckInTexts t, CheckInRound round, string name)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(round);
        return new AdaptiveCard
        {
            FallbackText = t.Title(round.Plan.Name),
            Body = [Heading(t.Title(round.Plan.Name)), new TextBlock { Text = t.ForSomeoneElse(name), Wrap = true }],
        };
    }

    /// <summary>
    /// The read-only receipt of <paramref name="request"/>'s answer: thanks, the answers as facts, and "wijzig
    /// antwoorden" while the round accepts answers at <paramref name="now"/>.
    /// </summary>
    public static AdaptiveCard Receipt(CheckInTexts t, CheckInRound round, CheckInRequest request, string firstName, Instant now, IReadOnlyList<string>? refreshUserIds = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        var answer = request.Answer ?? throw new ArgumentException("The request has no answer yet.", nameof(request));
        var plan = round.Plan;
        var data = CheckInSubmissionData.For(request.Id);

        var body = new List<CardElement>
        {
            Heading(t.Title(plan.Name)),
            new TextBlock { Text = t.Thanks(firstName, t.DateTime(answer.AnsweredAt, plan.Zone)), Wrap = true, Spacing = Spacing.Small },
            Answers(t, plan.Scale, answer),
        };

        return new AdaptiveCard
        {
            FallbackText = t.Title(plan.Name),
            MsTeams = Wide,
            Refresh = Refresh(data, refreshUserIds),
            Body = body,
            Actions = round.AcceptsAnswersAt(now) ? [data.Action(CheckInVerbs.Edit, t.EditButton)] : null,
        };
    }

    /// <summary>The card of a closed round: it says so and, when <paramref name="request"/> was answered, shows the answers.</summary>
    public static AdaptiveCard Closed(CheckInTexts t, CheckInRound round, CheckInRequest? request)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(round);
        var plan = round.Plan;
        var closedAt = round.ClosedAt ?? round.ClosesAt;
        var body = new List<CardElement>
        {
            Heading(t.ClosedTitle(plan.Name)),
            new TextBlock
            {
                Text = t.Closed(closedAt is { } at ? t.DateTime(at, plan.Zone) : "…"),
                Wrap = true,
                Spacing = Spacing.Small,
            },
        };
        if (request?.Answer is { } answer)
        {
            body.Add(new TextBlock { Text = t.ClosedWithAnswer, Wrap = true, IsSubtle = true });
            body.Add(Answers(t, plan.Scale, answer));
        }
        else
        {
            body.Add(new TextBlock { Text = t.ClosedWithoutAnswer, Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard { FallbackText = t.ClosedTitle(plan.Name), MsTeams = Wide, Body = body };
    }

    private static Container FactorBlock(CheckInTexts t, SlagvaardigheidFactor factor, IReadOnlyList<Choice> choices, FormState state, FactorAnswer? answer)
    {
        var scoreId = CheckInFieldNames.Factor(factor.Key);
        var commentId = CheckInFieldNames.FactorComment(factor.Key);
        var items = new List<CardElement>
        {
            new TextBlock { Text = $"**{t.FactorTitle(factor)}** — {t.FactorSummary(factor)}", Wrap = true },
            new ActionSet
            {
                Spacing = Spacing.None,
                Actions = [new ToggleVisibilityAction { Title = t.DefinitionToggle, TargetElements = [new TargetElement(DetailsId(factor.Key))] }],
            },
        };

        items.AddRange(FormFields.Choice(
            state,
            scoreId,
            t.ScoreLabel(factor),
            choices,
            required: true,
            requiredMessage: t.FactorMissing(factor),
            defaultValue: answer?.Score.ToString(),
            expanded: true));

        // The definition and the optional comment stay folded unless there is something to see in the comment.
        var commentShown = state.Get(commentId) is not null || state.ErrorFor(commentId) is not null || answer?.Comment is not null;
        var details = new List<CardElement>
        {
            new TextBlock { Text = t.FactorDefinition(factor), Wrap = true, IsSubtle = true, Size = TextSize.Small },
        };
        details.AddRange(FormFields.Text(
            state,
            commentId,
            t.FactorCommentLabel(factor),
            maxLength: CheckInAnswer.MaxCommentLength,
            multiline: true,
            defaultValue: answer?.Comment));
        items.Add(new Container { Id = DetailsId(factor.Key), IsVisible = commentShown ? null : false, Spacing = Spacing.Small, Items = details });

        return new Container { Separator = true, Spacing = Spacing.Medium, Items = items };
    }

    private static List<Choice> Choices(CheckInTexts t, CheckInScale scale)
    {
        var choices = scale.Labels.Select(l => new Choice(t.ScaleChoice(l), l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (scale.AllowsDontKnow)
        {
            choices.Add(new Choice(t.DontKnow, CheckInScale.DontKnowToken));
        }

        return choices;
    }

    private static FactSet Answers(CheckInTexts t, CheckInScale scale, CheckInAnswer answer)
    {
        var facts = new List<Fact>();
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            var given = answer.Factors[factor.Key];
            var value = t.Score(scale, given.Score);
            if (given.Comment is { } comment)
            {
                value += $" — “{Clip(comment)}”";
            }

            facts.Add(new Fact(t.FactorTitle(factor), value));
        }

        if (answer.OverallComment is { } overall)
        {
            facts.Add(new Fact(t.OverallCommentFact, Clip(overall)));
        }

        return new FactSet { Facts = facts };
    }

    private static CardRefresh? Refresh(CheckInSubmissionData data, IReadOnlyList<string>? userIds)
    {
        if (userIds is null)
        {
            return null;
        }

        if (userIds.Count > AdaptiveCard.MaxRefreshUserIds)
        {
            throw new ArgumentOutOfRangeException(nameof(userIds), userIds.Count, $"A card refreshes for at most {AdaptiveCard.MaxRefreshUserIds} users.");
        }

        return new CardRefresh { Action = new ExecuteAction { Verb = CheckInVerbs.Refresh, Data = data }, UserIds = [.. userIds] };
    }

    private static string Clip(string text) =>
        text.Length <= ReceiptCommentPreview ? text : string.Concat(text.AsSpan(0, ReceiptCommentPreview - 1).TrimEnd(), "…");

    private static TextBlock Heading(string text) => new() { Text = text, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };
}
