using Coalitie.Bot.Localization;
using Coalitie.Bot.Work;

namespace Coalitie.Bot.CheckIns;

/// <summary>The sentences of the check-in commands, the plan card and the status card; Dutch first, English alternative.</summary>
public abstract class CheckInCommandTexts
{
    public abstract Language Language { get; }

    public CheckInTexts Card => CheckInTexts.For(Language);

    public static CheckInCommandTexts For(Language language) => language == Language.En ? EnglishCheckInCommandTexts.Instance : DutchCheckInCommandTexts.Instance;

    public static CheckInCommandTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    // Help descriptions
    public abstract string PlanDescription { get; }
    public abstract string StartDescription { get; }
    public abstract string StatusDescription { get; }
    public abstract string RemindDescription { get; }
    public abstract string CloseDescription { get; }
    public abstract string ResultsDescription { get; }
    public abstract string LinkDescription { get; }
    public abstract string StuckDescription { get; }

    // The plan card
    public abstract string PlanTitle { get; }
    public abstract string StartTitle { get; }
    public abstract string PlanIntro { get; }
    public abstract string StartIntro(string? stuckReason);
    public abstract string FirstRoundIntro { get; }
    public abstract string NameLabel { get; }
    public abstract string WhenLabel { get; }
    public abstract string WhenNow { get; }
    public abstract string WhenOnce { get; }
    public abstract string WhenMonthly { get; }
    public abstract string WhenQuarterly { get; }
    public abstract string WhenHalfYearly { get; }
    public abstract string DateLabel { get; }
    public abstract string WeekLabel { get; }
    public abstract IReadOnlyList<string> Weeks { get; }
    public abstract string DayLabel { get; }
    public abstract IReadOnlyList<string> Days { get; }
    public abstract string TimeLabel { get; }
    public abstract string SkipLabel { get; }
    public abstract string GoedeVrijdagToggle { get; }
    public abstract string BevrijdingsdagToggle { get; }
    public abstract string OpenDaysLabel { get; }
    public abstract string RemindLabel { get; }
    public abstract string RemindMaxLabel { get; }
    public abstract string AudienceLabel { get; }
    public abstract string AllPartners { get; }
    public abstract string SelectedPartnersLabel { get; }
    public abstract string SubNetworkLabel { get; }
    public abstract string StuurgroepToggle { get; }
    public abstract string BurgerpanelToggle { get; }
    public abstract string VisibilityLabel { get; }
    public abstract string VisibilityNamed { get; }
    public abstract string VisibilityPseudonymous { get; }
    public abstract string VisibilityAnonymous { get; }
    public abstract string MinimumGroupLabel { get; }
    public abstract string DontKnowToggle { get; }
    public abstract string PlanButton { get; }
    public abstract string StartButton { get; }
    public abstract string FixHint { get; }
    public abstract string NumberInvalid(int min, int max);
    public abstract string DateRequired { get; }
    public abstract string DateInvalid { get; }
    public abstract string TimeInvalid { get; }
    public abstract string PartnersRequired { get; }
    public abstract string SubNetworkNeedsPartners { get; }
    public abstract string AudienceEmpty { get; }
    public abstract string NameRequired { get; }
    public abstract string NameTaken(string name);
    public abstract string NameTooLong(int max);
    public abstract string OneOffInPast { get; }

    // Outcomes
    public abstract string Planned(string name, string opensAt, bool recurring);
    public abstract string Opened(string name, int requests, string until, bool burgerpanel);
    public abstract string OpenedNobody(string name);
    public abstract string AlreadyPlanned(string name);
    public abstract string NoRounds { get; }
    public abstract string NoOpenRound { get; }
    public abstract string NoClosedRound { get; }
    public abstract string Reminded(string name, int count);
    public abstract string NothingToRemind(string name);
    public abstract string ClosedNow(string name, int answered, int asked);
    public abstract string RoundUnknown(string text, IReadOnlyList<string> names);
    public abstract string NotClosedYet(string name, string closes);
    public abstract string OutdatedCard { get; }
    public abstract string NotYourCard(string name);
    public abstract string NotOpenYet(string name);
    public abstract string SubmitClosed(string name);
    public abstract string FixAnswers { get; }
    public abstract string LinkCount { get; }
    public abstract string ExportReadyTitle(string name);
    public abstract string ExportReady(string fileName, int hours);
    public abstract string DownloadButton { get; }

    // The status card
    public abstract string StatusTitle(string name);
    public abstract string StatusSummary(int answered, int asked, string? closes, string status);
    public abstract string RoundStatus(Domain.CheckIns.RoundStatus status);
    public abstract string Answered { get; }
    public abstract string NotAnswered { get; }
    public abstract string Delivery(DeliveryState state);
    public abstract string DeliveryReason(string code);
    public abstract string Burgerpanel(int answered, int links);
    public abstract string PlannedRounds { get; }
    public abstract string PlannedRound(string name, string at);

    // We zitten vast
    public abstract string StuckTitle { get; }
    public abstract string StuckIntro { get; }
    public abstract string StuckReasonLabel { get; }
    public abstract string StuckSend { get; }
    public abstract string StuckReasonMissing { get; }
    public abstract string StuckSent(int procesregisseurs);
    public abstract string StuckNoProcesregisseur { get; }
    public abstract string StuckRequestTitle { get; }
    public abstract string StuckRequest(string who, string reason);
    public abstract string StuckOpenButton { get; }
    public abstract string StuckOpenRound(string name);
}
