using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>
/// An element of a card body, container or column. Written with its <c>type</c> discriminator
/// (<c>"TextBlock"</c>, <c>"Input.ChoiceSet"</c>, ...) wherever it is typed as <see cref="CardElement"/>.
/// </summary>
[JsonPolymorphic(
    TypeDiscriminatorPropertyName = "type",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ImageSet), "ImageSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract class CardElement
{
    /// <summary>Unique within the card; required for inputs and for ToggleVisibility targets.</summary>
    public string? Id { get; init; }

    /// <summary>False hides the element until an Action.ToggleVisibility shows it.</summary>
    public bool? IsVisible { get; init; }

    public Spacing? Spacing { get; init; }

    /// <summary>True draws a line above the element.</summary>
    public bool? Separator { get; init; }

    /// <summary><c>auto</c> or <c>stretch</c>; pixels only on <see cref="Image"/>.</summary>
    public ElementHeight? Height { get; init; }
}

/// <summary>A block of text (markdown subset, <c>&lt;at&gt;</c> mentions).</summary>
public sealed class TextBlock : CardElement
{
    public string? Text { get; init; }
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool? Wrap { get; init; }
    public int? MaxLines { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
    public FontType? FontType { get; init; }

    /// <summary><c>heading</c> (1.5) for titles.</summary>
    public TextBlockStyle? Style { get; init; }
}

/// <summary>A paragraph of differently formatted <see cref="TextRun"/>s.</summary>
public sealed class RichTextBlock : CardElement
{
    public List<TextRun> Inlines { get; init; } = [];
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>A run of text inside a <see cref="RichTextBlock"/> (no markdown).</summary>
public sealed class TextRun
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public string? Text { get; init; }
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public FontType? FontType { get; init; }
    public bool? Italic { get; init; }
    public bool? Strikethrough { get; init; }
    public bool? Highlight { get; init; }
    public bool? Underline { get; init; }
    public CardAction? SelectAction { get; init; }
}

/// <summary>An image by URL (https or data URI).</summary>
public sealed class Image : CardElement
{
    public Uri? Url { get; init; }
    public string? AltText { get; init; }
    public ImageSize? Size { get; init; }
    public ImageStyle? Style { get; init; }

    /// <summary>Fixed width; overrides <see cref="Size"/>.</summary>
    public PixelLength? Width { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>CSS-style colour behind transparent images, e.g. <c>#DDDDDD</c>.</summary>
    public string? BackgroundColor { get; init; }

    public CardAction? SelectAction { get; init; }
}

/// <summary>A gallery of images.</summary>
public sealed class ImageSet : CardElement
{
    [JsonConverter(typeof(AsBaseTypeListConverter<CardElement, Image>))]
    public List<Image> Images { get; init; } = [];

    public ImageSetSize? ImageSize { get; init; }
}

/// <summary>A background image of a card, container or column.</summary>
public sealed class BackgroundImage
{
    public Uri? Url { get; init; }
    public BackgroundFillMode? FillMode { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
    public VerticalAlignment? VerticalAlignment { get; init; }
}

/// <summary>A group of elements, optionally styled and clickable.</summary>
public sealed class Container : CardElement
{
    public List<CardElement> Items { get; init; } = [];
    public ContainerStyle? Style { get; init; }

    /// <summary>True lets the style's background reach the parent's edges.</summary>
    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
    public PixelLength? MinHeight { get; init; }
    public BackgroundImage? BackgroundImage { get; init; }

    /// <summary>Right-to-left content (1.5).</summary>
    public bool? Rtl { get; init; }
}

/// <summary>A row of <see cref="Column"/>s.</summary>
public sealed class ColumnSet : CardElement
{
    public List<Column> Columns { get; init; } = [];
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
    public CardAction? SelectAction { get; init; }
    public PixelLength? MinHeight { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

/// <summary>
/// One column of a <see cref="ColumnSet"/>. It carries its own <c>type</c>, because a column is not allowed
/// directly in a body (serialising one there fails).
/// </summary>
public sealed class Column : CardElement
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public List<CardElement> Items { get; init; } = [];

    /// <summary><c>auto</c>, <c>stretch</c>, a weight or pixels.</summary>
    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
    public CardAction? SelectAction { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
    public PixelLength? MinHeight { get; init; }
    public BackgroundImage? BackgroundImage { get; init; }
    public bool? Rtl { get; init; }
}

/// <summary>Label/value pairs, e.g. a receipt's lines.</summary>
public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; init; } = [];
}

/// <summary>One label/value pair of a <see cref="FactSet"/>.</summary>
public sealed class Fact
{
    public Fact()
    {
    }

    public Fact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public string? Title { get; init; }
    public string? Value { get; init; }
}

/// <summary>Actions placed inside the body.</summary>
public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; init; } = [];
}

/// <summary>A table (1.5).</summary>
public sealed class Table : CardElement
{
    public List<TableColumnDefinition> Columns { get; init; } = [];
    public List<TableRow> Rows { get; init; } = [];

    /// <summary>Default true: the first row is announced as the header row.</summary>
    public bool? FirstRowAsHeader { get; init; }

    /// <summary>Default true.</summary>
    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}

/// <summary>A column of a <see cref="Table"/>.</summary>
public sealed class TableColumnDefinition
{
    /// <summary>A weight or pixels (not <c>auto</c>/<c>stretch</c>); default weight 1.</summary>
    public ColumnWidth? Width { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed class TableRow
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public List<TableCell> Cells { get; init; } = [];
    public ContainerStyle? Style { get; init; }
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}

/// <summary>A cell of a <see cref="TableRow"/>.</summary>
public sealed class TableCell
{
    public TableCell()
    {
    }

    /// <summary>A cell holding one wrapping TextBlock.</summary>
    public TableCell(string text)
    {
        Items = [new TextBlock { Text = text, Wrap = true }];
    }

    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public List<CardElement> Items { get; init; } = [];
    public ContainerStyle? Style { get; init; }
    public CardAction? SelectAction { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
    public bool? Bleed { get; init; }
    public PixelLength? MinHeight { get; init; }
    public BackgroundImage? BackgroundImage { get; init; }
    public bool? Rtl { get; init; }
}
