using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Tests.Commands;

/// <summary>The route table refuses conflicting registrations when it is built, not when a turn arrives.</summary>
public sealed class BotRoutesTests
{
    [Fact]
    public void A_second_handler_for_an_activity_type_throws_naming_both()
    {
        var routes = new BotRoutes().OnActivity<FirstHandler>("message");

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnActivity<SecondHandler>("Message"));

        Assert.Contains("activity type 'Message'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(FirstHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SecondHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_handler_for_an_invoke_name_throws()
    {
        var routes = new BotRoutes().OnInvoke<FirstInvoke>("task/fetch");

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnInvoke<SecondInvoke>("TASK/FETCH"));

        Assert.Contains("invoke 'TASK/FETCH'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_handler_for_a_card_verb_throws_and_the_first_stays()
    {
        var routes = new BotRoutes().OnCardAction<FirstCardAction>("help.show");

        var error = Assert.Throws<InvalidOperationException>(() => routes.OnCardAction<SecondCardAction>("help.show"));

        Assert.Contains("card verb 'help.show'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "help.show" }, routes.CardVerbs);
    }

    [Fact]
    public void Card_verbs_are_case_sensitive_so_different_casing_is_a_different_verb()
    {
        var routes = new BotRoutes().OnCardAction<FirstCardAction>("help.show").OnCardAction<SecondCardAction>("Help.Show");

        Assert.Equal(2, routes.CardVerbs.Count);
    }

    [Fact]
    public void The_same_middleware_twice_throws()
    {
        var routes = new BotRoutes().Use<Middleware>();

        var error = Assert.Throws<InvalidOperationException>(() => routes.Use<Middleware>());

        Assert.Contains(nameof(Middleware), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BotRoutes().OnActivity<FirstHandler>(" "));
    }
}

public sealed class FirstHandler : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class SecondHandler : IActivityHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class FirstInvoke : IInvokeHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.FromResult(InvokeResponse.Ok());
}

public sealed class SecondInvoke : IInvokeHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.FromResult(InvokeResponse.Ok());
}

public sealed class FirstCardAction : ICardActionHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken) => Task.FromResult(InvokeResponse.Ok());
}

public sealed class SecondCardAction : ICardActionHandler
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken) => Task.FromResult(InvokeResponse.Ok());
}

public sealed class Middleware : ITurnMiddleware
{
    public Task InvokeAsync(TurnContext turn, Func<Task> continuation, CancellationToken cancellationToken) => continuation();
}
