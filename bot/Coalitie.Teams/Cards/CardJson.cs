using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>The JSON options of the Adaptive Card model.</summary>
public static class CardJson
{
    /// <summary>
    /// camelCase property names, enums spelled as the Adaptive Card schema spells them (camelCase: <c>bolder</c>,
    /// <c>extraLarge</c>), nulls omitted, <c>&lt;at&gt;</c> not escaped, case-insensitive reads, the <c>type</c>
    /// discriminator accepted anywhere in an object, unknown members ignored.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowOutOfOrderMetadataProperties = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
