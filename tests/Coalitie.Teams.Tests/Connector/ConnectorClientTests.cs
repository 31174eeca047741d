using System.Net;
using System.Text.Json;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Schema;
using Coalitie.Testing;

namespace Coalitie.Teams.Tests.Connector;

/// <summary>Every connector operation against the fake connector (WireMock.Net on loopback, anonymous mode).</summary>
public sealed class ConnectorClientTests : IDisposable
{
    private const string Tenant = "tenant-1";
    private readonly FakeConnector _fake = new();
    private readonly ConnectorHarness _harness = ConnectorHarness.Create();

    private ConnectorTarget Target => new(_fake.ServiceUrl, Tenant);

    public void Dispose()
    {
        _harness.Dispose();
        _fake.Dispose();
    }

    [Fact]
    public async Task Send_posts_the_activity_to_the_escaped_conversation_path_and_returns_the_new_id()
    {
        // '/' in an id would split the path if the segment were not escaped.
        const string conversationId = "19:abc/def@thread.tacv2;messageid=17";

        var first = await _harness.Client.SendToConversationAsync(Target, conversationId, Message("hello"), CancellationToken.None);
        var second = await _harness.Client.SendToConversationAsync(Target, conversationId, Message("again"), CancellationToken.None);

        Assert.Equal("1", first.Id);
        Assert.Equal("2", second.Id);
        var request = Assert.Single(_fake.Requests, r => r.Activity?.Text == "hello");
        Assert.Equal("POST", request.Method);
        Assert.Equal(conversationId, request.ConversationId);
        Assert.Equal($"/v3/conversations/{conversationId}/activities", request.Path);
        Assert.Equal("message", request.Activity!.Type);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Service_url_without_trailing_slash_addresses_the_same_paths()
    {
        var target = new ConnectorTarget(_fake.ServiceUrl.TrimEnd('/'), Tenant);

        var response = await _harness.Client.SendToConversationAsync(target, "a:1", Message("hi"), CancellationToken.None);

        Assert.Equal("1", response.Id);
        Assert.Equal("/v3/conversations/a:1/activities", Assert.Single(_fake.Requests).Path);
    }

    [Fact]
    public async Task Reply_posts_to_the_activity_path_with_the_reply_to_id()
    {
        var reply = Message("reply");
        reply.ReplyToId = "1571537152320";

        var response = await _harness.Client.ReplyToActivityAsync(Target, "a:1", "1571537152320", reply, CancellationToken.None);

        Assert.Equal("1", response.Id);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a:1/activities/1571537152320", request.Path);
        Assert.Equal("1571537152320", request.Activity!.ReplyToId);
    }

    [Fact]
    public async Task Update_puts_the_activity_and_returns_its_id()
    {
        var response = await _harness.Client.UpdateActivityAsync(Target, "a:1", "42", Message("edited"), CancellationToken.None);

        Assert.Equal("42", response.Id);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("42", request.ActivityId);
        Assert.Equal("edited", request.Activity!.Text);
    }

    [Fact]
    public async Task Delete_sends_a_delete_for_the_activity()
    {
        await _harness.Client.DeleteActivityAsync(Target, "a:1", "42", CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/v3/conversations/a:1/activities/42", request.Path);
        Assert.Equal(200, request.StatusCode);
    }

    [Fact]
    public async Task Delete_answered_501_like_the_agents_playground_is_not_supported_and_not_retried()
    {
        _fake.RespondWith("/v3/conversations/a:1/activities/42", HttpStatusCode.NotImplemented);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _harness.Client.DeleteActivityAsync(Target, "a:1", "42", CancellationToken.None));

        Assert.Equal(ConnectorFailure.NotSupported, error.Failure);
        Assert.Single(_fake.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Accepted, null)]
    [InlineData(HttpStatusCode.OK, "{}")]
    [InlineData(HttpStatusCode.Created, "{\"id\":\"77\"}")]
    public async Task Send_tolerates_success_answers_with_or_without_an_id(HttpStatusCode status, string? body)
    {
        _fake.RespondWith("/v3/conversations/a:1/activities", status, body: body);

        var response = await _harness.Client.SendToConversationAsync(Target, "a:1", Message("card"), CancellationToken.None);

        Assert.Equal(body is null || body == "{}" ? null : "77", response.Id);
    }

    [Fact]
    public async Task Create_one_to_one_sends_the_member_and_tenant_and_gets_a_stable_conversation_id()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = "29:1aK9" }],
            TenantId = Tenant,
            Activity = Message("first"),
        };

        var first = await _harness.Client.CreateConversationAsync(Target, parameters, CancellationToken.None);
        var again = await _harness.Client.CreateConversationAsync(Target, parameters, CancellationToken.None);

        Assert.StartsWith("a:", first.Id, StringComparison.Ordinal);
        Assert.Equal(first.Id, again.Id);
        var request = _fake.Requests[0];
        Assert.Equal("/v3/conversations", request.Path);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:1aK9", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(Tenant, body.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("first", body.RootElement.GetProperty("activity").GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("channelData", out _));
    }

    [Fact]
    public async Task Create_channel_thread_sends_channel_data_and_gets_the_thread_and_root_activity_ids()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = JsonSerializer.SerializeToElement(new { channel = new { id = "19:general@thread.tacv2" } }),
            TenantId = Tenant,
            Activity = Message("thread root"),
        };

        var created = await _harness.Client.CreateConversationAsync(Target, parameters, CancellationToken.None);

        Assert.Equal($"19:general@thread.tacv2;messageid={created.ActivityId}", created.Id);
        Assert.NotNull(created.ActivityId);
        using var body = JsonDocument.Parse(Assert.Single(_fake.Requests).Body!);
        Assert.True(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:general@thread.tacv2", body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("thread root", body.RootElement.GetProperty("activity").GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("members", out _));
    }

    [Fact]
    public async Task Members_map_the_wire_object_id_to_the_entra_object_id()
    {
        var members = await _harness.Client.GetMembersAsync(Target, "19:chat@thread.v2", CancellationToken.None);

        Assert.Equal(5, members.Count);
        Assert.Equal(["user-id-0", "user-id-1", "user-id-2", "user-id-3", "user-id-4"], members.Select(m => m.Id));
        Assert.All(members, m => Assert.Null(m.AadObjectId));
        Assert.Equal(FakeConnector.DefaultMember(3).AadObjectId, members[3].ObjectId);
        Assert.Equal(FakeConnector.DefaultMember(3).AadObjectId, members[3].EntraObjectId);
        Assert.Equal("/v3/conversations/19:chat@thread.v2/members", Assert.Single(_fake.Requests).Path);
    }

    [Fact]
    public async Task Member_by_id_returns_the_aad_object_id()
    {
        var member = await _harness.Client.GetMemberAsync(Target, "a:1", "user-id-2", CancellationToken.None);

        Assert.Equal("User 2", member.Name);
        Assert.Equal(FakeConnector.DefaultMember(2).AadObjectId, member.EntraObjectId);
        Assert.Equal("/v3/conversations/a:1/members/user-id-2", Assert.Single(_fake.Requests).Path);
    }

    [Fact]
    public async Task Unknown_member_is_gone()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() => _harness.Client.GetMemberAsync(Target, "a:1", "nobody", CancellationToken.None));

        Assert.Equal(ConnectorFailure.Gone, error.Failure);
        Assert.Equal("MemberNotFoundInConversation", error.ErrorCode);
    }

    [Fact]
    public async Task Paged_members_clamp_the_page_size_and_follow_the_continuation_token()
    {
        _fake.Members = [.. Enumerable.Range(0, 120).Select(FakeConnector.DefaultMember)];

        var first = await _harness.Client.GetPagedMembersAsync(Target, "19:team@thread.tacv2", 10, null, CancellationToken.None);
        var second = await _harness.Client.GetPagedMembersAsync(Target, "19:team@thread.tacv2", 10, first.ContinuationToken, CancellationToken.None);
        var last = await _harness.Client.GetPagedMembersAsync(Target, "19:team@thread.tacv2", 10_000, second.ContinuationToken, CancellationToken.None);

        Assert.Equal(50, first.Members.Count);
        Assert.Equal("user-id-50", second.Members[0].Id);
        Assert.Equal(50, second.Members.Count);
        Assert.Equal(20, last.Members.Count);
        Assert.Null(last.ContinuationToken);
        Assert.Equal(FakeConnector.DefaultMember(0).AadObjectId, first.Members[0].EntraObjectId);
        Assert.Equal(["pageSize=50", "pageSize=50&continuationToken=50", "pageSize=500&continuationToken=100"], _fake.Requests.Select(r => r.Query));
        Assert.All(_fake.Requests, r => Assert.Equal("/v3/conversations/19:team@thread.tacv2/pagedmembers", r.Path));
    }

    [Fact]
    public async Task Paged_members_escape_the_continuation_token_and_omit_an_unset_page_size()
    {
        await _harness.Client.GetPagedMembersAsync(Target, "a:1", null, "a+b/c=", CancellationToken.None);

        Assert.Equal("continuationToken=a%2Bb%2Fc%3D", Assert.Single(_fake.Requests).Query);
    }

    [Fact]
    public async Task Team_details_are_read_from_the_team_path()
    {
        var details = await _harness.Client.GetTeamDetailsAsync(Target, "19:team@thread.tacv2", CancellationToken.None);

        Assert.Equal("19:team@thread.tacv2", details.Id);
        Assert.Equal("Fake team", details.Name);
        Assert.Equal(5, details.MemberCount);
        Assert.Equal(2, details.ChannelCount);
        Assert.Equal("/v3/teams/19:team@thread.tacv2", Assert.Single(_fake.Requests).Path);
    }

    [Fact]
    public async Task Team_channels_include_general_with_the_team_id_and_no_name()
    {
        var channels = await _harness.Client.GetTeamChannelsAsync(Target, "19:team@thread.tacv2", CancellationToken.None);

        Assert.Equal(2, channels.Conversations.Count);
        Assert.Equal("19:team@thread.tacv2", channels.Conversations[0].Id);
        Assert.Null(channels.Conversations[0].Name);
        Assert.Equal("Announcements", channels.Conversations[1].Name);
        Assert.Equal("/v3/teams/19:team@thread.tacv2/conversations", Assert.Single(_fake.Requests).Path);
    }

    [Fact]
    public async Task Fake_connector_reports_sent_activities_to_waiters()
    {
        var waiting = _fake.WaitForActivitiesAsync(2, TimeSpan.FromSeconds(5));

        await _harness.Client.SendToConversationAsync(Target, "a:1", Message("one"), CancellationToken.None);
        await _harness.Client.ReplyToActivityAsync(Target, "a:1", "1", Message("two"), CancellationToken.None);

        Assert.Equal(["one", "two"], (await waiting).Select(a => a.Text));
    }

    [Fact]
    public async Task Fake_connector_wait_times_out_when_too_few_activities_arrive()
    {
        await _harness.Client.SendToConversationAsync(Target, "a:1", Message("only"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _fake.WaitForActivitiesAsync(2, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("saw 1", error.Message, StringComparison.Ordinal);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
