namespace Coalitie.Domain.Contracts;

/// <summary>
/// The stable codes of <see cref="Common.DomainException"/>s and <see cref="ContractNotice"/>s raised by the contract;
/// the host turns each into a Dutch or English sentence. Arguments are listed per code.
/// </summary>
public static class ContractErrors
{
    /// <summary>Title empty.</summary>
    public const string TitleRequired = "contract.title-required";

    /// <summary>Area empty.</summary>
    public const string AreaRequired = "contract.area-required";

    /// <summary>A text longer than allowed. Arguments: the maximum length.</summary>
    public const string TooLong = "contract.too-long";

    /// <summary>Horizon end before its start.</summary>
    public const string HorizonEndBeforeStart = "contract.horizon-end-before-start";

    /// <summary>Horizon outside the configured span. Arguments: minimum years, maximum years.</summary>
    public const string HorizonOutOfBounds = "contract.horizon-out-of-bounds";

    /// <summary>A review cycle that is not a positive number of years. Arguments: the number given.</summary>
    public const string ReviewCycleInvalid = "contract.review-cycle-invalid";

    /// <summary>Review cycle outside the configured bounds. Arguments: minimum years, maximum years.</summary>
    public const string ReviewCycleOutOfBounds = "contract.review-cycle-out-of-bounds";

    /// <summary>Document link not an absolute http(s) URL.</summary>
    public const string DocumentUrlInvalid = "contract.document-url-invalid";

    /// <summary>Contract signed after its horizon ends.</summary>
    public const string SignedAfterEnd = "contract.signed-after-end";

    /// <summary>An edit that changes nothing.</summary>
    public const string NoChanges = "contract.no-changes";

    /// <summary>An edit without a reason.</summary>
    public const string ReasonRequired = "contract.reason-required";

    /// <summary>An edit whose version kind is <see cref="ContractVersionKind.Vastgesteld"/> (only version 1 is).</summary>
    public const string VersionKindInvalid = "contract.version-kind-invalid";

    /// <summary>A version dated before the previous version. Arguments: the previous version's date.</summary>
    public const string VersionDateBeforePrevious = "contract.version-date-before-previous";

    /// <summary>No version with that number. Arguments: the number asked, the latest number.</summary>
    public const string VersionUnknown = "contract.version-unknown";

    /// <summary>The new horizon would leave a programme outside it. Arguments: the programme's name.</summary>
    public const string HorizonExcludesProgramme = "contract.horizon-excludes-programme";

    /// <summary>The new horizon would end before a recorded signature. Arguments: the signature date.</summary>
    public const string HorizonEndsBeforeSignature = "contract.horizon-ends-before-signature";

    /// <summary>Programme name empty.</summary>
    public const string ProgrammeNameRequired = "contract.programme-name-required";

    /// <summary>Another programme already has this name. Arguments: the name.</summary>
    public const string ProgrammeNameTaken = "contract.programme-name-taken";

    /// <summary>Programme ends before it starts.</summary>
    public const string ProgrammeEndBeforeStart = "contract.programme-end-before-start";

    /// <summary>Programme not within the horizon. Arguments: horizon start, horizon end.</summary>
    public const string ProgrammeOutsideHorizon = "contract.programme-outside-horizon";

    /// <summary>No programme with that id.</summary>
    public const string ProgrammeUnknown = "contract.programme-unknown";

    /// <summary>
    /// Warning, not an error: the programme is shorter or longer than usual. Arguments: minimum years, maximum years.
    /// </summary>
    public const string ProgrammeUnusualLength = "contract.programme-unusual-length";

    /// <summary>The partner already signed. Arguments: that signature's date.</summary>
    public const string AlreadySigned = "contract.already-signed";

    /// <summary>Signatory's name empty.</summary>
    public const string SignatoryNameRequired = "contract.signatory-name-required";

    /// <summary>Signatory's function empty.</summary>
    public const string SignatoryFunctionRequired = "contract.signatory-function-required";

    /// <summary>A signature dated after the horizon ends. Arguments: the horizon's end.</summary>
    public const string SignatureAfterEnd = "contract.signature-after-end";

    /// <summary>A signature dated in the future. Arguments: today.</summary>
    public const string SignatureInFuture = "contract.signature-in-future";
}

/// <summary>The names of the fields errors point at (the host's form inputs use the same ids).</summary>
public static class ContractFieldNames
{
    public const string Title = "title";
    public const string Area = "area";
    public const string Kind = "kind";
    public const string SignedOn = "signedOn";
    public const string HorizonStart = "horizonStart";
    public const string HorizonEnd = "horizonEnd";
    public const string ReviewCycle = "reviewCycle";
    public const string Principles = "principles";
    public const string DocumentUrl = "documentUrl";
    public const string VersionKind = "versionKind";
    public const string Reason = "reason";
    public const string VersionDate = "versionDate";
    public const string ProgrammeName = "programmeName";
    public const string ProgrammeStart = "programmeStart";
    public const string ProgrammeEnd = "programmeEnd";
    public const string Partner = "partner";
    public const string PersonName = "personName";
    public const string Function = "function";
    public const string SignatureDate = "signatureDate";
}

/// <summary>
/// A rule finding that is not (yet) thrown: an error found by a check that collects all of them at once, or a
/// warning the contract accepts (e.g. an unusually long programme).
/// </summary>
public sealed record ContractNotice(string Code, string? Field, IReadOnlyList<object> Arguments)
{
    public ContractNotice(string code, string? field, params object[] arguments)
        : this(code, field, (IReadOnlyList<object>)arguments)
    {
    }

    internal Common.DomainException ToException() =>
        new(Code, $"Contract rule {Code} violated{(Field is null ? string.Empty : $" on {Field}")}.", Field, [.. Arguments]);
}
