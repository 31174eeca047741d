using Coalitie.Bot.Localization;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Bot.Contracts;

internal sealed class EnglishContractsTexts : ContractsTexts
{
    public static EnglishContractsTexts Instance { get; } = new();

    public override Language Language => Language.En;

    protected override string AndWord => " and ";

    public override string Years(int years) => years == 1 ? "1 year" : $"{years} years";

    protected override string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    protected override string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    public override string KindName(ContractKind kind) => kind switch
    {
        ContractKind.Contract => "local contract",
        ContractKind.Convenant => "covenant",
        ContractKind.Pact => "pact",
        ContractKind.Intentieverklaring => "declaration of intent",
        _ => kind.ToString(),
    };

    public override string VersionKindName(ContractVersionKind kind) => kind switch
    {
        ContractVersionKind.Vastgesteld => "adopted",
        ContractVersionKind.Herzien => "revised",
        ContractVersionKind.Bijgesteld => "adjusted",
        ContractVersionKind.Aangescherpt => "tightened",
        _ => kind.ToString(),
    };

    public override string FieldName(ContractField field) => field switch
    {
        ContractField.Title => "Title",
        ContractField.Area => "Area",
        ContractField.Kind => "Kind",
        ContractField.SignedOn => "Signed",
        ContractField.Horizon => "Horizon",
        ContractField.ReviewCycle => "Review",
        ContractField.Principles => "Principles and ambitions",
        ContractField.DocumentUrl => "Document",
        _ => field.ToString(),
    };

    public override string Cycle(ReviewCycle cycle) => $"every {Years(cycle.Years)}";

    public override string NotSet => "(not set)";

    public override string CommandContractDescription => "The local contract: horizon, reviews, programmes, signatures and versions.";

    public override string CommandEditDescription => "Lay down or change the contract (a new version with a reason). Process director only.";

    public override string CommandSignDescription => "Record a signature: partner, who, function and date.";

    public override string CommandVersionDescription => "All versions of the contract, or one: **contract version 2**.";

    public override string CommandProgrammeDescription => "Add an implementation programme (3 to 4 years) to the contract.";

    public override string NoContract => "There is no local contract yet. The procesregisseur lays it down with `contract edit`.";

    public override string ProposeChange(IReadOnlyList<string> procesregisseurs) => procesregisseurs.Count switch
    {
        0 => "Want to propose a change? Ask the procesregisseur.",
        1 => $"Want to propose a change? Ask {procesregisseurs[0]} (procesregisseur).",
        _ => $"Want to propose a change? Ask {string.Join(", ", procesregisseurs.Take(procesregisseurs.Count - 1))} or {procesregisseurs[^1]} (procesregisseurs).",
    };

    public override string ChangedMeanwhile => "Someone else changed the contract in the meantime. See where it stands with **contract** and try again.";

    public override string FormOutdated => "This card is out of date. Ask for a new one with **contract**.";

    public override string KindLabel => "Kind";

    public override string AreaLabel => "Area";

    public override string SignedOnLabel => "Signed";

    public override string NotSignedYet => "not yet";

    public override string HorizonLabel => "Horizon";

    public override string ReviewLabel => "Review";

    public override string Review(ReviewCycle cycle, LocalDate? nextReview) => nextReview is { } date
        ? $"{Cycle(cycle)} · next {Date(date)}"
        : $"{Cycle(cycle)} · no review left before the horizon ends";

    public override string VersionLabel => "Version";

    public override string VersionFact(int number, ContractVersionKind kind, LocalDate day) => $"{number} · {VersionKindName(kind)} on {Date(day)}";

    public override string DocumentLabel => "Document";

    public override string OpenDocument => "Open the contract";

    public override string NoDocument => "no link yet";

    public override string PrinciplesLabel => "Principles and ambitions";

    public override string ProgrammesHeader => "Implementation programmes";

    public override string NoProgrammes => "No implementation programmes yet. Add one with **programme add**.";

    public override string SignatoriesHeader => "Signed by";

    public override string NoSignatories => "Nobody yet. Record a signature with **contract sign**.";

    public override string SignedCount(int signedCount, int partners) => $"{signedCount} of the {partners} active partners signed.";

    public override string AndMore(int count) => $"… and {count} more.";

    public override string VersionsHeader => "Versions";

    public override string VersionLine(int number, ContractVersionKind kind, LocalDate day) => $"Version {number} · {VersionKindName(kind)} · {Date(day)}";

    public override string ShowButton => "Show";

    public override string AllVersionsButton => "All versions";

    public override string EditButton => "Edit";

    public override string SignButton => "Record a signature";

    public override string AddProgrammeButton => "Add a programme";

    public override string ShowContractButton => "Show the contract";

    public override string VersionsTitle(string contractTitle) => $"Versions of {contractTitle}";

    public override string Page(int page, int pages) => $"Page {page} of {pages}";

    public override string NextPage => "Next";

    public override string PreviousPage => "Previous";

    public override string VersionTitle(int number, string contractTitle) => $"Version {number} of {contractTitle}";

    public override string CurrentVersionNote => "This is the current version.";

    public override string EarlierVersionNote(int current) => $"This is an earlier version, read-only. The current one is version {current}.";

    public override string ReasonLabel => "Reason";

    public override string ChangesHeader => "What changed";

    public override string FieldHeader => "Field";

    public override string WasHeader => "Was";

    public override string BecomesHeader => "Becomes";

    public override string PreviousVersion => "Previous version";

    public override string NextVersion => "Next version";

    public override string NoSuchVersion(string asked, int latest) => latest == 1
        ? $"There is no version {asked}: the contract only has version 1."
        : $"There is no version {asked}: the contract has versions 1 to {latest}.";

    public override string NewContractTitle => "Lay down the local contract";

    public override string EditContractTitle(int currentVersion) => $"Change the contract (now version {currentVersion})";

    public override string NewContractIntro => "This becomes version 1. Write dates as 1-1-2026 or 1 January 2026 (day first).";

    public override string EditContractIntro => "Change what changes and say why. A new version is added; the previous one stays readable.";

    public override string TitleLabel => "Title";

    public override string TitleRequired => "Enter a title.";

    public override string AreaRequired => "Enter the area or neighbourhood.";

    public override string DatePlaceholder => "e.g. 1-1-2026";

    public override string HorizonStartLabel => "Horizon: start";

    public override string HorizonEndLabel => "Horizon: end (last day)";

    public override string DateRequired => "Enter a date.";

    public override string ReviewCycleLabel => "Review";

    public override string DocumentUrlLabel => "Link to the contract document";

    public override string DocumentUrlMessage => "A link starts with https:// (or http://).";

    public override string VersionKindLabel => "Kind of change";

    public override string VersionKindRequired => "Choose whether the contract was revised, adjusted or tightened.";

    public override string ReasonPlaceholder => "e.g. review 2030: housing goals tightened";

    public override string ReasonRequiredMessage => "Say briefly why the contract changes.";

    public override string VersionDateLabel => "Date of the change";

    public override string AdoptedOnLabel => "Adopted on";

    public override string SaveButton => "Save as a new version";

    public override string CreateButton => "Lay down";

    public override string UnreadableDate => "I cannot read that date. Write e.g. 1-3-2027 or 1 March 2027 (day first).";

    public override string FixErrors => "Something is not right yet; see the red lines.";

    public override string ErrorText(string code, IReadOnlyList<object> arguments) => code switch
    {
        ContractErrors.TitleRequired => TitleRequired,
        ContractErrors.AreaRequired => AreaRequired,
        ContractErrors.TooLong => $"That is too long: at most {Arg(arguments, 0)} characters.",
        ContractErrors.HorizonEndBeforeStart => "The end is before the start.",
        ContractErrors.HorizonOutOfBounds => $"The horizon must span {Arg(arguments, 0)} to {Arg(arguments, 1)} years (the sources: at least ten, preferably twenty).",
        ContractErrors.ReviewCycleInvalid or ContractErrors.ReviewCycleOutOfBounds => $"Choose every {Arg(arguments, 0)} to {Arg(arguments, 1)} years.",
        ContractErrors.DocumentUrlInvalid => DocumentUrlMessage,
        ContractErrors.SignedAfterEnd => "The signing date is after the horizon ends.",
        ContractErrors.NoChanges => "Nothing changed. Change at least one field.",
        ContractErrors.ReasonRequired => ReasonRequiredMessage,
        ContractErrors.VersionKindInvalid => VersionKindRequired,
        ContractErrors.VersionDateBeforePrevious => $"The previous version is from {DateArg(arguments, 0)}; choose that date or later.",
        ContractErrors.VersionUnknown => NoSuchVersion(Arg(arguments, 0), Number(arguments, 1)),
        ContractErrors.HorizonExcludesProgramme => $"The programme '{Arg(arguments, 0)}' would fall outside the horizon. Change the programme first.",
        ContractErrors.HorizonEndsBeforeSignature => $"Someone signed on {DateArg(arguments, 0)}; the horizon cannot end before that.",
        ContractErrors.ProgrammeNameRequired => ProgrammeNameRequired,
        ContractErrors.ProgrammeNameTaken => $"There already is a programme '{Arg(arguments, 0)}'. Choose another name.",
        ContractErrors.ProgrammeEndBeforeStart => "The programme ends before it starts.",
        ContractErrors.ProgrammeOutsideHorizon => $"A programme lies within the contract's horizon ({ShortDateArg(arguments, 0)} – {ShortDateArg(arguments, 1)}).",
        ContractErrors.ProgrammeUnknown => "That programme does not exist (any more).",
        ContractErrors.AlreadySigned => $"This partner already signed, on {DateArg(arguments, 0)}.",
        ContractErrors.SignatoryNameRequired => PersonNameRequired,
        ContractErrors.SignatoryFunctionRequired => FunctionRequired,
        ContractErrors.SignatureAfterEnd => $"The contract runs until {DateArg(arguments, 0)}; a signature after that is not possible.",
        ContractErrors.SignatureInFuture => $"A signature cannot be in the future (today is {DateArg(arguments, 0)}).",
        _ => "That is not possible like this.",
    };

    public override string CreatedReceipt(string title) => $"✔ {title} is laid down as version 1.";

    public override string VersionReceipt(int number, ContractVersionKind kind, LocalDate day) => $"✔ Version {number} saved: {VersionKindName(kind)} on {Date(day)}.";

    public override string SignTitle(string contractTitle) => $"Signatures of {contractTitle}";

    public override string SignIntro => "Record which executive signed on behalf of a partner.";

    public override string PartnerLabel => "Partner";

    public override string PartnerRequired => "Choose the partner.";

    public override string PartnerNamePlaceholder => "the partner's name";

    public override string PersonNameLabel => "Signed by";

    public override string PersonNamePlaceholder => "e.g. Ingrid Jansen";

    public override string PersonNameRequired => "Enter who signed.";

    public override string FunctionLabel => "Function";

    public override string FunctionPlaceholder => "e.g. alderman, chief executive";

    public override string FunctionRequired => "Enter the function.";

    public override string SignDateLabel => "Date of signing";

    public override string RecordSignatureButton => "Record";

    public override string SignedReceipt(string partner, string person, string role, LocalDate day) =>
        $"✔ {partner} signed: {person} ({role}), {Date(day)}.";

    public override string AllPartnersSigned => "All active partners have signed the contract already.";

    public override string NoPartners => "There are no partners yet. Add them with `partner add`.";

    public override string UnknownPartner(string name, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"I don't know a partner '{name}'. See the partners with **partners**."
        : $"I don't know a partner '{name}'. Did you mean {string.Join(" or ", suggestions.Select(s => $"**{s}**"))}?";

    public override string PartnerHasLeft(string partner) => $"{partner} left the coalition and can no longer sign.";

    public override string ProgrammeTitle(string contractTitle) => $"Implementation programme for {contractTitle}";

    public override string ProgrammeIntro(DateInterval horizon) =>
        $"Usually 3 to 4 years, within the contract's horizon ({ShortDate(horizon.Start)} – {ShortDate(horizon.End)}).";

    public override string ProgrammeNameLabel => "Name";

    public override string ProgrammeNamePlaceholder => "e.g. Implementation programme 2026–2029";

    public override string ProgrammeNameRequired => "Give the programme a name.";

    public override string ProgrammeStartLabel => "Start";

    public override string ProgrammeEndLabel => "End (last day)";

    public override string AddButton => "Add";

    public override string ProgrammeReceipt(string name, DateInterval period) => $"✔ Programme '{name}' added: {Range(period)}.";

    public override string Warning(string code, IReadOnlyList<object> arguments) => code switch
    {
        ContractErrors.ProgrammeUnusualLength => $"Note: {Arg(arguments, 0)} to {Arg(arguments, 1)} years is usual. The programme was saved anyway.",
        _ => "Note: check this programme.",
    };
}
