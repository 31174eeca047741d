using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Schema;
using Coalitie.Testing;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>Reads what the bot sent to the fake connector.</summary>
public static class Replies
{
    /// <summary>The one activity the bot sent into <paramref name="conversationId"/>; fails if there is not exactly one.</summary>
    public static FakeConnectorRequest Only(BotHost host, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(host);
        var requests = host.RequestsFor(conversationId);
        return Assert.Single(requests);
    }

    /// <summary>The text of a plain message the bot sent.</summary>
    public static string Text(FakeConnectorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Assert.NotNull(request.Activity);
        Assert.Equal(ActivityTypes.Message, request.Activity.Type);
        return Assert.IsType<string>(request.Activity.Text);
    }

    /// <summary>The Adaptive Card of a card-only message the bot sent.</summary>
    public static JsonObject Card(FakeConnectorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Assert.NotNull(request.Activity);
        var attachment = Assert.Single(request.Activity.Attachments ?? []);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        var content = Assert.IsType<JsonElement>(attachment.Content);
        var card = JsonNode.Parse(content.GetRawText())!.AsObject();
        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        return card;
    }

    /// <summary>Asserts <paramref name="card"/> is the help card in <paramref name="texts"/>' language.</summary>
    public static void AssertHelpCard(JsonObject card, ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(texts);
        Assert.Equal(texts.HelpTitle, card["body"]?[0]?["text"]?.GetValue<string>());
        var json = card.ToJsonString();
        Assert.Contains(texts.CommandHelpDescription, json, StringComparison.Ordinal);
        Assert.Contains(texts.HelpCommandHeader, json, StringComparison.Ordinal);
        Assert.Contains(texts.CommandAboutDescription, json, StringComparison.Ordinal);
    }
}
