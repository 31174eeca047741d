using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Tests.Routing;

/// <summary>The wire shapes of invoke answers (teams-protocol.md §4.3, §4.5), compared as whole JSON documents.</summary>
public sealed class InvokeResponseTests
{
    [Fact]
    public void Card_is_a_universal_200_with_the_adaptive_card_type_and_the_card_as_value()
    {
        var card = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Bedankt" } } });

        var response = InvokeResponse.Card(card);

        Assert.Equal(200, response.HttpStatus);
        Assert.Equal(200, response.UniversalStatusCode);
        AssertJson("""
            { "statusCode": 200, "type": "application/vnd.microsoft.card.adaptive",
              "value": { "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlock", "text": "Bedankt" } ] } }
            """, response);
    }

    [Fact]
    public void Message_is_a_universal_200_with_the_text_as_value()
    {
        var response = InvokeResponse.Message("Genoteerd & bewaard");

        Assert.Equal(200, response.HttpStatus);
        AssertJson("""{ "statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": "Genoteerd & bewaard" }""", response);
    }

    [Fact]
    public void Error_keeps_http_200_and_carries_its_status_code_and_error_object_in_the_body()
    {
        var response = InvokeResponse.Error(400, "BadRequest", "Onbekende knop");

        Assert.Equal(200, response.HttpStatus);
        Assert.Equal(400, response.UniversalStatusCode);
        AssertJson("""
            { "statusCode": 400, "type": "application/vnd.microsoft.error", "value": { "code": "BadRequest", "message": "Onbekende knop" } }
            """, response);
    }

    [Fact]
    public void Task_message_is_a_task_of_type_message()
    {
        var response = InvokeResponse.TaskMessage("Dit formulier bestaat niet meer.");

        Assert.Equal(200, response.HttpStatus);
        Assert.Null(response.UniversalStatusCode);
        AssertJson("""{ "task": { "type": "message", "value": "Dit formulier bestaat niet meer." } }""", response);
    }

    [Fact]
    public void Compose_extension_message_is_a_compose_extension_of_type_message()
    {
        var response = InvokeResponse.ComposeExtensionMessage("Zoeken kan nog niet.");

        Assert.Equal(200, response.HttpStatus);
        Assert.Null(response.UniversalStatusCode);
        AssertJson("""{ "composeExtension": { "type": "message", "text": "Zoeken kan nog niet." } }""", response);
    }

    [Fact]
    public void Not_implemented_is_http_501_with_an_error_naming_the_invoke()
    {
        var response = InvokeResponse.NotImplemented("config/fetch");

        Assert.Equal(501, response.HttpStatus);
        Assert.Null(response.UniversalStatusCode);
        AssertJson("""
            { "error": { "code": "NotImplemented", "message": "The invoke 'config/fetch' is not supported by this bot." } }
            """, response);
    }

    [Fact]
    public void Ok_is_http_200_without_a_body()
    {
        var response = InvokeResponse.Ok();

        Assert.Equal(200, response.HttpStatus);
        Assert.Null(response.Body);
        Assert.Null(response.UniversalStatusCode);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(412)]
    [InlineData(500)]
    public void Universal_status_code_reads_the_body_status(int statusCode)
    {
        Assert.Equal(statusCode, InvokeResponse.Error(statusCode, "X", "y").UniversalStatusCode);
    }

    private static void AssertJson(string expected, InvokeResponse response)
    {
        var actual = JsonSerializer.Serialize(response.Body, BotJson.Options);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}{Environment.NewLine}but was {actual}");
    }
}
