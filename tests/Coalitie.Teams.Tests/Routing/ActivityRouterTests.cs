using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Tests.Routing;

/// <summary>
/// The real router, route table and connector client, composed by <c>AddBotProtocol</c>; handlers are small classes
/// and the only stand-in is the Bot Connector (a recording fake on loopback).
/// </summary>
public sealed class ActivityRouterTests
{
    private static void StandardRoutes(BotRoutes routes) => routes
        .OnActivity<MessageHandler>(ActivityTypes.Message)
        .OnActivity<ConversationUpdateHandler>(ActivityTypes.ConversationUpdate)
        .OnCardAction<CheckInAnswerHandler>(CheckInAnswerHandler.Verb)
        .OnCardAction<AcknowledgeHandler>(AcknowledgeHandler.Verb)
        .OnCardAction<ThrowingCardHandler>(ThrowingCardHandler.Verb);

    // ---- Activities -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Message_goes_to_the_message_handler_with_its_command_text()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Message("<at>Coalitie</at> hulp"));

        Assert.Null(result);
        Assert.Equal(["message:hulp"], harness.Log.Entries);
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Activity_type_is_matched_case_insensitively_and_only_its_handler_runs()
    {
        using var harness = RouterHarness.Create(StandardRoutes);
        var update = harness.Parse("""{ "type": "ConversationUpdate", "id": "f:1", "membersAdded": [ { "id": "28:coalitie-bot" } ] }""");

        var result = await harness.RouteAsync(update);

        Assert.Null(result);
        Assert.Equal(["conversationUpdate"], harness.Log.Entries);
    }

    [Theory]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData("somethingTeamsAddsNextYear")]
    public async Task Activity_type_without_a_handler_is_ignored(string type)
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Parse($$"""{ "type": "{{type}}", "id": "f:2" }"""));

        Assert.Null(result);
        Assert.Empty(harness.Log.Entries);
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Message_with_a_value_but_no_verb_is_an_ordinary_message()
    {
        using var harness = RouterHarness.Create(StandardRoutes);
        var activity = harness.Message("hulp");
        activity.Value = JsonSerializer.SerializeToElement(new { score = "3" });

        await harness.RouteAsync(activity);

        Assert.Equal(["message:hulp"], harness.Log.Entries);
        Assert.Empty(harness.Log.CardActions);
    }

    // ---- adaptiveCard/action (Action.Execute) -----------------------------------------------------------------

    [Fact]
    public async Task Execute_action_goes_to_the_verb_handler_with_its_data_and_answers_the_card()
    {
        using var harness = RouterHarness.Create(StandardRoutes);
        var invoke = harness.Invoke(InvokeNames.AdaptiveCardAction,
            """{ "action": { "type": "Action.Execute", "verb": "checkin.answer", "data": { "score": "4", "comment": "goed" } }, "trigger": "manual" }""");

        var result = await harness.RouteAsync(invoke);

        var action = Assert.Single(harness.Log.CardActions);
        Assert.Equal(CheckInAnswerHandler.Verb, action.Verb);
        Assert.Equal("4", action.GetString("score"));
        Assert.Equal("goed", action.GetString("comment"));
        Assert.False(action.IsAutomaticRefresh);
        Assert.False(action.IsLegacySubmit);

        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(200, result.UniversalStatusCode);
        Assert.Equal(ContentTypes.AdaptiveCard, result.Body!["type"]!.GetValue<string>());
        Assert.Equal("Bedankt, je koos 4.", result.Body["value"]!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Refresh_invoke_with_trigger_automatic_is_marked_as_automatic_refresh()
    {
        using var harness = RouterHarness.Create(StandardRoutes);
        var invoke = harness.Invoke(InvokeNames.AdaptiveCardAction,
            """{ "action": { "type": "Action.Execute", "verb": "checkin.answer", "data": { "score": "2" } }, "trigger": "automatic" }""");

        await harness.RouteAsync(invoke);

        Assert.True(Assert.Single(harness.Log.CardActions).IsAutomaticRefresh);
    }

    [Fact]
    public async Task Execute_action_without_data_gets_an_empty_data_object()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        await harness.RouteAsync(harness.Invoke(InvokeNames.AdaptiveCardAction, """{ "action": { "type": "Action.Execute", "verb": "checkin.ack" } }"""));

        var action = Assert.Single(harness.Log.CardActions);
        Assert.Equal(JsonValueKind.Object, action.Data.ValueKind);
        Assert.Empty(action.Data.EnumerateObject());
    }

    [Theory]
    [InlineData("""{ "trigger": "manual" }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "data": { "score": "4" } } }""")]
    [InlineData("""{ "action": { "type": "Action.Execute", "verb": "   " } }""")]
    [InlineData("""{ "action": "checkin.answer" }""")]
    [InlineData("null")]
    public async Task Execute_action_without_action_or_verb_is_a_universal_400(string value)
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Invoke(InvokeNames.AdaptiveCardAction, value));

        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(400, result.UniversalStatusCode);
        Assert.Equal(ContentTypes.Error, result.Body!["type"]!.GetValue<string>());
        Assert.Equal("BadRequest", result.Body["value"]!["code"]!.GetValue<string>());
        Assert.Equal(TestRouterTexts.UnknownCardActionText(null), result.Body["value"]!["message"]!.GetValue<string>());
        Assert.Empty(harness.Log.Entries);
    }

    [Fact]
    public async Task Unknown_verb_is_a_universal_400_UnknownVerb_with_the_router_text()
    {
        using var harness = RouterHarness.Create(StandardRoutes);
        var invoke = harness.Invoke(InvokeNames.AdaptiveCardAction, """{ "action": { "type": "Action.Execute", "verb": "survey.v0.submit", "data": {} } }""");

        var result = await harness.RouteAsync(invoke);

        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(400, result.UniversalStatusCode);
        Assert.Equal("UnknownVerb", result.Body!["value"]!["code"]!.GetValue<string>());
        Assert.Equal(TestRouterTexts.UnknownCardActionText("survey.v0.submit"), result.Body["value"]!["message"]!.GetValue<string>());
        Assert.Empty(harness.Log.Entries);
    }

    [Fact]
    public async Task Verbs_are_matched_case_sensitively()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Invoke(InvokeNames.AdaptiveCardAction, """{ "action": { "verb": "CheckIn.Answer" } }"""));

        Assert.Equal(400, result!.UniversalStatusCode);
        Assert.Empty(harness.Log.CardActions);
    }

    // ---- Action.Submit fallback ---------------------------------------------------------------------------------

    [Fact]
    public async Task Submit_with_a_verb_goes_to_the_same_card_handler_and_updates_the_card_message()
    {
        using var harness = RouterHarness.Create(StandardRoutes);
        var submit = harness.Submit("""{ "verb": "checkin.answer", "score": "5" }""", replyToId: "1767765488000");

        var result = await harness.RouteAsync(submit);

        Assert.Null(result);
        var action = Assert.Single(harness.Log.CardActions);
        Assert.True(action.IsLegacySubmit);
        Assert.False(action.IsAutomaticRefresh);
        Assert.Equal("5", action.GetString("score"));
        Assert.Equal("checkin.answer", action.GetString("verb"));
        Assert.DoesNotContain(harness.Log.Entries, e => e.StartsWith("message:", StringComparison.Ordinal));

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal(RouterHarness.ConversationId, request.ConversationId);
        Assert.Equal("1767765488000", request.ActivityId);
        Assert.Equal(200, request.StatusCode);
        var attachment = Assert.Single(request.Activity!.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        var content = JsonNode.Parse(request.Body!)!["attachments"]![0]!["content"]!;
        Assert.Equal("AdaptiveCard", content["type"]!.GetValue<string>());
        Assert.Equal("Bedankt, je koos 5.", content["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_without_replyToId_sends_the_card_as_a_new_message()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        await harness.RouteAsync(harness.Submit("""{ "verb": "checkin.answer", "score": "1" }""", replyToId: null));

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{RouterHarness.ConversationId}/activities", request.Path);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(request.Activity!.Attachments!).ContentType);
    }

    [Fact]
    public async Task Submit_answered_with_a_message_sends_that_text_into_the_conversation()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Submit("""{ "verb": "checkin.ack" }"""));

        Assert.Null(result);
        Assert.True(Assert.Single(harness.Log.CardActions).IsLegacySubmit);
        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(RouterHarness.ConversationId, request.ConversationId);
        Assert.Equal(AcknowledgeHandler.Text, request.Activity!.Text);
        Assert.Equal(ActivityTypes.Message, request.Activity.Type);
        Assert.Equal(RouterHarness.BotId, request.Activity.From?.Id);
    }

    [Fact]
    public async Task Submit_with_an_unknown_verb_tells_the_user_in_the_conversation()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Submit("""{ "verb": "survey.v0.submit" }"""));

        Assert.Null(result);
        Assert.Empty(harness.Log.Entries);
        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(TestRouterTexts.UnknownCardActionText("survey.v0.submit"), request.Activity!.Text);
    }

    // ---- Other invokes ----------------------------------------------------------------------------------------

    [Fact]
    public async Task Registered_invoke_handler_answers_the_invoke()
    {
        using var harness = RouterHarness.Create(routes => routes.OnInvoke<TaskFetchHandler>(InvokeNames.TaskFetch));

        var result = await harness.RouteAsync(harness.Invoke("TASK/FETCH", """{ "data": {}, "context": { "theme": "default" } }"""));

        Assert.Equal(["task/fetch"], harness.Log.Entries);
        Assert.Equal(200, result!.HttpStatus);
        Assert.Equal("Het formulier komt eraan.", result.Body!["task"]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(InvokeNames.TaskFetch)]
    [InlineData(InvokeNames.TaskSubmit)]
    public async Task Dialog_invoke_without_a_handler_answers_a_task_message(string name)
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Invoke(name, """{ "data": { "msteams": { "type": "task/fetch" } }, "context": { "theme": "default" } }"""));

        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("message", result.Body!["task"]!["type"]!.GetValue<string>());
        Assert.Equal(TestRouterTexts.NotSupportedText, result.Body["task"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Message_extension_query_without_a_handler_answers_a_compose_extension_message()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Invoke("composeExtension/query",
            """{ "commandId": "search", "parameters": [ { "name": "q", "value": "coalitie" } ], "queryOptions": { "skip": 0, "count": 25 } }"""));

        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("message", result.Body!["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal(TestRouterTexts.NotSupportedText, result.Body["composeExtension"]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("signin/verifyState")]
    [InlineData("config/fetch")]
    public async Task Unknown_invoke_answers_http_501(string name)
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Invoke(name, "{}"));

        Assert.NotNull(result);
        Assert.Equal((int)HttpStatusCode.NotImplemented, result.HttpStatus);
        Assert.Equal("NotImplemented", result.Body!["error"]!["code"]!.GetValue<string>());
        Assert.Contains(name, result.Body["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_without_a_name_answers_http_501()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Parse("""{ "type": "invoke", "id": "f:3", "value": {} }"""));

        Assert.Equal(501, result!.HttpStatus);
    }

    // ---- Failures ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task Failing_message_handler_sends_the_apology_and_does_not_throw()
    {
        using var harness = RouterHarness.Create(routes => routes.OnActivity<ThrowingMessageHandler>(ActivityTypes.Message));

        var result = await harness.RouteAsync(harness.Message("hulp"));

        Assert.Null(result);
        Assert.Equal(["throwing-message"], harness.Log.Entries);
        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(TestRouterTexts.FailureText, request.Activity!.Text);
    }

    [Fact]
    public async Task Failing_message_handler_with_an_unreachable_connector_still_does_not_throw()
    {
        using var harness = RouterHarness.Create(routes => routes.OnActivity<ThrowingMessageHandler>(ActivityTypes.Message));
        harness.Connector.RespondWith($"/v3/conversations/{RouterHarness.ConversationId}", HttpStatusCode.Forbidden,
            body: """{ "error": { "code": "BotNotInConversationRoster", "message": "The bot is not part of the conversation roster." } }""");

        var result = await harness.RouteAsync(harness.Message("hulp"));

        Assert.Null(result);
        Assert.Equal(["throwing-message"], harness.Log.Entries);
        Assert.Equal(403, Assert.Single(harness.Connector.Requests).StatusCode);
    }

    [Fact]
    public async Task Failing_card_handler_is_a_universal_500_with_the_failure_text()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Invoke(InvokeNames.AdaptiveCardAction, """{ "action": { "verb": "checkin.broken" } }"""));

        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(500, result.UniversalStatusCode);
        Assert.Equal(ContentTypes.Error, result.Body!["type"]!.GetValue<string>());
        Assert.Equal(TestRouterTexts.FailureText, result.Body["value"]!["message"]!.GetValue<string>());
        Assert.Single(harness.Log.CardActions);
        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Failing_card_handler_behind_a_submit_sends_the_apology()
    {
        using var harness = RouterHarness.Create(StandardRoutes);

        var result = await harness.RouteAsync(harness.Submit("""{ "verb": "checkin.broken" }"""));

        Assert.Null(result);
        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(TestRouterTexts.FailureText, request.Activity!.Text);
    }

    [Fact]
    public async Task Failing_dialog_handler_answers_a_task_message_with_the_failure_text()
    {
        using var harness = RouterHarness.Create(routes => routes.OnInvoke<ThrowingInvokeHandler>(InvokeNames.TaskFetch));

        var result = await harness.RouteAsync(harness.Invoke(InvokeNames.TaskFetch, """{ "data": {} }"""));

        Assert.Equal(["throwing-invoke:task/fetch"], harness.Log.Entries);
        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal("message", result.Body!["task"]!["type"]!.GetValue<string>());
        Assert.Equal(TestRouterTexts.FailureText, result.Body["task"]!["value"]!.GetValue<string>());
        Assert.Empty(harness.Connector.Requests);
    }

    /// <summary>
    /// A message extension that fails must still answer in the message-extension shape (as the router's own
    /// "not supported" answer does); a <c>task</c> body is not something the compose box can show.
    /// </summary>
    [Fact]
    public async Task Failing_message_extension_handler_answers_a_compose_extension_message()
    {
        using var harness = RouterHarness.Create(routes => routes.OnInvoke<ThrowingInvokeHandler>("composeExtension/query"));

        var result = await harness.RouteAsync(harness.Invoke("composeExtension/query", """{ "commandId": "search", "parameters": [] }"""));

        Assert.Equal(["throwing-invoke:composeExtension/query"], harness.Log.Entries);
        Assert.NotNull(result);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(TestRouterTexts.FailureText, result.Body?["composeExtension"]?["text"]?.GetValue<string>());
    }

    // ---- Middleware -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Middleware_runs_in_registration_order_around_the_handler()
    {
        using var harness = RouterHarness.Create(routes => routes
            .Use<OuterMiddleware>()
            .Use<InnerMiddleware>()
            .OnActivity<MessageHandler>(ActivityTypes.Message));

        await harness.RouteAsync(harness.Message("hulp"));

        Assert.Equal(["outer:before", "inner:before", "message:hulp", "inner:after", "outer:after"], harness.Log.Entries);
    }

    [Fact]
    public async Task Middleware_runs_around_invokes_and_the_invoke_response_comes_through()
    {
        using var harness = RouterHarness.Create(routes => routes
            .Use<OuterMiddleware>()
            .Use<InnerMiddleware>()
            .OnCardAction<AcknowledgeHandler>(AcknowledgeHandler.Verb));

        var result = await harness.RouteAsync(harness.Invoke(InvokeNames.AdaptiveCardAction, """{ "action": { "verb": "checkin.ack" } }"""));

        Assert.Equal(["outer:before", "inner:before", "card:checkin.ack", "inner:after", "outer:after"], harness.Log.Entries);
        Assert.Equal(AcknowledgeHandler.Text, result!.Body!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Middleware_runs_for_activities_without_a_handler()
    {
        using var harness = RouterHarness.Create(routes => routes.Use<OuterMiddleware>());

        var result = await harness.RouteAsync(harness.Parse("""{ "type": "typing", "id": "f:4" }"""));

        Assert.Null(result);
        Assert.Equal(["outer:before", "outer:after"], harness.Log.Entries);
    }
}
