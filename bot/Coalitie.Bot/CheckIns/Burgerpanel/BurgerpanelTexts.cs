using System.Globalization;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The sentences of the burgerpanel links card, Dutch (informal <i>je</i>) and English. The page itself is Dutch only
/// (it is for residents). Pick with <see cref="For(Language)"/> or <see cref="For(ITexts)"/>.
/// </summary>
public abstract class BurgerpanelTexts
{
    public abstract Language Language { get; }

    /// <summary>The check-in texts of the same language (dates, factor names).</summary>
    public CheckInTexts CheckIn => CheckInTexts.For(Language);

    public static BurgerpanelTexts For(Language language) => language == Language.En ? English.Instance : Dutch.Instance;

    public static BurgerpanelTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    public abstract string Title(string roundName);

    /// <summary>"3 links voor het burgerpanel. Eén link per panellid, eenmalig te gebruiken, geldig tot …".</summary>
    public abstract string Intro(int count, string until);

    public abstract string HowTo { get; }

    public abstract string Keep { get; }

    /// <summary>"Alleen de eerste 25 van 200 links staan hier." plus where the rest is.</summary>
    public abstract string MoreThanShown(int shown, int total, bool downloadable);

    public abstract string DownloadButton { get; }

    /// <summary>"De download werkt 24 uur."</summary>
    public abstract string DownloadValidity(TimeSpan lifetime);

    /// <summary>
    /// The sentence for a refusal of <see cref="BurgerpanelLinks.IssueAsync"/> by its code
    /// (<see cref="BurgerpanelErrors"/>, <see cref="CheckInErrors.BurgerpanelLinkOff"/>, <see cref="CheckInErrors.NotOpen"/>,
    /// <see cref="CheckInErrors.Closed"/>); a general sentence for any other code.
    /// </summary>
    public string IssueRefused(string code) => code switch
    {
        BurgerpanelErrors.CountOutOfRange => CountOutOfRange(BurgerpanelLinks.MaxPerIssue),
        BurgerpanelErrors.RoundUnknown => RoundUnknown,
        CheckInErrors.BurgerpanelLinkOff => LinkOff,
        CheckInErrors.NotOpen => NotOpenYet,
        CheckInErrors.Closed => RoundClosed,
        _ => NotIssued,
    };

    protected abstract string CountOutOfRange(int maximum);

    protected abstract string RoundUnknown { get; }

    protected abstract string LinkOff { get; }

    protected abstract string NotOpenYet { get; }

    protected abstract string RoundClosed { get; }

    protected abstract string NotIssued { get; }

    /// <summary>"1. https://…".</summary>
    public static string Line(int number, Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return string.Create(CultureInfo.InvariantCulture, $"{number}. {link.AbsoluteUri}");
    }

    protected static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    protected static string Hours(TimeSpan lifetime) => Count(Math.Max(1, (int)Math.Round(lifetime.TotalHours)));

    private sealed class Dutch : BurgerpanelTexts
    {
        public static readonly Dutch Instance = new();

        public override Language Language => Language.Nl;

        public override string Title(string roundName) => $"Burgerpanel-links — ronde {roundName}";

        public override string Intro(int count, string until) =>
            $"{Count(count)} {(count == 1 ? "link" : "links")} voor het burgerpanel. Eén link per panellid, eenmalig te gebruiken, geldig tot {until}.";

        public override string HowTo =>
            "Stuur elke link naar één panellid, bijvoorbeeld per e-mail. Wie de link opent, beantwoordt de negen vragen zonder account; "
            + "de antwoorden tellen mee als de stem van het burgerpanel (Bewoners). Na het versturen werkt de link niet meer.";

        public override string Keep =>
            "De links bevatten geen persoonsgegevens. Behandel ze wel als een wachtwoord: wie een link heeft, kan ermee antwoorden.";

        public override string MoreThanShown(int shown, int total, bool downloadable) =>
            $"Hier staan de eerste {Count(shown)} van {Count(total)} links."
            + (downloadable ? " Alle links staan in het tekstbestand hieronder, één per regel." : " Vraag de rest in kleinere aantallen aan.");

        public override string DownloadButton => "Alle links downloaden (.txt)";

        public override string DownloadValidity(TimeSpan lifetime) => $"De download werkt {Hours(lifetime)} uur.";

        protected override string CountOutOfRange(int maximum) => $"Vraag tussen 1 en {Count(maximum)} links tegelijk aan.";

        protected override string RoundUnknown => "Die ronde bestaat niet in deze coalitie.";

        protected override string LinkOff => "Deze ronde vraagt het burgerpanel niet via een weblink, dus er zijn geen links voor.";

        protected override string NotOpenYet => "Deze ronde is nog niet open. Links kunnen pas als de ronde open is: ze verlopen wanneer de ronde sluit.";

        protected override string RoundClosed => "Deze ronde is gesloten; er kunnen geen links meer bij.";

        protected override string NotIssued => "Het lukte niet om de links te maken. Probeer het zo nog eens.";
    }

    private sealed class English : BurgerpanelTexts
    {
        public static readonly English Instance = new();

        public override Language Language => Language.En;

        public override string Title(string roundName) => $"Citizens' panel links — round {roundName}";

        public override string Intro(int count, string until) =>
            $"{Count(count)} {(count == 1 ? "link" : "links")} for the citizens' panel (burgerpanel). One link per panel member, single use, valid until {until}.";

        public override string HowTo =>
            "Send each link to one panel member, for example by e-mail. Whoever opens it answers the nine questions without an account; "
            + "the answers count as the citizens' panel's voice (Bewoners). Once sent, the link stops working.";

        public override string Keep =>
            "The links hold no personal data. Do treat them like passwords: anyone who has a link can answer with it.";

        public override string MoreThanShown(int shown, int total, bool downloadable) =>
            $"The first {Count(shown)} of {Count(total)} links are shown here."
            + (downloadable ? " All links are in the text file below, one per line." : " Ask for the rest in smaller numbers.");

        public override string DownloadButton => "Download all links (.txt)";

        public override string DownloadValidity(TimeSpan lifetime) => $"The download works for {Hours(lifetime)} hours.";

        protected override string CountOutOfRange(int maximum) => $"Ask for between 1 and {Count(maximum)} links at once.";

        protected override string RoundUnknown => "That round does not exist in this coalition.";

        protected override string LinkOff => "This round does not ask the citizens' panel through a web link, so it has no links.";

        protected override string NotOpenYet => "This round is not open yet. Links can only be made once it is open: they expire when the round closes.";

        protected override string RoundClosed => "This round has closed; no more links can be added.";

        protected override string NotIssued => "The links could not be made. Please try again shortly.";
    }
}
