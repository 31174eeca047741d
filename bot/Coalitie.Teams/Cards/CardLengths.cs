using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>What a <see cref="ColumnWidth"/> means.</summary>
public enum ColumnWidthKind
{
    /// <summary><c>"auto"</c>: as wide as the content.</summary>
    Auto,

    /// <summary><c>"stretch"</c>: shares the remaining width.</summary>
    Stretch,

    /// <summary>A number: a share of the width relative to the other weighted columns.</summary>
    Weight,

    /// <summary><c>"&lt;n&gt;px"</c>: a fixed width in pixels.</summary>
    Pixels,
}

/// <summary>
/// The width of a <see cref="Column"/> or a <see cref="TableColumnDefinition"/>: <c>"auto"</c>, <c>"stretch"</c>, a
/// weight (JSON number) or pixels (<c>"120px"</c>). Table columns accept only weights and pixels.
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(ColumnWidthKind kind, int value)
    {
        Kind = kind;
        Value = value;
    }

    public ColumnWidthKind Kind { get; }

    /// <summary>The weight or the pixel count; 0 for <c>auto</c> and <c>stretch</c>.</summary>
    public int Value { get; }

    public static ColumnWidth Auto => new(ColumnWidthKind.Auto, 0);

    public static ColumnWidth Stretch => new(ColumnWidthKind.Stretch, 0);

    /// <summary>A relative weight, at least 1.</summary>
    public static ColumnWidth Weighted(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 1);
        return new ColumnWidth(ColumnWidthKind.Weight, weight);
    }

    /// <summary>A fixed width in pixels, at least 1.</summary>
    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        return new ColumnWidth(ColumnWidthKind.Pixels, pixels);
    }
}

/// <summary>
/// The <c>height</c> of an element: <c>"auto"</c> or <c>"stretch"</c>; an <see cref="Image"/> also accepts pixels
/// (<c>"80px"</c>). <see cref="AdaptiveCard.Validate"/> reports pixel heights on other elements.
/// </summary>
[JsonConverter(typeof(ElementHeightConverter))]
public readonly record struct ElementHeight
{
    private ElementHeight(bool stretch, int pixels)
    {
        IsStretch = stretch;
        PixelCount = pixels;
    }

    /// <summary>True for <c>"stretch"</c>.</summary>
    public bool IsStretch { get; }

    /// <summary>The height in pixels, or 0 for <c>auto</c> and <c>stretch</c>.</summary>
    public int PixelCount { get; }

    public bool IsPixels => PixelCount > 0;

    public static ElementHeight Auto => new(false, 0);

    public static ElementHeight Stretch => new(true, 0);

    /// <summary>A fixed height in pixels, at least 1 (images only).</summary>
    public static ElementHeight Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        return new ElementHeight(false, pixels);
    }
}

/// <summary>A length in pixels, written as <c>"&lt;n&gt;px"</c> (<c>minHeight</c>, image <c>width</c>).</summary>
[JsonConverter(typeof(PixelLengthConverter))]
public readonly record struct PixelLength
{
    public PixelLength(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        Pixels = pixels;
    }

    public int Pixels { get; }
}

internal static class PixelText
{
    public static string Format(int pixels) => pixels.ToString(CultureInfo.InvariantCulture) + "px";

    public static bool TryParse(string? text, out int pixels)
    {
        pixels = 0;
        return text is not null
            && text.EndsWith("px", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out pixels)
            && pixels > 0;
    }
}

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out var weight) && weight > 0
                ? ColumnWidth.Weighted(weight)
                : throw new JsonException("A column weight must be a positive whole number.");
        }

        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnWidth.Auto;
        }

        if (string.Equals(text, "stretch", StringComparison.OrdinalIgnoreCase))
        {
            return ColumnWidth.Stretch;
        }

        if (PixelText.TryParse(text, out var pixels))
        {
            return ColumnWidth.Pixels(pixels);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var textWeight) && textWeight > 0)
        {
            return ColumnWidth.Weighted(textWeight);
        }

        throw new JsonException($"Invalid column width '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case ColumnWidthKind.Stretch:
                writer.WriteStringValue("stretch");
                break;
            case ColumnWidthKind.Weight:
                writer.WriteNumberValue(value.Value);
                break;
            case ColumnWidthKind.Pixels:
                writer.WriteStringValue(PixelText.Format(value.Value));
                break;
            default:
                writer.WriteStringValue("auto");
                break;
        }
    }
}

internal sealed class ElementHeightConverter : JsonConverter<ElementHeight>
{
    public override ElementHeight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return ElementHeight.Auto;
        }

        if (string.Equals(text, "stretch", StringComparison.OrdinalIgnoreCase))
        {
            return ElementHeight.Stretch;
        }

        return PixelText.TryParse(text, out var pixels)
            ? ElementHeight.Pixels(pixels)
            : throw new JsonException($"Invalid element height '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, ElementHeight value, JsonSerializerOptions options)
    {
        if (value.IsPixels)
        {
            writer.WriteStringValue(PixelText.Format(value.PixelCount));
        }
        else
        {
            writer.WriteStringValue(value.IsStretch ? "stretch" : "auto");
        }
    }
}

internal sealed class PixelLengthConverter : JsonConverter<PixelLength>
{
    public override PixelLength Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return PixelText.TryParse(text, out var pixels)
            ? new PixelLength(pixels)
            : throw new JsonException($"Invalid pixel length '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, PixelLength value, JsonSerializerOptions options)
        => writer.WriteStringValue(PixelText.Format(value.Pixels));
}
