using Coalitie.Bot.Localization;
using Coalitie.Domain.Contracts;
using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Bot.Contracts;

/// <summary>
/// The sentences of the lokaal contract feature, Dutch (informal <i>je</i>) and English. Texts for chat messages use
/// `code` for commands; texts shown in cards use **bold**. Pick with <see cref="For(ITexts)"/>.
/// </summary>
public abstract class ContractsTexts
{
    public abstract Language Language { get; }

    public bool English => Language == Language.En;

    public static ContractsTexts For(Language language) => language == Language.En ? EnglishContractsTexts.Instance : DutchContractsTexts.Instance;

    public static ContractsTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    // Formatting

    /// <summary>"di 3 mrt 2027".</summary>
    public string Date(LocalDate date) => DutchDates.Format(date, English);

    /// <summary>"3 mrt 2027" (no weekday; for ranges).</summary>
    public string ShortDate(LocalDate date) => Date(date).Split(' ', 2)[1];

    /// <summary>"1 jan 2026 – 31 dec 2045, 20 jaar".</summary>
    public string Range(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return $"{ShortDate(interval.Start)} – {ShortDate(interval.End)}, {Length(ContractRules.Length(interval))}";
    }

    /// <summary>"20 jaar", "19 jaar en 6 maanden", "3 maanden en 2 dagen".</summary>
    public string Length(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var parts = new List<string>();
        if (period.Years != 0)
        {
            parts.Add(Years(period.Years));
        }

        if (period.Months != 0)
        {
            parts.Add(Months(period.Months));
        }

        if (period.Days != 0 || parts.Count == 0)
        {
            parts.Add(Days(period.Days));
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + AndWord + parts[^1];
    }

    protected abstract string AndWord { get; }

    public abstract string Years(int years);

    protected abstract string Months(int months);

    protected abstract string Days(int days);

    // Names

    public abstract string KindName(ContractKind kind);

    public abstract string VersionKindName(ContractVersionKind kind);

    public abstract string FieldName(ContractField field);

    /// <summary>"elke 4 jaar".</summary>
    public abstract string Cycle(ReviewCycle cycle);

    /// <summary>A field's value as the product speaks, from its canonical text (<see cref="FieldChange"/>).</summary>
    public string Value(ContractField field, string? canonical)
    {
        if (canonical is null)
        {
            return NotSet;
        }

        return field switch
        {
            ContractField.Kind when Enum.TryParse<ContractKind>(canonical, out var kind) => KindName(kind),
            ContractField.SignedOn when NodaTime.Text.LocalDatePattern.Iso.Parse(canonical) is { Success: true } d => ShortDate(d.Value),
            ContractField.Horizon when canonical.Split('/') is [var s, var e]
                && NodaTime.Text.LocalDatePattern.Iso.Parse(s) is { Success: true } start
                && NodaTime.Text.LocalDatePattern.Iso.Parse(e) is { Success: true } end
                && end.Value >= start.Value => Range(new DateInterval(start.Value, end.Value)),
            ContractField.ReviewCycle when int.TryParse(canonical, System.Globalization.CultureInfo.InvariantCulture, out var years) && years > 0 => Cycle(ReviewCycle.FromYears(years)),
            ContractField.Principles => Clip(canonical, 300),
            _ => canonical,
        };
    }

    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..max].TrimEnd() + "…";
    }

    public abstract string NotSet { get; }

    // Commands

    public abstract string CommandContractDescription { get; }

    public abstract string CommandEditDescription { get; }

    public abstract string CommandSignDescription { get; }

    public abstract string CommandVersionDescription { get; }

    public abstract string CommandProgrammeDescription { get; }

    public abstract string NoContract { get; }

    /// <summary>After "Het contract wijzigen kan alleen de procesregisseur.": how to propose a change.</summary>
    public abstract string ProposeChange(IReadOnlyList<string> procesregisseurs);

    public abstract string ChangedMeanwhile { get; }

    public abstract string FormOutdated { get; }

    // The contract card

    public abstract string KindLabel { get; }

    public abstract string AreaLabel { get; }

    public abstract string SignedOnLabel { get; }

    public abstract string NotSignedYet { get; }

    public abstract string HorizonLabel { get; }

    public abstract string ReviewLabel { get; }

    /// <summary>"elke 4 jaar · volgende evaluatie wo 1 jan 2030".</summary>
    public abstract string Review(ReviewCycle cycle, LocalDate? nextReview);

    public abstract string VersionLabel { get; }

    /// <summary>"2 · bijgesteld op ma 15 jan 2030".</summary>
    public abstract string VersionFact(int number, ContractVersionKind kind, LocalDate day);

    public abstract string DocumentLabel { get; }

    public abstract string OpenDocument { get; }

    public abstract string NoDocument { get; }

    public abstract string PrinciplesLabel { get; }

    public abstract string ProgrammesHeader { get; }

    public abstract string NoProgrammes { get; }

    public abstract string SignatoriesHeader { get; }

    public abstract string NoSignatories { get; }

    /// <summary>"3 van de 9 partners hebben getekend".</summary>
    public abstract string SignedCount(int signedCount, int partners);

    public abstract string AndMore(int count);

    public abstract string VersionsHeader { get; }

    /// <summary>"Versie 2 · bijgesteld · ma 15 jan 2030".</summary>
    public abstract string VersionLine(int number, ContractVersionKind kind, LocalDate day);

    public abstract string ShowButton { get; }

    public abstract string AllVersionsButton { get; }

    public abstract string EditButton { get; }

    public abstract string SignButton { get; }

    public abstract string AddProgrammeButton { get; }

    public abstract string ShowContractButton { get; }

    // Versions

    public abstract string VersionsTitle(string contractTitle);

    public abstract string Page(int page, int pages);

    public abstract string NextPage { get; }

    public abstract string PreviousPage { get; }

    public abstract string VersionTitle(int number, string contractTitle);

    public abstract string CurrentVersionNote { get; }

    public abstract string EarlierVersionNote(int current);

    public abstract string ReasonLabel { get; }

    public abstract string ChangesHeader { get; }

    public abstract string FieldHeader { get; }

    public abstract string WasHeader { get; }

    public abstract string BecomesHeader { get; }

    public abstract string PreviousVersion { get; }

    public abstract string NextVersion { get; }

    public abstract string NoSuchVersion(string asked, int latest);

    // The edit form

    public abstract string NewContractTitle { get; }

    public abstract string EditContractTitle(int currentVersion);

    public abstract string NewContractIntro { get; }

    public abstract string EditContractIntro { get; }

    public abstract string TitleLabel { get; }

    public abstract string TitleRequired { get; }

    public abstract string AreaRequired { get; }

    public abstract string DatePlaceholder { get; }

    public abstract string HorizonStartLabel { get; }

    public abstract string HorizonEndLabel { get; }

    public abstract string DateRequired { get; }

    public abstract string ReviewCycleLabel { get; }

    public abstract string DocumentUrlLabel { get; }

    public abstract string DocumentUrlMessage { get; }

    public abstract string VersionKindLabel { get; }

    public abstract string VersionKindRequired { get; }

    public abstract string ReasonPlaceholder { get; }

    public abstract string ReasonRequiredMessage { get; }

    public abstract string VersionDateLabel { get; }

    public abstract string AdoptedOnLabel { get; }

    public abstract string SaveButton { get; }

    public abstract string CreateButton { get; }

    /// <summary>For a date that cannot be read: "Dat is geen datum die ik kan lezen, bijv. 1-3-2027 of 1 maart 2027."</summary>
    public abstract string UnreadableDate { get; }

    public abstract string FixErrors { get; }

    /// <summary>The sentence for a domain error code with its arguments.</summary>
    public abstract string ErrorText(string code, IReadOnlyList<object> arguments);

    // Receipts

    public abstract string CreatedReceipt(string title);

    public abstract string VersionReceipt(int number, ContractVersionKind kind, LocalDate day);

    // Signing

    public abstract string SignTitle(string contractTitle);

    public abstract string SignIntro { get; }

    public abstract string PartnerLabel { get; }

    public abstract string PartnerRequired { get; }

    public abstract string PartnerNamePlaceholder { get; }

    public abstract string PersonNameLabel { get; }

    public abstract string PersonNamePlaceholder { get; }

    public abstract string PersonNameRequired { get; }

    public abstract string FunctionLabel { get; }

    public abstract string FunctionPlaceholder { get; }

    public abstract string FunctionRequired { get; }

    public abstract string SignDateLabel { get; }

    public abstract string RecordSignatureButton { get; }

    public abstract string SignedReceipt(string partner, string person, string role, LocalDate day);

    public abstract string AllPartnersSigned { get; }

    public abstract string NoPartners { get; }

    public abstract string UnknownPartner(string name, IReadOnlyList<string> suggestions);

    public abstract string PartnerHasLeft(string partner);

    // Programmes

    public abstract string ProgrammeTitle(string contractTitle);

    public abstract string ProgrammeIntro(DateInterval horizon);

    public abstract string ProgrammeNameLabel { get; }

    public abstract string ProgrammeNamePlaceholder { get; }

    public abstract string ProgrammeNameRequired { get; }

    public abstract string ProgrammeStartLabel { get; }

    public abstract string ProgrammeEndLabel { get; }

    public abstract string AddButton { get; }

    public abstract string ProgrammeReceipt(string name, DateInterval period);

    public abstract string Warning(string code, IReadOnlyList<object> arguments);

    protected static string Arg(IReadOnlyList<object> arguments, int index)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return index < arguments.Count ? Convert.ToString(arguments[index], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
    }

    protected static int Number(IReadOnlyList<object> arguments, int index)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return index < arguments.Count && arguments[index] is int n ? n : 0;
    }

    protected string DateArg(IReadOnlyList<object> arguments, int index)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return index < arguments.Count && arguments[index] is LocalDate d ? Date(d) : Arg(arguments, index);
    }

    protected string ShortDateArg(IReadOnlyList<object> arguments, int index)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return index < arguments.Count && arguments[index] is LocalDate d ? ShortDate(d) : Arg(arguments, index);
    }
}
