using System.Net;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Testing;

namespace Coalitie.Bot.Tests.Endpoint;

/// <summary>With <c>Bot:AppId</c> set, only requests with a valid channel token are routed.</summary>
public sealed class AuthenticatedEndpointTests(AuthenticatedBotFixture bot) : IClassFixture<AuthenticatedBotFixture>
{
    private readonly BotHost _host = bot.Host;

    [Fact]
    public async Task No_Authorization_header_answers_401_and_nothing_is_stored_or_sent()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp"), authorization: string.Empty);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await HttpAssert.JsonBodyAsync(response, "application/problem+json");
        Assert.Equal(401, problem["status"]!.GetValue<int>());
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
        Assert.Null(await _host.FindReferenceAsync(ids.ConversationId));
    }

    [Fact]
    public async Task A_token_for_another_serviceUrl_answers_401()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(
            TeamsFixtures.PersonalMessage(ids, "hulp"), bot.Issuer.CreateAuthorizationHeader(TestTokenIssuer.DefaultServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
    }

    [Fact]
    public async Task A_token_signed_by_a_key_endorsed_only_for_another_channel_answers_403()
    {
        var ids = bot.NewIds();
        var token = TestTokenIssuer.CreateToken(bot.Issuer.NewTokenRequest(ids.ServiceUrl) with { SigningKey = bot.Issuer.OtherChannelKey });

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await HttpAssert.JsonBodyAsync(response, "application/problem+json");
        Assert.Equal(403, problem["status"]!.GetValue<int>());
        Assert.Empty(_host.RequestsFor(ids.ConversationId));
        Assert.Null(await _host.FindReferenceAsync(ids.ConversationId));
    }

    [Fact]
    public async Task A_valid_token_answers_200_and_the_reply_reaches_the_connector()
    {
        var ids = bot.NewIds();
        var mark = _host.Logs.Mark();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp"), bot.Issuer.CreateAuthorizationHeader(ids.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Replies.Only(_host, ids.ConversationId);
        Replies.AssertHelpCard(Replies.Card(reply), DutchTexts.Instance);
        Assert.NotNull(await _host.FindReferenceAsync(ids.ConversationId));
        Assert.Empty(_host.Logs.ErrorsSince(mark));
    }

    [Fact]
    public async Task A_valid_token_on_an_invoke_answers_the_invoke_response()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("invoke-adaptivecard-action-help-show", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Replies.AssertHelpCard(body["value"]!.AsObject(), DutchTexts.Instance);
    }
}
