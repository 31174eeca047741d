using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>
/// A card action. Written with its <c>type</c> discriminator (<c>"Action.Execute"</c>, ...) wherever it is typed as
/// <see cref="CardAction"/>.
/// </summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "type",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract class CardAction
{
    public string? Title { get; init; }
    public string? Id { get; init; }

    /// <summary><c>positive</c> or <c>destructive</c> colour the button.</summary>
    public ActionStyle? Style { get; init; }

    public Uri? IconUrl { get; init; }

    /// <summary>Hover text (1.5).</summary>
    public string? Tooltip { get; init; }

    /// <summary>False disables the button (1.5).</summary>
    public bool? IsEnabled { get; init; }

    /// <summary><c>secondary</c> moves the action into the overflow menu (1.5).</summary>
    public ActionMode? Mode { get; init; }

    /// <summary>The action a client uses when it does not support this one (e.g. Action.Submit for Action.Execute).</summary>
    public CardAction? Fallback { get; init; }
}

/// <summary>
/// Action.Execute (Universal Actions): the bot receives an <c>adaptiveCard/action</c> invoke with
/// <see cref="Verb"/> and <see cref="Data"/> merged with the inputs, and may answer with a new card.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    /// <summary>What the bot should do; required.</summary>
    public string? Verb { get; init; }

    /// <summary>Any object; serialised with <see cref="CardJson.Options"/> (camelCase). Read back as a JsonElement.</summary>
    public object? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}

/// <summary>Action.Submit (classic): the bot receives a message activity whose value is data merged with the inputs.</summary>
public sealed class SubmitAction : CardAction
{
    /// <summary>Any object; serialised with <see cref="CardJson.Options"/> (camelCase). Read back as a JsonElement.</summary>
    public object? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}

/// <summary>Action.OpenUrl.</summary>
public sealed class OpenUrlAction : CardAction
{
    public Uri? Url { get; init; }
}

/// <summary>Action.ShowCard: reveals a nested card below the actions.</summary>
public sealed class ShowCardAction : CardAction
{
    public AdaptiveCard? Card { get; init; }
}

/// <summary>Action.ToggleVisibility: shows, hides or toggles elements by id.</summary>
public sealed class ToggleVisibilityAction : CardAction
{
    public List<TargetElement> TargetElements { get; init; } = [];
}

/// <summary>A target of <see cref="ToggleVisibilityAction"/>.</summary>
public sealed class TargetElement
{
    public TargetElement()
    {
    }

    /// <param name="elementId">The id of the element to change.</param>
    /// <param name="isVisible">True shows, false hides, null toggles.</param>
    public TargetElement(string elementId, bool? isVisible = null)
    {
        ElementId = elementId;
        IsVisible = isVisible;
    }

    public string? ElementId { get; init; }

    /// <summary>True shows, false hides, null toggles.</summary>
    public bool? IsVisible { get; init; }
}
