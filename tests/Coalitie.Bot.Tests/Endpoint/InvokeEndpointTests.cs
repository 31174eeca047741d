using System.Net;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Tests.Infrastructure;

namespace Coalitie.Bot.Tests.Endpoint;

/// <summary>Card buttons (Action.Submit and Action.Execute) and invokes the bot does not offer.</summary>
public sealed class InvokeEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    private readonly BotHost _host = bot.Host;

    [Fact]
    public async Task Action_Submit_help_show_replaces_the_card_it_came_from_with_the_help_card()
    {
        var ids = bot.NewIds() with { ReplyToId = "1:7Yq0w" + Guid.NewGuid().ToString("N")[..6] };
        var mark = _host.Logs.Mark();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("message-submit-help-show", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var update = Replies.Only(_host, ids.ConversationId);
        Assert.Equal("PUT", update.Method);
        Assert.Equal(ids.ReplyToId, update.ActivityId);
        Assert.Equal($"/v3/conversations/{ids.ConversationId}/activities/{ids.ReplyToId}", update.Path);
        Replies.AssertHelpCard(Replies.Card(update), DutchTexts.Instance);
        Assert.Empty(_host.Logs.ErrorsSince(mark));
    }

    [Fact]
    public async Task AdaptiveCard_action_help_show_answers_the_help_card_in_the_invoke_response()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("invoke-adaptivecard-action-help-show", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var card = body["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Replies.AssertHelpCard(card, DutchTexts.Instance);
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
    }

    [Fact]
    public async Task AdaptiveCard_action_with_an_English_locale_answers_the_English_help_card()
    {
        var ids = bot.NewIds();
        var activity = TeamsFixtures.Load("invoke-adaptivecard-action-help-show", ids);
        activity["locale"] = "en-US";

        using var response = await _host.PostActivityAsync(activity);

        var body = await HttpAssert.JsonBodyAsync(response);
        Replies.AssertHelpCard(body["value"]!.AsObject(), EnglishTexts.Instance);
    }

    [Fact]
    public async Task AdaptiveCard_action_with_an_unknown_verb_answers_200_with_statusCode_400()
    {
        var ids = bot.NewIds();
        var activity = TeamsFixtures.Load("invoke-adaptivecard-action-help-show", ids);
        activity["value"]!["action"]!["verb"] = "checkin.submit.v9";

        using var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(DutchTexts.Instance.UnknownCardAction, body["value"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Task_fetch_answers_a_task_message()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("invoke-task-fetch", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal("message", body["task"]!["type"]!.GetValue<string>());
        Assert.Equal(DutchTexts.Instance.NotSupported, body["task"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task ComposeExtension_query_answers_a_compose_extension_message()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("invoke-composeextension-query", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal("message", body["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal(DutchTexts.Instance.NotSupported, body["composeExtension"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_invoke_answers_501_with_an_error_body()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("invoke-unknown-foo-bar", ids));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal("NotImplemented", body["error"]!["code"]!.GetValue<string>());
        Assert.Contains("foo/bar", body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invoke_records_the_conversation_it_came_from()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("invoke-adaptivecard-action-help-show", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _host.FindReferenceAsync(ids.ConversationId);
        Assert.NotNull(stored);
        Assert.Equal(ids.UserAadObjectId, stored.UserAadObjectId);
        Assert.Equal(ids.ServiceUrl, stored.ServiceUrl);
    }
}
