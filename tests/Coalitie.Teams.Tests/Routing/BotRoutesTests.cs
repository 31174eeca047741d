using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Teams.Tests.Routing;

/// <summary>Conflicting registrations fail while the route table is built, naming both handlers.</summary>
public sealed class BotRoutesTests
{
    [Fact]
    public void Second_handler_for_an_activity_type_throws_naming_both()
    {
        var routes = new BotRoutes().OnActivity<MessageHandler>(ActivityTypes.Message);

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnActivity<OtherMessageHandler>("Message"));

        Assert.Contains("'Message'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(MessageHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherMessageHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_handler_for_an_invoke_name_throws_naming_both()
    {
        var routes = new BotRoutes().OnInvoke<TaskFetchHandler>(InvokeNames.TaskFetch);

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnInvoke<OtherTaskFetchHandler>(InvokeNames.TaskFetch));

        Assert.Contains(InvokeNames.TaskFetch, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(TaskFetchHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherTaskFetchHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_handler_for_a_card_verb_throws_naming_both()
    {
        var routes = new BotRoutes().OnCardAction<AcknowledgeHandler>(AcknowledgeHandler.Verb);

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnCardAction<OtherAcknowledgeHandler>(AcknowledgeHandler.Verb));

        Assert.Contains(AcknowledgeHandler.Verb, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(AcknowledgeHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherAcknowledgeHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_middleware_twice_throws_naming_it()
    {
        var routes = new BotRoutes().Use<OuterMiddleware>().Use<InnerMiddleware>();

        var error = Assert.Throws<InvalidOperationException>(() => routes.Use<OuterMiddleware>());

        Assert.Contains(nameof(OuterMiddleware), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_verbs_differing_only_in_case_are_different_routes()
    {
        var routes = new BotRoutes()
            .OnCardAction<AcknowledgeHandler>("checkin.ack")
            .OnCardAction<OtherAcknowledgeHandler>("CheckIn.Ack");

        Assert.Equal(["CheckIn.Ack", "checkin.ack"], routes.CardVerbs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Conflict_inside_AddBotProtocol_fails_the_composition()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RouterHarness.Create(routes => routes
            .OnCardAction<AcknowledgeHandler>(AcknowledgeHandler.Verb)
            .OnCardAction<OtherAcknowledgeHandler>(AcknowledgeHandler.Verb)));

        Assert.Contains(nameof(OtherAcknowledgeHandler), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_route_key_is_rejected(string key)
    {
        var routes = new BotRoutes();

        Assert.ThrowsAny<ArgumentException>(() => routes.OnActivity<MessageHandler>(key));
        Assert.ThrowsAny<ArgumentException>(() => routes.OnCardAction<AcknowledgeHandler>(key));
    }
}
