using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Contracts;

/// <summary>
/// How often the contract is evaluated: a whole number of years (the texts: "every three to four years"). Which
/// lengths a contract accepts is set by <see cref="ContractRules"/>; this type only guarantees a positive number
/// of whole years.
/// </summary>
public sealed record ReviewCycle : IComparable<ReviewCycle>
{
    private ReviewCycle(int years) => Years = years;

    /// <summary>The length in whole years (at least 1).</summary>
    public int Years { get; }

    /// <summary>The length as a period, to add to dates.</summary>
    public Period Period => Period.FromYears(Years);

    public static ReviewCycle FromYears(int years) =>
        years is >= 1 and <= 100
            ? new ReviewCycle(years)
            : throw new DomainException(ContractErrors.ReviewCycleInvalid, $"A review cycle is a positive number of years, not {years}.", ContractFieldNames.ReviewCycle, years);

    public int CompareTo(ReviewCycle? other) => other is null ? 1 : Years.CompareTo(other.Years);

    public static bool operator <(ReviewCycle left, ReviewCycle right) => Compare(left, right) < 0;

    public static bool operator >(ReviewCycle left, ReviewCycle right) => Compare(left, right) > 0;

    public static bool operator <=(ReviewCycle left, ReviewCycle right) => Compare(left, right) <= 0;

    public static bool operator >=(ReviewCycle left, ReviewCycle right) => Compare(left, right) >= 0;

    public override string ToString() => $"{Years}y";

    private static int Compare(ReviewCycle? left, ReviewCycle? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
