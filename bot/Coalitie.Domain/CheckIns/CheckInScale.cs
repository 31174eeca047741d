using System.Globalization;
using Coalitie.Domain.Common;

namespace Coalitie.Domain.CheckIns;

/// <summary>The label of one point on a scale.</summary>
public sealed record ScaleLabel(int Value, string Dutch, string English);

/// <summary>
/// A factor's answer: a whole number on the round's scale, or "weet niet / niet van toepassing" (no number; it does
/// not count towards a mean or median).
/// </summary>
public readonly record struct FactorScore
{
    private FactorScore(int? value) => Value = value;

    /// <summary>The number chosen; null for "weet niet".</summary>
    public int? Value { get; }

    public bool IsDontKnow => Value is null;

    /// <summary>"Weet niet / niet van toepassing".</summary>
    public static FactorScore DontKnow => default;

    public static FactorScore Of(int value) => new(value);

    public override string ToString() => Value?.ToString(CultureInfo.InvariantCulture) ?? CheckInScale.DontKnowToken;
}

/// <summary>
/// The answer scale of a round, stored with the round so old answers keep their meaning when the default changes.
/// The texts give no scale (brief §2: "not specified"); the default of 1–5 with Dutch labels plus "weet niet / niet
/// van toepassing" is our design choice.
/// </summary>
public sealed record CheckInScale
{
    /// <summary>The card value that stands for "weet niet / niet van toepassing".</summary>
    public const string DontKnowToken = "weet-niet";

    public const string DontKnowDutch = "weet niet / niet van toepassing";
    public const string DontKnowEnglish = "don't know / not applicable";

    private CheckInScale(int minimum, int maximum, IReadOnlyList<ScaleLabel> labels, bool allowsDontKnow)
    {
        Minimum = minimum;
        Maximum = maximum;
        Labels = labels;
        AllowsDontKnow = allowsDontKnow;
    }

    /// <summary>1 zeer zwak, 2 zwak, 3 redelijk, 4 sterk, 5 zeer sterk, plus "weet niet / niet van toepassing".</summary>
    public static CheckInScale Default { get; } = Create(
        1,
        5,
        [
            new ScaleLabel(1, "zeer zwak", "very weak"),
            new ScaleLabel(2, "zwak", "weak"),
            new ScaleLabel(3, "redelijk", "fair"),
            new ScaleLabel(4, "sterk", "strong"),
            new ScaleLabel(5, "zeer sterk", "very strong"),
        ],
        allowsDontKnow: true);

    public int Minimum { get; }

    public int Maximum { get; }

    /// <summary>One label per value, from <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
    public IReadOnlyList<ScaleLabel> Labels { get; }

    /// <summary>Whether "weet niet / niet van toepassing" may be answered.</summary>
    public bool AllowsDontKnow { get; }

    /// <summary>A scale from <paramref name="minimum"/> to <paramref name="maximum"/> with one label per value, in order.</summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.ScaleInvalid"/>.</exception>
    public static CheckInScale Create(int minimum, int maximum, IReadOnlyList<ScaleLabel> labels, bool allowsDontKnow)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var valid = maximum > minimum
            && labels.Count == maximum - minimum + 1
            && labels.Select((l, i) => l.Value == minimum + i && !string.IsNullOrWhiteSpace(l.Dutch) && !string.IsNullOrWhiteSpace(l.English)).All(ok => ok);
        if (!valid)
        {
            throw new DomainException(CheckInErrors.ScaleInvalid, $"A scale needs at least two values from {minimum} to {maximum} with a Dutch and English label each.", CheckInFieldNames.Scale, minimum, maximum);
        }

        return new CheckInScale(minimum, maximum, [.. labels], allowsDontKnow);
    }

    /// <summary>The label of <paramref name="value"/>; null when it is not on the scale.</summary>
    public ScaleLabel? LabelOf(int value) => value >= Minimum && value <= Maximum ? Labels[value - Minimum] : null;

    /// <summary>Whether <paramref name="score"/> is a valid answer on this scale.</summary>
    public bool Accepts(FactorScore score) =>
        score.Value is { } value ? value >= Minimum && value <= Maximum : AllowsDontKnow;

    /// <summary>Checks <paramref name="score"/> as the answer to factor <paramref name="factorKey"/>.</summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.ScoreOutOfRange"/> or <see cref="CheckInErrors.DontKnowNotAllowed"/>.</exception>
    public void Validate(char factorKey, FactorScore score)
    {
        if (Accepts(score))
        {
            return;
        }

        var field = CheckInFieldNames.Factor(factorKey);
        if (score.Value is { } value)
        {
            throw new DomainException(CheckInErrors.ScoreOutOfRange, $"Score {value} for factor {factorKey} is outside {Minimum}–{Maximum}.", field, factorKey, value, Minimum, Maximum);
        }

        throw new DomainException(CheckInErrors.DontKnowNotAllowed, $"This scale offers no 'don't know' (factor {factorKey}).", field, factorKey);
    }

    /// <summary>
    /// Reads a value submitted from a card (a whole number or <see cref="DontKnowToken"/>) and validates it; an empty
    /// value is a missing factor.
    /// </summary>
    /// <exception cref="DomainException">
    /// <see cref="CheckInErrors.FactorMissing"/>, <see cref="CheckInErrors.ScoreUnreadable"/>, or a validation code of <see cref="Validate"/>.
    /// </exception>
    public FactorScore ParseSubmitted(char factorKey, string? submitted)
    {
        var field = CheckInFieldNames.Factor(factorKey);
        var text = submitted?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainException(CheckInErrors.FactorMissing, $"Factor {factorKey} has no answer.", field, factorKey);
        }

        FactorScore score;
        if (string.Equals(text, DontKnowToken, StringComparison.OrdinalIgnoreCase))
        {
            score = FactorScore.DontKnow;
        }
        else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            score = FactorScore.Of(value);
        }
        else
        {
            throw new DomainException(CheckInErrors.ScoreUnreadable, $"Factor {factorKey}: '{text}' is not a score.", field, factorKey, text);
        }

        Validate(factorKey, score);
        return score;
    }

    public bool Equals(CheckInScale? other) =>
        other is not null && Minimum == other.Minimum && Maximum == other.Maximum && AllowsDontKnow == other.AllowsDontKnow && Labels.SequenceEqual(other.Labels);

    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum, AllowsDontKnow, Labels.Count);
}
