using System.Text.Json;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Cards;

/// <summary>
/// A form's state between renders: what the user typed (kept when the server refuses it) and the errors to show
/// next to the fields. Card builders take one; a refused submit renders the same card again with it.
/// </summary>
public sealed class FormState
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public static FormState Empty => new();

    /// <summary>The inputs of a submitted card (every string property of the action data).</summary>
    public static FormState From(CardActionRequest action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var state = new FormState();
        if (action.Data.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in action.Data.EnumerateObject())
            {
                state._values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => UserText.Clean(property.Value.GetString()!),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return state;
    }

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The trimmed value, or null when empty.</summary>
    public string? Get(string id) => _values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public FormState Set(string id, string? value)
    {
        _values[id] = value;
        return this;
    }

    public FormState AddError(string id, string message)
    {
        _errors.TryAdd(id, message);
        return this;
    }

    public string? ErrorFor(string id) => _errors.GetValueOrDefault(id);
}

/// <summary>Form elements that show the user's value and, below it, the server's error for that field.</summary>
public static class FormFields
{
    /// <summary>A text input followed by its error line (hidden when there is none).</summary>
    public static IEnumerable<CardElement> Text(
        FormState state, string id, string label, bool required = false, string? requiredMessage = null,
        string? placeholder = null, int? maxLength = null, bool multiline = false, string? regex = null, string? defaultValue = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        yield return new TextInput
        {
            Id = id,
            Label = label,
            IsRequired = required ? true : null,
            ErrorMessage = required || regex is not null ? requiredMessage ?? label : null,
            Placeholder = placeholder,
            MaxLength = maxLength,
            IsMultiline = multiline ? true : null,
            Regex = regex,
            Value = state.Get(id) ?? defaultValue,
        };

        if (ErrorLine(state, id) is { } error)
        {
            yield return error;
        }
    }

    /// <summary>A choice set followed by its error line.</summary>
    public static IEnumerable<CardElement> Choice(
        FormState state, string id, string label, IEnumerable<Choice> choices, bool required = false, string? requiredMessage = null,
        string? placeholder = null, string? defaultValue = null, bool expanded = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        yield return new ChoiceSetInput
        {
            Id = id,
            Label = label,
            IsRequired = required ? true : null,
            ErrorMessage = required ? requiredMessage ?? label : null,
            Placeholder = placeholder,
            Choices = choices.ToList(),
            Style = expanded ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
            Value = state.Get(id) ?? defaultValue,
        };

        if (ErrorLine(state, id) is { } error)
        {
            yield return error;
        }
    }

    /// <summary>The red line under a field, when it has an error (for inputs built without <see cref="Text"/> or <see cref="Choice"/>).</summary>
    public static IEnumerable<CardElement> Error(FormState state, string id)
    {
        if (ErrorLine(state, id) is { } error)
        {
            yield return error;
        }
    }

    /// <summary>The red line under a field, or null when the field has no error.</summary>
    public static TextBlock? ErrorLine(FormState state, string id)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ErrorFor(id) is { } message
            ? new TextBlock { Id = id + "-error", Text = message, Color = TextColor.Attention, Wrap = true, Spacing = Spacing.None, Size = TextSize.Small }
            : null;
    }
}
