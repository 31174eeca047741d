using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Contracts;

/// <summary>
/// An <i>uitvoeringsprogramma</i>: a three- to four-year programme within the contract's horizon (D3; NPRZ's
/// <i>vierjarenplannen</i>). Commitments link to it by <see cref="Id"/>. Start and end are both inclusive.
/// Changed only through <see cref="LocalContract"/>, which guards the horizon.
/// </summary>
public sealed class ImplementationProgramme
{
    public const int MaxNameLength = 200;

    internal ImplementationProgramme(Guid id, string name, LocalDate start, LocalDate end)
    {
        Id = id;
        Name = name;
        Start = start;
        End = end;
    }

    // For the persistence layer.
    private ImplementationProgramme()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public LocalDate Start { get; private set; }

    /// <summary>The last day of the programme (inclusive).</summary>
    public LocalDate End { get; private set; }

    /// <summary>Start to end, both inclusive.</summary>
    public DateInterval Period => new(Start, End);

    /// <summary>The programme's length: 1 jan 2026 – 31 dec 2029 → 4 years.</summary>
    public Period Length => ContractRules.Length(Period);

    internal void Change(string name, LocalDate start, LocalDate end)
    {
        Name = name;
        Start = start;
        End = end;
    }

    internal static DateInterval Interval(LocalDate start, LocalDate end) =>
        end < start
            ? throw new DomainException(ContractErrors.ProgrammeEndBeforeStart, "A programme cannot end before it starts.", ContractFieldNames.ProgrammeEnd)
            : new DateInterval(start, end);
}

/// <summary>
/// A partner's signature under the contract: the <i>bestuurder</i> who signed, in what function, and when. One per
/// partner. A signature before the horizon starts is fine (contracts are signed ahead); after it ends is refused.
/// </summary>
public sealed class Signatory
{
    public const int MaxTextLength = 200;

    internal Signatory(Guid partnerId, string personName, string function, LocalDate signedOn)
    {
        PartnerId = partnerId;
        PersonName = personName;
        Function = function;
        SignedOn = signedOn;
    }

    // For the persistence layer.
    private Signatory()
    {
        PersonName = string.Empty;
        Function = string.Empty;
    }

    public Guid PartnerId { get; private set; }

    public string PersonName { get; private set; }

    /// <summary>E.g. "wethouder", "bestuursvoorzitter", "korpschef".</summary>
    public string Function { get; private set; }

    public LocalDate SignedOn { get; private set; }

    internal void Pseudonymise(string replacement) => PersonName = replacement;
}
