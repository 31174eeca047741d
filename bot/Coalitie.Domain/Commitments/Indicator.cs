using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Commitments;

/// <summary>Which way an indicator should move.</summary>
public enum Direction
{
    /// <summary>More is better (e.g. pupils with a start qualification).</summary>
    HigherIsBetter,

    /// <summary>Less is better (e.g. empty homes, early school-leavers, nuisance reports).</summary>
    LowerIsBetter,
}

/// <summary>What a commitment measures: its name, the unit it is counted in and which way is better.</summary>
public sealed record Indicator
{
    public const int MaxNameLength = 200;
    public const int MaxUnitLength = 50;

    public Indicator(string name, string unit, Direction direction)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(CommitmentErrors.IndicatorNameRequired, "An indicator needs a name.", CommitmentFields.IndicatorName);
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            throw new DomainException(CommitmentErrors.IndicatorUnitRequired, "An indicator needs a unit.", CommitmentFields.IndicatorUnit);
        }

        if (name.Trim().Length > MaxNameLength || unit.Trim().Length > MaxUnitLength)
        {
            throw new DomainException(CommitmentErrors.TooLong, "The indicator's name or unit is too long.", CommitmentFields.IndicatorName, MaxNameLength);
        }

        if (!Enum.IsDefined(direction))
        {
            throw new DomainException(CommitmentErrors.DirectionRequired, "Unknown direction.", CommitmentFields.Direction);
        }

        Name = name.Trim();
        Unit = unit.Trim();
        Direction = direction;
    }

    public string Name { get; }

    public string Unit { get; }

    public Direction Direction { get; }

    /// <summary>+1 when higher is better, -1 when lower is better: multiplying a difference by it gives "how much better".</summary>
    public int BetterSign => Direction == Direction.HigherIsBetter ? 1 : -1;

    /// <summary>True when <paramref name="value"/> is at least as good as <paramref name="reference"/>.</summary>
    public bool IsAtLeastAsGood(decimal value, decimal reference) => (value - reference) * BetterSign >= 0;
}

/// <summary>A value on a date: a baseline (<i>nulmeting</i>), a target (<i>streefwaarde</i>) or a milestone.</summary>
/// <param name="Value">The indicator's value, in the indicator's unit.</param>
/// <param name="Date">The calendar date the value belongs to (in the coalition's time zone).</param>
public sealed record DatedValue(decimal Value, LocalDate Date);
