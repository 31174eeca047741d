using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Schema;
using Coalitie.Testing;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>Retries and failure classification (teams-protocol.md §3.3), against the fake connector.</summary>
public sealed class ConnectorRetryTests : IDisposable
{
    private const string Conversation = "a:1";
    private const string ActivitiesPath = "/v3/conversations/a:1/activities";
    private const string BlockedBody = "{\"errorCode\":209,\"message\":\"{\\\"subCode\\\":\\\"MessageWritesBlocked\\\",\\\"details\\\":\\\"Thread is blocked from message writes.\\\"}\"}";
    private readonly FakeConnector _fake = new();
    private readonly ConnectorHarness _harness = ConnectorHarness.Create();

    private ConnectorTarget Target => new(_fake.ServiceUrl, "tenant-1");

    public void Dispose()
    {
        _harness.Dispose();
        _fake.Dispose();
    }

    [Fact]
    public async Task Throttled_send_waits_for_retry_after_and_then_succeeds()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        var response = await Send();

        Assert.Equal("1", response.Id);
        var attempts = _fake.Requests;
        Assert.Equal([429, 201], attempts.Select(r => r.StatusCode));
        Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromMilliseconds(950),
            $"second attempt came {(attempts[1].ReceivedAt - attempts[0].ReceivedAt).TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Retry_after_longer_than_the_configured_cap_is_shortened()
    {
        using var harness = ConnectorHarness.Create(configuration: new Dictionary<string, string?> { ["Bot:Connector:MaxRetryAfter"] = "00:00:00.050" });
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(120));
        var clock = Stopwatch.StartNew();

        var response = await harness.Client.SendToConversationAsync(Target, Conversation, Message(), CancellationToken.None);

        Assert.Equal("1", response.Id);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal([429, 201], _fake.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Throttling_beyond_the_retry_budget_fails_as_throttled()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.TooManyRequests, times: 100);

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(ConnectorFailure.Throttled, error.Failure);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(4, _fake.Requests.Count);
    }

    [Fact]
    public async Task Two_unavailable_answers_then_success_succeeds_on_the_third_attempt()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.ServiceUnavailable, times: 2);

        var response = await Send();

        Assert.Equal("1", response.Id);
        Assert.Equal([503, 503, 201], _fake.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Service_unavailable_forever_fails_as_transient_after_exactly_max_retries_plus_one_attempts()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.ServiceUnavailable, times: 100);

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(ConnectorFailure.Transient, error.Failure);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, _fake.Requests.Count);
    }

    [Fact]
    public async Task Retry_budget_comes_from_the_bot_connector_configuration_section()
    {
        using var harness = ConnectorHarness.Create(configuration: new Dictionary<string, string?> { ["Bot:Connector:MaxRetries"] = "1" });
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.BadGateway, times: 100);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => harness.Client.SendToConversationAsync(Target, Conversation, Message(), CancellationToken.None));

        Assert.Equal(ConnectorFailure.Transient, error.Failure);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Retryable_statuses_are_retried(HttpStatusCode status)
    {
        _fake.RespondWith(ActivitiesPath, status);

        var response = await Send();

        Assert.Equal("1", response.Id);
        Assert.Equal([(int)status, 201], _fake.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Message_writes_blocked_is_blocked_and_attempted_once()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.Forbidden, body: BlockedBody);

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(ConnectorFailure.Blocked, error.Failure);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Other_forbidden_is_not_installed_and_attempted_once()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.Forbidden,
            body: "{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(ConnectorFailure.NotInstalled, error.Failure);
        Assert.Equal("BotNotInConversationRoster", error.ErrorCode);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Not_found_is_gone_and_attempted_once()
    {
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.NotFound, body: "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"Conversation not found.\"}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(ConnectorFailure.Gone, error.Failure);
        Assert.Equal("ConversationNotFound", error.ErrorCode);
        Assert.Single(_fake.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, ConnectorFailure.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized, ConnectorFailure.Unauthorized)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, ConnectorFailure.TooLarge)]
    [InlineData(HttpStatusCode.InternalServerError, ConnectorFailure.Transient)]
    [InlineData(HttpStatusCode.Conflict, ConnectorFailure.Unknown)]
    public async Task Other_failures_are_classified_and_not_retried(HttpStatusCode status, ConnectorFailure expected)
    {
        _fake.RespondWith(ActivitiesPath, status, body: "{\"error\":{\"code\":\"X\",\"message\":\"y\"}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(Send);

        Assert.Equal(expected, error.Failure);
        Assert.Equal(status, error.StatusCode);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Waiting_for_retry_after_is_cancellable()
    {
        using var harness = ConnectorHarness.Create(configuration: new Dictionary<string, string?> { ["Bot:Connector:MaxRetryAfter"] = "00:01:00" });
        _fake.RespondWith(ActivitiesPath, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => harness.Client.SendToConversationAsync(Target, Conversation, Message(), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Refused_connection_is_transient()
    {
        // A port bound but never listening: connections are refused, and no other test can take the port meanwhile.
        using var reserved = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        reserved.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var serviceUrl = $"http://127.0.0.1:{((System.Net.IPEndPoint)reserved.LocalEndPoint!).Port}/";

        var read = await Assert.ThrowsAsync<ConnectorException>(
            () => _harness.Client.GetMembersAsync(new ConnectorTarget(serviceUrl, "tenant-1"), Conversation, CancellationToken.None));
        var send = await Assert.ThrowsAsync<ConnectorException>(
            () => _harness.Client.SendToConversationAsync(new ConnectorTarget(serviceUrl, "tenant-1"), Conversation, Message(), CancellationToken.None));

        Assert.Equal(ConnectorFailure.Transient, read.Failure);
        Assert.Null(read.StatusCode);
        Assert.IsType<HttpRequestException>(read.InnerException);
        Assert.Equal(ConnectorFailure.Transient, send.Failure);
    }

    private Task<ResourceResponse> Send() => _harness.Client.SendToConversationAsync(Target, Conversation, Message(), CancellationToken.None);

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };
}
