using System.Globalization;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// The sentences of the check-in cards, Dutch (informal <i>je</i>) and English. Factor names, summaries and
/// definitions come from <see cref="SlagvaardigheidFactors"/>. Pick with <see cref="For(ITexts)"/>.
/// </summary>
public abstract class CheckInTexts
{
    public abstract Language Language { get; }

    public bool English => Language == Language.En;

    public static CheckInTexts For(Language language) => language == Language.En ? EnglishCheckInTexts.Instance : DutchCheckInTexts.Instance;

    public static CheckInTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    // Formatting

    /// <summary>"di 3 mrt 2027".</summary>
    public string Date(LocalDate date) => DutchDates.Format(date, English);

    /// <summary>"ma 13 jan 2027, 09:14" in <paramref name="zone"/>.</summary>
    public string DateTime(Instant at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = at.InZone(zone).LocalDateTime;
        return Date(local.Date) + ", " + local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The last moment to answer: "vr 17 jan 2027" when the round closes at midnight (so the whole day before counts),
    /// otherwise "vr 17 jan 2027, 10:00".
    /// </summary>
    public string Until(Instant closesAt, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = closesAt.InZone(zone).LocalDateTime;
        return local.TimeOfDay == LocalTime.Midnight ? Date(local.Date.PlusDays(-1)) : DateTime(closesAt, zone);
    }

    // Factors

    public string FactorName(SlagvaardigheidFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return English ? factor.EnglishName : factor.DutchName;
    }

    public string FactorSummary(SlagvaardigheidFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return English ? factor.EnglishSummary : factor.DutchSummary;
    }

    public string FactorDefinition(SlagvaardigheidFactor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        return English ? factor.EnglishDefinition : factor.DutchDefinition;
    }

    /// <summary>"a. Drive".</summary>
    public string FactorTitle(SlagvaardigheidFactor factor) => $"{factor.Key}. {FactorName(factor)}";

    /// <summary>"1 zeer zwak".</summary>
    public string ScaleChoice(ScaleLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return string.Create(CultureInfo.InvariantCulture, $"{label.Value} {(English ? label.English : label.Dutch)}");
    }

    public string DontKnow => English ? CheckInScale.DontKnowEnglish : CheckInScale.DontKnowDutch;

    /// <summary>A score as the receipt shows it: "4 sterk" or "weet niet / niet van toepassing".</summary>
    public string Score(CheckInScale scale, FactorScore score)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return score.Value is { } value && scale.LabelOf(value) is { } label
            ? ScaleChoice(label)
            : score.Value?.ToString(CultureInfo.InvariantCulture) ?? DontKnow;
    }

    // The card

    public abstract string Title(string roundName);

    public abstract string Intro(string until);

    public abstract string DefinitionToggle { get; }

    public abstract string ScoreLabel(SlagvaardigheidFactor factor);

    public abstract string FactorMissing(SlagvaardigheidFactor factor);

    public abstract string FactorCommentLabel(SlagvaardigheidFactor factor);

    public abstract string OverallCommentLabel { get; }

    public abstract string SubmitButton { get; }

    // Receipt and closed round

    public abstract string Thanks(string firstName, string answeredAt);

    public abstract string EditButton { get; }

    /// <summary>The line on top of a reminder card.</summary>
    public abstract string Reminder(string until);

    /// <summary>The line on top of a channel card addressed to someone else, for everyone who is not that person.</summary>
    public abstract string ForSomeoneElse(string name);

    public abstract string OverallCommentFact { get; }

    public abstract string ClosedTitle(string roundName);

    public abstract string Closed(string closedAt);

    public abstract string ClosedWithAnswer { get; }

    public abstract string ClosedWithoutAnswer { get; }
}

internal sealed class DutchCheckInTexts : CheckInTexts
{
    public static DutchCheckInTexts Instance { get; } = new();

    public override Language Language => Language.Nl;

    public override string Title(string roundName) => $"Slagvaardigheidscheck — ronde {roundName}";

    public override string Intro(string until) =>
        $"Hoe staat de samenwerking ervoor? Eén tik per factor, toelichting mag (onder ⓘ). Open tot {until}.";

    public override string DefinitionToggle => "ⓘ volledige omschrijving";

    public override string ScoreLabel(SlagvaardigheidFactor factor) => $"Jouw oordeel over {FactorName(factor)}";

    public override string FactorMissing(SlagvaardigheidFactor factor) => $"Kies een antwoord bij {FactorName(factor)}.";

    public override string FactorCommentLabel(SlagvaardigheidFactor factor) => $"Toelichting bij {FactorName(factor)} (mag leeg)";

    public override string OverallCommentLabel => "Algemene toelichting (mag leeg)";

    public override string SubmitButton => "Versturen";

    public override string Thanks(string firstName, string answeredAt) =>
        $"Bedankt, {firstName}. Je antwoorden staan genoteerd ({answeredAt}). Je kunt ze wijzigen tot de ronde sluit.";

    public override string EditButton => "Wijzig antwoorden";

    public override string Reminder(string until) => $"⏰ Herinnering: je hebt deze ronde nog niet ingevuld. Dat kan tot {until}.";

    public override string ForSomeoneElse(string name) => $"Deze kaart is voor {name}; alleen die persoon ziet en vult de eigen antwoorden in.";

    public override string OverallCommentFact => "Algemene toelichting";

    public override string ClosedTitle(string roundName) => $"Slagvaardigheidscheck — ronde {roundName}";

    public override string Closed(string closedAt) => $"Deze ronde is gesloten ({closedAt}). Antwoorden of wijzigen kan niet meer.";

    public override string ClosedWithAnswer => "Je antwoorden tellen mee in de uitslag:";

    public override string ClosedWithoutAnswer => "Je hebt in deze ronde niet geantwoord. De volgende ronde krijg je weer een kaart.";
}

internal sealed class EnglishCheckInTexts : CheckInTexts
{
    public static EnglishCheckInTexts Instance { get; } = new();

    public override Language Language => Language.En;

    public override string Title(string roundName) => $"Effectiveness check — round {roundName}";

    public override string Intro(string until) =>
        $"How is the collaboration doing? One tap per factor, comments welcome (under ⓘ). Open until {until}.";

    public override string DefinitionToggle => "ⓘ full description";

    public override string ScoreLabel(SlagvaardigheidFactor factor) => $"Your rating of {FactorName(factor)}";

    public override string FactorMissing(SlagvaardigheidFactor factor) => $"Choose an answer for {FactorName(factor)}.";

    public override string FactorCommentLabel(SlagvaardigheidFactor factor) => $"Comment on {FactorName(factor)} (optional)";

    public override string OverallCommentLabel => "Overall comment (optional)";

    public override string SubmitButton => "Send";

    public override string Thanks(string firstName, string answeredAt) =>
        $"Thank you, {firstName}. Your answers have been recorded ({answeredAt}). You can change them until the round closes.";

    public override string EditButton => "Change answers";

    public override string Reminder(string until) => $"⏰ Reminder: you have not filled in this round yet. You can until {until}.";

    public override string ForSomeoneElse(string name) => $"This card is for {name}; only that person sees and fills in their own answers.";

    public override string OverallCommentFact => "Overall comment";

    public override string ClosedTitle(string roundName) => $"Effectiveness check — round {roundName}";

    public override string Closed(string closedAt) => $"This round is closed ({closedAt}). Answers can no longer be given or changed.";

    public override string ClosedWithAnswer => "Your answers count in the results:";

    public override string ClosedWithoutAnswer => "You did not answer in this round. You will get a card again in the next round.";
}
