using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>
/// An input. Its value arrives in the action's data keyed by <see cref="CardElement.Id"/>, always as a string.
/// A required input needs a <see cref="Label"/> and an <see cref="ErrorMessage"/> (1.3 client-side validation).
/// </summary>
public abstract class CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

/// <summary>Input.Text: free text, single or multi-line.</summary>
public sealed class TextInput : CardInput
{
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the value must match (1.3).</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
    public string? Value { get; init; }

    /// <summary>A button shown next to the field.</summary>
    public CardAction? InlineAction { get; init; }
}

/// <summary>Input.Number.</summary>
public sealed class NumberInput : CardInput
{
    public string? Placeholder { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
}

/// <summary>Input.Date; values are calendar dates written <c>yyyy-MM-dd</c>.</summary>
public sealed class DateInput : CardInput
{
    public string? Placeholder { get; init; }

    [JsonConverter(typeof(CardDateConverter))]
    public DateOnly? Min { get; init; }

    [JsonConverter(typeof(CardDateConverter))]
    public DateOnly? Max { get; init; }

    [JsonConverter(typeof(CardDateConverter))]
    public DateOnly? Value { get; init; }
}

/// <summary>Input.Time; values are times of day written <c>HH:mm</c> (seconds are dropped).</summary>
public sealed class TimeInput : CardInput
{
    public string? Placeholder { get; init; }

    [JsonConverter(typeof(CardTimeConverter))]
    public TimeOnly? Min { get; init; }

    [JsonConverter(typeof(CardTimeConverter))]
    public TimeOnly? Max { get; init; }

    [JsonConverter(typeof(CardTimeConverter))]
    public TimeOnly? Value { get; init; }
}

/// <summary>Input.Toggle: a check box sending <see cref="ValueOn"/> or <see cref="ValueOff"/> (default "true"/"false").</summary>
public sealed class ToggleInput : CardInput
{
    public string? Title { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }

    /// <summary>The initial value: equal to <see cref="ValueOn"/> means checked.</summary>
    public string? Value { get; init; }

    public bool? Wrap { get; init; }
}

/// <summary>Input.ChoiceSet: a drop-down (<c>compact</c>) or radio/check-box list (<c>expanded</c>).</summary>
public sealed class ChoiceSetInput : CardInput
{
    public List<Choice> Choices { get; init; } = [];
    public ChoiceInputStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }

    /// <summary>The selected value; for multi-select a comma-separated list of values.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }
    public bool? Wrap { get; init; }
}

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public string? Title { get; init; }
    public string? Value { get; init; }
}
