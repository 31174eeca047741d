using System.Net;
using System.Net.Http.Headers;
using Coalitie.Teams.Connector;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>Retry-After parsing, backoff bounds and error-body classification as pure functions.</summary>
public sealed class ConnectorRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_in_delta_seconds_is_used_as_is()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorClient.RetryAfter(response, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Retry_after_as_http_date_is_measured_from_now()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Sun, 01 Mar 2026 12:00:12 GMT");

        Assert.Equal(TimeSpan.FromSeconds(12), ConnectorClient.RetryAfter(response, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Retry_after_in_the_past_means_no_wait_and_a_long_one_is_capped()
    {
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddMinutes(-1));
        using var longOne = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        longOne.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.Zero, ConnectorClient.RetryAfter(past, Now, TimeSpan.FromSeconds(60)));
        Assert.Equal(TimeSpan.FromSeconds(60), ConnectorClient.RetryAfter(longOne, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Missing_retry_after_leaves_the_choice_to_backoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorClient.RetryAfter(response, Now, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void Backoff_doubles_within_jitter_bounds_and_stops_at_the_maximum()
    {
        var options = new ConnectorRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5) };

        for (var sample = 0; sample < 50; sample++)
        {
            Assert.InRange(ConnectorClient.Backoff(options, 0), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
            Assert.InRange(ConnectorClient.Backoff(options, 2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
            Assert.InRange(ConnectorClient.Backoff(options, 10), TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(5));
        }
    }

    [Theory]
    [InlineData("{\"errorCode\":209,\"message\":\"{\\\"subCode\\\":\\\"MessageWritesBlocked\\\"}\"}", ConnectorFailure.Blocked, "MessageWritesBlocked")]
    [InlineData("{\"errorCode\":209,\"message\":\"blocked\"}", ConnectorFailure.Blocked, "209")]
    [InlineData("{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"User blocked the conversation with the bot.\"}}", ConnectorFailure.Blocked, "ConversationBlockedByUser")]
    [InlineData("{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}", ConnectorFailure.NotInstalled, "BotNotInConversationRoster")]
    [InlineData("not json", ConnectorFailure.NotInstalled, null)]
    [InlineData(null, ConnectorFailure.NotInstalled, null)]
    public void Forbidden_bodies_tell_blocked_from_not_installed(string? body, ConnectorFailure expected, string? code)
    {
        var (failure, errorCode) = ConnectorErrorClassifier.Classify(HttpStatusCode.Forbidden, body);

        Assert.Equal(expected, failure);
        Assert.Equal(code, errorCode);
    }
}
