using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>
/// Writes and reads a <typeparamref name="T"/> through its polymorphic base <typeparamref name="TBase"/>, so the
/// <c>type</c> discriminator is written even where the property is typed as the concrete class
/// (e.g. <c>refresh.action</c> is always an <see cref="ExecuteAction"/>).
/// </summary>
internal sealed class AsBaseTypeConverter<TBase, T> : JsonConverter<T>
    where TBase : class
    where T : class, TBase
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => JsonSerializer.Deserialize<TBase>(ref reader, options) switch
        {
            null => null,
            T typed => typed,
            var other => throw new JsonException($"Expected {typeof(T).Name}, found {other.GetType().Name}."),
        };

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize<TBase>(writer, value, options);
}

/// <summary>The list form of <see cref="AsBaseTypeConverter{TBase, T}"/> (e.g. the images of an ImageSet).</summary>
internal sealed class AsBaseTypeListConverter<TBase, T> : JsonConverter<List<T>>
    where TBase : class
    where T : class, TBase
{
    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = JsonSerializer.Deserialize<List<TBase>>(ref reader, options);
        if (items is null)
        {
            return null;
        }

        var result = new List<T>(items.Count);
        foreach (var item in items)
        {
            result.Add(item as T ?? throw new JsonException($"Expected {typeof(T).Name}, found {item?.GetType().Name ?? "null"}."));
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize<TBase>(writer, item, options);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Input.Date values: <c>yyyy-MM-dd</c>.</summary>
internal sealed class CardDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new JsonException($"A date must be written as {Format}.");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}

/// <summary>Input.Time values: <c>HH:mm</c> (the parser rejects seconds).</summary>
internal sealed class CardTimeConverter : JsonConverter<TimeOnly>
{
    private const string Format = "HH:mm";

    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => TimeOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new JsonException($"A time must be written as {Format}.");

    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
