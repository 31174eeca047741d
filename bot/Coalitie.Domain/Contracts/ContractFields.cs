using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Domain.Contracts;

/// <summary>The contract's own fields, the part that is versioned.</summary>
public enum ContractField
{
    Title,
    Area,
    Kind,
    SignedOn,
    Horizon,
    ReviewCycle,
    Principles,
    DocumentUrl,
}

/// <summary>
/// One field's change in a version: old → new, as canonical invariant text (ISO dates, <c>start/end</c> for the
/// horizon, whole years for the cycle, the enum name for the kind). Null means "not set". The host renders the
/// typed values from the versions' snapshots; this text is what is stored and audited.
/// </summary>
public sealed record FieldChange(ContractField Field, string? OldValue, string? NewValue);

/// <summary>
/// The contract's own fields as they stand (or stood, in a version's snapshot). Implementation programmes and
/// signatures are not part of it: programmes are renewed within the contract every three to four years ("the cycle
/// starts again", D3) and partners sign as they join, neither of which makes a new contract version; both are
/// audited instead.
/// </summary>
/// <param name="Title">E.g. "Lokaal contract Havenkwartier".</param>
/// <param name="Area">The wijk or area.</param>
/// <param name="Kind">What the agreement is called.</param>
/// <param name="SignedOn">When the bestuurders signed it, if they have.</param>
/// <param name="Horizon">Start and end, both inclusive.</param>
/// <param name="ReviewCycle">How often it is evaluated.</param>
/// <param name="Principles">Principles, preconditions and ambitions (free text), optional.</param>
/// <param name="DocumentUrl">The signed document (absolute http or https), optional.</param>
public sealed record ContractFields(
    string Title,
    string Area,
    ContractKind Kind,
    LocalDate? SignedOn,
    DateInterval Horizon,
    ReviewCycle ReviewCycle,
    string? Principles,
    Uri? DocumentUrl)
{
    public const int MaxTitleLength = 200;
    public const int MaxAreaLength = 200;
    public const int MaxPrinciplesLength = 4000;
    public const int MaxDocumentUrlLength = 2000;

    /// <summary>Every rule of the fields, all at once (for a form that shows each error next to its field).</summary>
    public IReadOnlyList<ContractNotice> Check(ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<ContractNotice>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add(new(ContractErrors.TitleRequired, ContractFieldNames.Title));
        }
        else if (Title.Trim().Length > MaxTitleLength)
        {
            problems.Add(new(ContractErrors.TooLong, ContractFieldNames.Title, MaxTitleLength));
        }

        if (string.IsNullOrWhiteSpace(Area))
        {
            problems.Add(new(ContractErrors.AreaRequired, ContractFieldNames.Area));
        }
        else if (Area.Trim().Length > MaxAreaLength)
        {
            problems.Add(new(ContractErrors.TooLong, ContractFieldNames.Area, MaxAreaLength));
        }

        if (!ContractRules.Spans(Horizon, rules.MinimumHorizon, rules.MaximumHorizon))
        {
            problems.Add(new(ContractErrors.HorizonOutOfBounds, ContractFieldNames.HorizonEnd, YearsOf(rules.MinimumHorizon), YearsOf(rules.MaximumHorizon)));
        }

        if (ReviewCycle < rules.MinimumReviewCycle || ReviewCycle > rules.MaximumReviewCycle)
        {
            problems.Add(new(ContractErrors.ReviewCycleOutOfBounds, ContractFieldNames.ReviewCycle, rules.MinimumReviewCycle.Years, rules.MaximumReviewCycle.Years));
        }

        if (SignedOn is { } signed && signed > Horizon.End)
        {
            problems.Add(new(ContractErrors.SignedAfterEnd, ContractFieldNames.SignedOn, Horizon.End));
        }

        if (Principles is { } principles && principles.Trim().Length > MaxPrinciplesLength)
        {
            problems.Add(new(ContractErrors.TooLong, ContractFieldNames.Principles, MaxPrinciplesLength));
        }

        if (DocumentUrl is { } url && !IsWebLink(url))
        {
            problems.Add(new(ContractErrors.DocumentUrlInvalid, ContractFieldNames.DocumentUrl));
        }

        return problems;
    }

    /// <summary>Texts trimmed; an empty optional text becomes null.</summary>
    public ContractFields Normalized() => this with
    {
        Title = Title?.Trim() ?? string.Empty,
        Area = Area?.Trim() ?? string.Empty,
        Principles = string.IsNullOrWhiteSpace(Principles) ? null : Principles.Trim(),
    };

    /// <summary>The horizon's length: 1 jan 2026 – 31 dec 2045 → 20 years.</summary>
    public Period HorizonLength => ContractRules.Length(Horizon);

    /// <summary>A field's value as canonical invariant text (see <see cref="FieldChange"/>); null when not set.</summary>
    public string? Canonical(ContractField field) => field switch
    {
        ContractField.Title => Title,
        ContractField.Area => Area,
        ContractField.Kind => Kind.ToString(),
        ContractField.SignedOn => SignedOn is { } d ? Iso(d) : null,
        ContractField.Horizon => $"{Iso(Horizon.Start)}/{Iso(Horizon.End)}",
        ContractField.ReviewCycle => ReviewCycle.Years.ToString(CultureInfo.InvariantCulture),
        ContractField.Principles => Principles,
        ContractField.DocumentUrl => DocumentUrl?.AbsoluteUri,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown contract field."),
    };

    /// <summary>The fields that differ between <paramref name="before"/> and <paramref name="after"/>, in field order.</summary>
    public static IReadOnlyList<FieldChange> Diff(ContractFields? before, ContractFields after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<FieldChange>();
        foreach (var field in Enum.GetValues<ContractField>())
        {
            var old = before?.Canonical(field);
            var @new = after.Canonical(field);
            if (!string.Equals(old, @new, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, old, @new));
            }
        }

        return changes;
    }

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsWebLink(Uri url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(url.Host)
        && url.AbsoluteUri.Length <= MaxDocumentUrlLength;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static int YearsOf(Period period) => period.Years;
}
