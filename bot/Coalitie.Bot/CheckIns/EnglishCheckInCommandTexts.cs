using Coalitie.Bot.Localization;
using Coalitie.Bot.Work;
using Coalitie.Domain.CheckIns;

namespace Coalitie.Bot.CheckIns;

public sealed class EnglishCheckInCommandTexts : CheckInCommandTexts
{
    public static EnglishCheckInCommandTexts Instance { get; } = new();

    public override Language Language => Language.En;

    public override string PlanDescription => "Plan an effectiveness check: once, or every quarter (procesregisseur).";
    public override string StartDescription => "Open a check-in round now (procesregisseur).";
    public override string StatusDescription => "Who got the card, who answered, what failed (procesregisseur).";
    public override string RemindDescription => "Remind everyone who has not answered yet, now (procesregisseur).";
    public override string CloseDescription => "Close the open round now (procesregisseur).";
    public override string ResultsDescription => "The results of a round: `checkin results [round]` (procesregisseur, stuurgroep).";
    public override string LinkDescription => "Links for the burgerpanel (residents' panel): `checkin link [count]` (procesregisseur).";
    public override string StuckDescription => "Report that collaboration is stuck: `we are stuck [why]`.";

    public override string PlanTitle => "Plan an effectiveness check";
    public override string StartTitle => "Open an effectiveness check now";
    public override string PlanIntro => "Choose when the nine factors are asked, to whom, and how long the round stays open. Weekends and public holidays are skipped if you choose so.";
    public override string StartIntro(string? stuckReason) => stuckReason is null
        ? "The round opens at once: everyone in the audience gets the card now."
        : $"Requested because collaboration is stuck: \"{stuckReason}\". The round opens at once.";
    public override string FirstRoundIntro => "When a partnership starts, the source texts advise looking at the nine factors together: where do we stand, what must get stronger? The round opens at once.";
    public override string NameLabel => "Name of the round";
    public override string WhenLabel => "When";
    public override string WhenNow => "Open now";
    public override string WhenOnce => "Once, on a date";
    public override string WhenMonthly => "Every month";
    public override string WhenQuarterly => "Every quarter";
    public override string WhenHalfYearly => "Every six months";
    public override string DateLabel => "Date (when once)";
    public override string WeekLabel => "Which week of the month (when repeating)";
    public override IReadOnlyList<string> Weeks { get; } = ["first", "second", "third", "fourth", "last"];
    public override string DayLabel => "Day";
    public override IReadOnlyList<string> Days { get; } = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    public override string TimeLabel => "Time (the coalition's time zone)";
    public override string SkipLabel => "On a weekend or public holiday: move to the next working day";
    public override string GoedeVrijdagToggle => "Good Friday counts as a day off";
    public override string BevrijdingsdagToggle => "Liberation Day off only every five years (2025, 2030, …), as in many collective agreements";
    public override string OpenDaysLabel => "Days open";
    public override string RemindLabel => "Reminder: days before closing (0 = none)";
    public override string RemindMaxLabel => "At most this many reminders (daily until closing)";
    public override string AudienceLabel => "Who gets the card";
    public override string AllPartners => "All partner representatives";
    public override string SelectedPartnersLabel => "Or only these partners (leave empty for everyone)";
    public override string SubNetworkLabel => "Name of this sub-network (with chosen partners, optional)";
    public override string StuurgroepToggle => "The stuurgroep too";
    public override string BurgerpanelToggle => "Burgerpanel through a web link (`checkin link`)";
    public override string VisibilityLabel => "Who sees who answered what";
    public override string VisibilityNamed => "Named";
    public override string VisibilityPseudonymous => "Pseudonymous (only the procesregisseur sees names)";
    public override string VisibilityAnonymous => "Anonymous (nobody sees names)";
    public override string MinimumGroupLabel => "Results per partner or domain only from this many answers";
    public override string DontKnowToggle => "Allow \"don't know / not applicable\" as an answer";
    public override string PlanButton => "Plan";
    public override string StartButton => "Open round";
    public override string FixHint => "Not everything is right yet; see the red lines.";
    public override string NumberInvalid(int min, int max) => $"Enter a whole number from {min} to {max}.";
    public override string DateRequired => "Choose the date of the one-off round.";
    public override string DateInvalid => "I can't read that date; pick it in the calendar.";
    public override string TimeInvalid => "I can't read that time; use e.g. 10:00.";
    public override string PartnersRequired => "Choose at least one partner, or switch on \"All partner representatives\".";
    public override string SubNetworkNeedsPartners => "A sub-network is a choice of partners: choose those partners above.";
    public override string AudienceEmpty => "Choose who gets the card: partner representatives, the stuurgroep or the burgerpanel.";
    public override string NameRequired => "Give the round a name, e.g. Q1 2027.";
    public override string NameTaken(string name) => $"There already is a round {name}; choose another name (e.g. with the month added).";
    public override string NameTooLong(int max) => $"The name is too long: at most {max} characters.";
    public override string OneOffInPast => "That date and time have passed; choose a moment in the future or \"Open now\".";

    public override string Planned(string name, string opensAt, bool recurring) => recurring
        ? $"Round {name} is planned: the first opens {opensAt}, then on the schedule."
        : $"Round {name} is planned and opens {opensAt}.";
    public override string Opened(string name, int requests, string until, bool burgerpanel) =>
        $"Round {name} is open until {until}. {requests} {(requests == 1 ? "person gets" : "people get")} the card now."
        + (burgerpanel ? " Make links for the burgerpanel with \"checkin link [count]\"." : string.Empty);
    public override string OpenedNobody(string name) =>
        $"Round {name} is open, but nobody in the chosen audience can be reached: appoint representatives or stuurgroep members first with \"role\".";
    public override string AlreadyPlanned(string name) => $"Round {name} is already planned or open.";
    public override string NoRounds => "There is no check-in round yet. Plan one with `checkin plan`, or open one now with `checkin start`.";
    public override string NoOpenRound => "There is no open round. Open one with `checkin start`.";
    public override string NoClosedRound => "There is no closed round yet; the results come when a round closes. See `checkin status`.";
    public override string Reminded(string name, int count) =>
        $"A reminder for round **{name}** goes to {count} {(count == 1 ? "person" : "people")} who have not answered yet.";
    public override string NothingToRemind(string name) => $"Everyone has answered round **{name}**; there is nobody to remind.";
    public override string ClosedNow(string name, int answered, int asked) =>
        $"Round **{name}** is closed: {answered} of {asked} answered. The results go to the procesregisseur and the stuurgroep.";
    public override string RoundUnknown(string text, IReadOnlyList<string> names) => names.Count == 0
        ? $"I know no round \"{text}\"."
        : $"I know no round \"{text}\". Did you mean {string.Join(" or ", names.Select(n => $"**{n}**"))}?";
    public override string NotClosedYet(string name, string closes) =>
        $"Round **{name}** is still open (until {closes}); the results come when it closes. Close it now with `checkin close`.";
    public override string OutdatedCard => "This card is out of date. Ask the procesregisseur for a new one.";
    public override string NotYourCard(string name) => $"This card is for {name}: only that person can fill it in.";
    public override string NotOpenYet(string name) => $"Round {name} is not open yet.";
    public override string SubmitClosed(string name) => $"Round {name} has closed; answering or changing is no longer possible.";
    public override string FixAnswers => "Not everything is filled in yet; see the red lines.";
    public override string ExportReadyTitle(string name) => $"Results {name} as Excel";
    public override string ExportReady(string fileName, int hours) => $"{fileName} is ready. The link works for {hours} hours; after that the same button makes a new one.";
    public override string DownloadButton => "Download";
    public override string LinkCount => "Give a number of links from 1 to 200, e.g. `checkin link 12`.";

    public override string StatusTitle(string name) => $"Status of round {name}";
    public override string StatusSummary(int answered, int asked, string? closes, string status) =>
        $"{status}. {answered} of {asked} answered" + (closes is null ? "." : $"; closes {closes}.");
    public override string RoundStatus(RoundStatus status) => status switch
    {
        Domain.CheckIns.RoundStatus.Planned => "Planned",
        Domain.CheckIns.RoundStatus.Open => "Open",
        _ => "Closed",
    };
    public override string Answered => "answered";
    public override string NotAnswered => "not answered yet";
    public override string Delivery(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "being sent",
        DeliveryState.Sent => "card in 1:1 chat",
        DeliveryState.SentToChannel => "card in the channel (1:1 was impossible)",
        DeliveryState.Throttled => "waiting: Teams asked to slow down",
        DeliveryState.NotInstalled => "failed: the app is not installed for this person",
        DeliveryState.Blocked => "failed: the app is blocked",
        DeliveryState.Gone => "failed: the conversation no longer exists",
        _ => "failed",
    };
    public override string DeliveryReason(string code) => $"reason: {code}";
    public override string Burgerpanel(int answered, int links) => $"Burgerpanel: {answered} of {links} links used.";
    public override string PlannedRounds => "Planned";
    public override string PlannedRound(string name, string at) => $"{name}: opens {at}";

    public override string StuckTitle => "Is collaboration getting stuck?";
    public override string StuckIntro => "The source texts advise looking at the nine factors together then. I will ask the procesregisseur to open a check-in round now. Why is it stuck?";
    public override string StuckReasonLabel => "What is happening (the procesregisseur reads this)";
    public override string StuckSend => "Request a round";
    public override string StuckReasonMissing => "Write in a few words why collaboration is stuck.";
    public override string StuckSent(int procesregisseurs) =>
        $"Sent. The procesregisseur{(procesregisseurs == 1 ? " gets" : "s get")} your request with your reason and can open a round now.";
    public override string StuckNoProcesregisseur => "This coalition has no procesregisseur to send your request to. Ask in the channel who takes that role.";
    public override string StuckRequestTitle => "Request: an effectiveness check now";
    public override string StuckRequest(string who, string reason) => $"{who} reports that collaboration is stuck: \"{reason}\"";
    public override string StuckOpenButton => "Open a round now";
    public override string StuckOpenRound(string name) => $"Stuck {name}";
}
