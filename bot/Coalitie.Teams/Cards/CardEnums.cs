using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

// Every enum here is written in camelCase by CardJson.Options ("bolder", "extraLarge", "repeatHorizontally");
// the adaptivecards parser compares these names case-insensitively.

/// <summary>Space above an element.</summary>
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}

/// <summary>Text size.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

/// <summary>Text weight.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

/// <summary>Text colour, resolved by the host's theme.</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}

/// <summary>Font family.</summary>
public enum FontType
{
    Default,
    Monospace,
}

/// <summary>TextBlock style (1.5): <c>heading</c> is announced as a heading by screen readers.</summary>
public enum TextBlockStyle
{
    Default,
    Heading,
}

/// <summary>Horizontal alignment.</summary>
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>Vertical alignment of a container's content.</summary>
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}

/// <summary>Container, column, table and row style.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}

/// <summary>Size of an <see cref="Image"/>.</summary>
public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}

/// <summary>Size of the images in an <see cref="ImageSet"/> (the parser accepts only these three).</summary>
public enum ImageSetSize
{
    Small,
    Medium,
    Large,
}

/// <summary>Image style: <c>person</c> crops to a circle.</summary>
public enum ImageStyle
{
    Default,
    Person,
}

/// <summary>How a background image fills its element.</summary>
public enum BackgroundFillMode
{
    Cover,
    RepeatHorizontally,
    RepeatVertically,
    Repeat,
}

/// <summary>Input.ChoiceSet style: <c>compact</c> is a drop-down, <c>expanded</c> a radio or check-box list.</summary>
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}

/// <summary>Input.Text style (keyboard hint).</summary>
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}

/// <summary>Action style.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}

/// <summary>Action mode (1.5): <c>secondary</c> actions go into the overflow menu.</summary>
public enum ActionMode
{
    Primary,
    Secondary,
}

/// <summary>Which inputs an Action.Execute / Action.Submit validates and sends.</summary>
public enum AssociatedInputs
{
    /// <summary>All inputs of the card and its parents are validated and sent.</summary>
    Auto,

    /// <summary>No input is validated or sent.</summary>
    None,
}

/// <summary>Teams card width (<c>msteams.width</c>).</summary>
public enum MsTeamsWidth
{
    /// <summary>The card spans the full width of the conversation.</summary>
    [JsonStringEnumMemberName("Full")]
    Full,
}
