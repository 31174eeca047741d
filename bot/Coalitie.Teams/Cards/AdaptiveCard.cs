using System.Text.Json;
using System.Text.Json.Serialization;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Cards;

/// <summary>
/// An Adaptive Card, schema 1.5 (the highest version Teams renders). Build it with object initialisers; write it with
/// <see cref="ToJson"/> / <see cref="ToAttachment"/>; read it back with <see cref="Parse(string)"/>.
/// </summary>
public sealed class AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string SupportedVersion = "1.5";

    /// <summary>28 KB of UTF-8: the limit for webhook, Workflows and Graph-posted messages, and this project's budget.</summary>
    public const int MaxSizeBytes = 28 * 1024;

    /// <summary>The most users <c>refresh.userIds</c> may list.</summary>
    public const int MaxRefreshUserIds = 60;

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = SupportedVersion;

    public List<CardElement> Body { get; init; } = [];
    public List<CardAction>? Actions { get; init; }

    /// <summary>Universal Actions refresh: how the card is re-fetched per user.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Teams-specific properties: full width and the mention entities.</summary>
    [JsonPropertyName("msteams")]
    public MsTeamsCardProperties? MsTeams { get; set; }

    /// <summary>BCP 47 language of the card's text, e.g. <c>nl</c>.</summary>
    public string? Lang { get; init; }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }
    public PixelLength? MinHeight { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
    public CardAction? SelectAction { get; init; }
    public BackgroundImage? BackgroundImage { get; init; }

    /// <summary>Right-to-left content (1.5).</summary>
    public bool? Rtl { get; init; }

    /// <summary>The card as JSON text (no JSON is ever assembled from strings).</summary>
    public string ToJson(bool indented = false)
        => indented
            ? JsonSerializer.Serialize(this, IndentedOptions.Value)
            : JsonSerializer.Serialize(this, CardJson.Options);

    /// <summary>The card as a JSON element, e.g. for an invoke response's <c>value</c>.</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJson.Options);

    /// <summary>
    /// An attachment for a message activity: <c>contentType</c> <see cref="ContentTypes.AdaptiveCard"/> and the card
    /// as a <see cref="JsonElement"/>, so it is written unchanged by any serializer options (e.g. BotJson.Options).
    /// </summary>
    public Attachment ToAttachment() => new()
    {
        ContentType = ContentTypes.AdaptiveCard,
        Content = ToJsonElement(),
    };

    /// <summary>The size in bytes of the compact UTF-8 JSON (compare with <see cref="MaxSizeBytes"/>).</summary>
    public int Utf8Size() => JsonSerializer.SerializeToUtf8Bytes(this, CardJson.Options).Length;

    /// <summary>Reads a card; the JSON must be an object whose <c>type</c> is <c>AdaptiveCard</c>.</summary>
    /// <exception cref="JsonException">The text is not an Adaptive Card this model can read.</exception>
    public static AdaptiveCard Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
        return Parse(document.RootElement);
    }

    /// <summary>Reads a card from a JSON element, e.g. an attachment's content or an invoke response value.</summary>
    /// <exception cref="JsonException">The element is not an Adaptive Card this model can read.</exception>
    public static AdaptiveCard Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String
            || type.GetString() != "AdaptiveCard")
        {
            throw new JsonException("Not an Adaptive Card: the top-level \"type\" must be \"AdaptiveCard\".");
        }

        try
        {
            return element.Deserialize<AdaptiveCard>(CardJson.Options)
                ?? throw new JsonException("Not an Adaptive Card.");
        }
        catch (NotSupportedException ex)
        {
            throw new JsonException($"Not an Adaptive Card this model can read: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Mentions a user: registers the <c>msteams.entities</c> entry and returns the <c>&lt;at&gt;name&lt;/at&gt;</c>
    /// tag to place in a TextBlock's text (the tag must appear in the card exactly as returned).
    /// </summary>
    /// <param name="userId">The user's Teams id (<c>29:…</c>) or Entra object id.</param>
    /// <param name="name">The display name shown in the mention.</param>
    public string Mention(string userId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var text = $"<at>{name}</at>";
        MsTeams ??= new MsTeamsCardProperties();
        MsTeams.Entities ??= [];
        if (!MsTeams.Entities.Exists(e => e.Text == text && e.Mentioned?.Id == userId))
        {
            MsTeams.Entities.Add(new CardMention
            {
                Text = text,
                Mentioned = new MentionedUser { Id = userId, Name = name },
            });
        }

        return text;
    }

    /// <summary>Appends a wrapping TextBlock that mentions the user, and registers the mention entity.</summary>
    public TextBlock AddMention(string userId, string name)
    {
        var block = new TextBlock { Text = Mention(userId, name), Wrap = true };
        Body.Add(block);
        return block;
    }

    /// <summary>
    /// Structural checks the adaptivecards parser does not make: every Action.Execute has a verb; ids are unique;
    /// required inputs have a label and an error message; choice sets have choices; <c>refresh.userIds</c> lists at
    /// most 60 users; version is 1.5; pixel heights only on images; table columns are weights or pixels;
    /// toggle targets and mentions exist; the card is at most 28 KB. Empty when the card is sound.
    /// </summary>
    public IReadOnlyList<string> Validate() => CardValidator.Validate(this);

    private static readonly Lazy<JsonSerializerOptions> IndentedOptions = new(() =>
    {
        var options = new JsonSerializerOptions(CardJson.Options) { WriteIndented = true };
        options.MakeReadOnly();
        return options;
    });
}

/// <summary>
/// Card refresh (Universal Actions). Teams invokes <see cref="Action"/> with trigger <c>automatic</c> when the
/// card is shown to one of <see cref="UserIds"/>.
/// </summary>
public sealed class CardRefresh
{
    [JsonConverter(typeof(AsBaseTypeConverter<CardAction, ExecuteAction>))]
    public ExecuteAction? Action { get; init; }

    /// <summary>
    /// Up to 60 user MRIs (<c>29:…</c>) that refresh automatically. Null (omitted): everyone, in conversations of
    /// at most 60 members; empty: nobody (manual "Refresh card" only).
    /// </summary>
    public List<string>? UserIds { get; init; }
}

/// <summary>The <c>msteams</c> property of a card.</summary>
public sealed class MsTeamsCardProperties
{
    public MsTeamsWidth? Width { get; init; }

    /// <summary>Mention entities; each <see cref="CardMention.Text"/> must appear in the card's text.</summary>
    public List<CardMention>? Entities { get; set; }
}

/// <summary>A mention entity of a card.</summary>
public sealed class CardMention
{
    [JsonPropertyOrder(-1)]
    public string Type => "mention";

    /// <summary>The <c>&lt;at&gt;name&lt;/at&gt;</c> tag as it appears in the card's text.</summary>
    public string? Text { get; init; }

    public MentionedUser? Mentioned { get; init; }
}

/// <summary>The user a <see cref="CardMention"/> refers to.</summary>
public sealed class MentionedUser
{
    /// <summary>The Teams user id (<c>29:…</c>), Entra object id or UPN.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }
}
