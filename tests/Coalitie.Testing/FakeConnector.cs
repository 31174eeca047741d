using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Schema;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Coalitie.Testing;

/// <summary>
/// An in-process fake Bot Connector on loopback (WireMock.Net on a random port) for tests that drive the bot end to
/// end. It records every request and answers like Teams does:
/// <list type="bullet">
/// <item>send / reply: 201 <c>{"id":"1"}</c>, <c>"2"</c>, … (one counter across conversations);</item>
/// <item>update: 200 <c>{"id":"{activityId}"}</c>; delete: 200;</item>
/// <item>create conversation: 201 <c>{"id":"a:fake-…"}</c>, the same id for the same member; a channel thread
/// (<c>channelData.channel.id</c>) gets <c>{"id":"{channel};messageid={n}","activityId":"{n}"}</c>;</item>
/// <item><c>members</c> (with <c>objectId</c>, as real Teams), <c>members/{id}</c> and <c>pagedmembers</c> (with
/// <c>aadObjectId</c>) from <see cref="Members"/>; team details and channels from <see cref="TeamName"/> and
/// <see cref="Channels"/>;</item>
/// <item>anything else: 404 with an error body.</item>
/// </list>
/// <see cref="RespondWith"/> makes matching requests answer a given status for the next N calls.
/// With <c>useHttps: true</c> it serves https with a throw-away self-signed certificate for <c>localhost</c> and
/// <c>127.0.0.1</c>; clients must then accept it (see <see cref="CreateCertificateTrustingHandler"/>).
/// <para>
/// Wiring a host to it: in anonymous mode (no <c>Bot:AppId</c>) use <see cref="ServiceUrl"/> as is — the connector
/// client sends no token and accepts loopback http. With an app id the client sends the bearer token only over https to
/// a trusted host, so start it with <c>useHttps: true</c>, add <c>127.0.0.1</c> to <c>Bot:TrustedServiceUrlHosts</c>
/// (or post an authenticated activity carrying this service URL) and give the named client
/// <c>Coalitie.Teams.Connector</c> the primary handler from <see cref="CreateCertificateTrustingHandler"/>.
/// </para>
/// </summary>
public sealed class FakeConnector : IDisposable
{
    private readonly WireMockServer _server;
    private readonly Lock _gate = new();
    private readonly List<FakeConnectorRequest> _requests = [];
    private readonly List<Override> _overrides = [];
    private readonly Dictionary<string, string> _conversationsByMember = new(StringComparer.Ordinal);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextActivityId;
    private int _nextConversation;

    public FakeConnector(bool useHttps = false)
    {
        var settings = new WireMockServerSettings
        {
            Urls = [$"{(useHttps ? "https" : "http")}://127.0.0.1:{FreeLoopbackPort()}"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
        };
        if (useHttps)
        {
            settings.UseSSL = true;
            settings.CertificateSettings = new WireMockCertificateSettings { X509Certificate = LoopbackCertificate.Create() };
        }

        _server = WireMockServer.Start(settings);
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
        ServiceUrl = $"{(useHttps ? "https" : "http")}://127.0.0.1:{_server.Port}/";
    }

    /// <summary>The base URL to use as <c>serviceUrl</c>, with a trailing slash.</summary>
    public string ServiceUrl { get; }

    /// <summary>Members served by the member endpoints; replace to configure. Default: five users <c>user-id-0..4</c>.</summary>
    public IReadOnlyList<FakeMember> Members { get; set; } = [.. Enumerable.Range(0, 5).Select(DefaultMember)];

    /// <summary>Team name in <c>GET v3/teams/{teamId}</c>.</summary>
    public string TeamName { get; set; } = "Fake team";

    /// <summary>
    /// Channels served by <c>GET v3/teams/{teamId}/conversations</c>. Default: the General channel (id = team id,
    /// no name) and one named channel; a channel whose id is null here takes the team id.
    /// </summary>
    public IReadOnlyList<FakeChannel> Channels { get; set; } = [new FakeChannel(Id: null, Name: null), new FakeChannel("19:announcements@thread.tacv2", "Announcements")];

    /// <summary>Every request received so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<FakeConnectorRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The activities received so far (sent, replied, updated, or first messages of created conversations).</summary>
    public IReadOnlyList<Activity> Activities => [.. Requests.Where(r => r.Activity is not null).Select(r => r.Activity!)];

    /// <summary>Server-generated default member <paramref name="index"/>: <c>user-id-{i}</c>, "User {i}", a GUID-shaped object id.</summary>
    public static FakeMember DefaultMember(int index) => new(
        $"user-id-{index}",
        $"User {index}",
        $"00000000-0000-0000-0000-{index + 1:D12}",
        $"user{index}@example.test",
        $"user{index}@example.test");

    /// <summary>
    /// The next <paramref name="times"/> requests whose decoded path starts with <paramref name="pathPrefix"/> (e.g.
    /// <c>/v3/conversations/a:1/activities</c>) and, when given, whose method matches, answer
    /// <paramref name="statusCode"/> with <paramref name="body"/> (JSON) and, when given, a <c>Retry-After</c> header in
    /// whole seconds. Overrides are consumed in the order they were added.
    /// </summary>
    public void RespondWith(string pathPrefix, HttpStatusCode statusCode, int times = 1, string? body = null, TimeSpan? retryAfter = null, HttpMethod? method = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathPrefix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            _overrides.Add(new Override(pathPrefix, method?.Method, (int)statusCode, body, retryAfter) { Remaining = times });
        }
    }

    /// <summary>Forgets recorded requests and pending overrides (ids keep counting).</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _requests.Clear();
            _overrides.Clear();
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> activities have been received (see <see cref="Activities"/>) and
    /// returns them; throws <see cref="TimeoutException"/> after <paramref name="timeout"/> (default 5 s).
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        var requests = await WaitForRequestsAsync(r => r.Activity is not null, count, timeout, ct);
        return [.. requests.Select(r => r.Activity!)];
    }

    /// <summary>Waits until at least <paramref name="count"/> requests match <paramref name="predicate"/>, and returns those.</summary>
    public async Task<IReadOnlyList<FakeConnectorRequest>> WaitForRequestsAsync(Func<FakeConnectorRequest, bool> predicate, int count, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var matching = _requests.Where(predicate).ToList();
                if (matching.Count >= count)
                {
                    return matching;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(timeoutSource.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                int seen;
                lock (_gate)
                {
                    seen = _requests.Count(predicate);
                }

                throw new TimeoutException($"Expected {count} matching request(s) at the fake connector, saw {seen}.");
            }
        }
    }

    /// <summary>A handler that accepts the fake's self-signed certificate (tests only).</summary>
    public static HttpMessageHandler CreateCertificateTrustingHandler() => LoopbackCertificate.CreateTrustingHandler();

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private IResponseMessage Handle(IRequestMessage request)
    {
        var rawPath = new Uri(request.Url).AbsolutePath;
        var segments = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var path = "/" + string.Join('/', segments);
        var method = request.Method.ToUpperInvariant();
        var body = string.IsNullOrEmpty(request.Body) ? null : request.Body;
        var authorization = request.Headers is { } headers && headers.TryGetValue("Authorization", out var values) ? values.FirstOrDefault() : null;

        string? conversationId = null;
        string? activityId = null;
        if (segments is ["v3", "conversations", var conversation, ..])
        {
            conversationId = conversation;
            if (segments is [_, _, _, "activities", var activity, ..])
            {
                activityId = activity;
            }
        }

        Activity? sentActivity = null;
        ConversationParameters? parameters = null;
        if (body is not null)
        {
            try
            {
                if (segments is ["v3", "conversations"] && method == "POST")
                {
                    parameters = JsonSerializer.Deserialize<ConversationParameters>(body, BotJson.Options);
                    sentActivity = parameters?.Activity;
                }
                else if (segments is ["v3", "conversations", _, "activities", ..] && method is "POST" or "PUT")
                {
                    sentActivity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
                }
            }
            catch (JsonException)
            {
                // Recorded with its raw body; the answer below is a 400.
                return Record(Answer(400, Error("BadSyntax", "The body is not valid JSON.")));
            }
        }

        ResponseMessage response;
        lock (_gate)
        {
            var match = _overrides.FirstOrDefault(o => o.Remaining > 0
                && path.StartsWith(o.PathPrefix, StringComparison.Ordinal)
                && (o.Method is null || o.Method == method));
            if (match is not null)
            {
                match.Remaining--;
                if (match.Remaining == 0)
                {
                    _overrides.Remove(match);
                }

                response = Answer(match.StatusCode, match.Body);
                if (match.RetryAfter is { } retryAfter)
                {
                    response.AddHeader("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
                }
            }
            else
            {
                response = Route(method, segments, request, parameters);
            }
        }

        return Record(response);

        ResponseMessage Record(ResponseMessage answer)
        {
            var entry = new FakeConnectorRequest(method, path, request.RawQuery?.TrimStart('?') ?? string.Empty, conversationId, activityId,
                sentActivity, parameters, authorization, body, Convert.ToInt32(answer.StatusCode, CultureInfo.InvariantCulture),
                new DateTimeOffset(DateTime.SpecifyKind(request.DateTime, DateTimeKind.Utc)));
            lock (_gate)
            {
                _requests.Add(entry);
                var changed = _changed;
                _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                changed.TrySetResult();
            }

            return answer;
        }
    }

    /// <summary>Default answers; called under the lock.</summary>
    private ResponseMessage Route(string method, string[] segments, IRequestMessage request, ConversationParameters? parameters)
    {
        return (method, segments) switch
        {
            ("POST", ["v3", "conversations", _, "activities"]) or ("POST", ["v3", "conversations", _, "activities", _]) =>
                Answer(201, Json(new JsonObject { ["id"] = NextActivityId() })),
            ("PUT", ["v3", "conversations", _, "activities", var activityId]) => Answer(200, Json(new JsonObject { ["id"] = activityId })),
            ("DELETE", ["v3", "conversations", _, "activities", _]) => Answer(200, null),
            ("POST", ["v3", "conversations"]) => CreateConversation(parameters),
            ("GET", ["v3", "conversations", _, "members"]) => Answer(200, Json(new JsonArray([.. Members.Select(m => MemberJson(m, "objectId"))]))),
            ("GET", ["v3", "conversations", _, "members", var memberId]) => Members.FirstOrDefault(m => m.Id == memberId || m.AadObjectId == memberId) is { } member
                ? Answer(200, Json(MemberJson(member, "aadObjectId")))
                : Answer(404, Error("MemberNotFoundInConversation", "The member was not found.")),
            ("GET", ["v3", "conversations", _, "pagedmembers"]) => PagedMembers(request),
            ("GET", ["v3", "teams", var teamId]) => Answer(200, Json(new JsonObject
            {
                ["id"] = teamId,
                ["name"] = TeamName,
                ["aadGroupId"] = "00000000-0000-0000-0000-00000000abcd",
                ["channelCount"] = Channels.Count,
                ["memberCount"] = Members.Count,
                ["type"] = "standard",
            })),
            ("GET", ["v3", "teams", var teamId, "conversations"]) => Answer(200, Json(new JsonObject
            {
                ["conversations"] = new JsonArray([.. Channels.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id ?? teamId, ["name"] = c.Name })]),
            })),
            _ => Answer(404, Error("NotFound", "The fake connector does not serve this path.")),
        };
    }

    private ResponseMessage CreateConversation(ConversationParameters? parameters)
    {
        if (parameters is null)
        {
            return Answer(400, Error("BadSyntax", "Incorrect conversation creation parameters"));
        }

        if (parameters.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("channel", out var channel)
            && channel.TryGetProperty("id", out var channelId)
            && channelId.GetString() is { Length: > 0 } channelIdValue)
        {
            if (parameters.Activity is null)
            {
                return Answer(400, Error("BadSyntax", "Incorrect conversation creation parameters"));
            }

            var rootId = NextActivityId();
            return Answer(201, Json(new JsonObject { ["id"] = $"{channelIdValue};messageid={rootId}", ["activityId"] = rootId }));
        }

        if (parameters.IsGroup || parameters.Members is not [{ Id: { Length: > 0 } memberId }])
        {
            return Answer(400, Error("BadSyntax", "Incorrect conversation creation parameters"));
        }

        if (!_conversationsByMember.TryGetValue(memberId, out var conversationId))
        {
            conversationId = $"a:fake-{++_nextConversation}";
            _conversationsByMember.Add(memberId, conversationId);
        }

        var answer = new JsonObject { ["id"] = conversationId };
        if (parameters.Activity is not null)
        {
            answer["activityId"] = NextActivityId();
        }

        return Answer(201, Json(answer));
    }

    private ResponseMessage PagedMembers(IRequestMessage request)
    {
        var pageSize = request.Query?.TryGetValue("pageSize", out var size) == true && int.TryParse(size.FirstOrDefault(), CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : 200;
        var start = request.Query?.TryGetValue("continuationToken", out var token) == true && int.TryParse(token.FirstOrDefault(), CultureInfo.InvariantCulture, out var offset)
            ? offset
            : 0;
        var page = Members.Skip(start).Take(pageSize).ToList();
        var next = start + page.Count;
        var result = new JsonObject { ["members"] = new JsonArray([.. page.Select(m => MemberJson(m, "aadObjectId"))]) };
        if (next < Members.Count)
        {
            result["continuationToken"] = next.ToString(CultureInfo.InvariantCulture);
        }

        return Answer(200, Json(result));
    }

    private string NextActivityId() => Interlocked.Increment(ref _nextActivityId).ToString(CultureInfo.InvariantCulture);

    private static JsonObject MemberJson(FakeMember member, string objectIdName) => new JsonObject
    {
        ["id"] = member.Id,
        ["name"] = member.Name,
        [objectIdName] = member.AadObjectId,
        ["email"] = member.Email,
        ["userPrincipalName"] = member.UserPrincipalName,
        ["userRole"] = "user",
    };

    private static string Json(JsonNode node) => node.ToJsonString();

    private static string Error(string code, string message) => Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    private static ResponseMessage Answer(int statusCode, string? body)
    {
        var response = new ResponseMessage { StatusCode = statusCode };
        if (body is not null)
        {
            response.AddHeader("Content-Type", "application/json; charset=utf-8");
            response.BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String };
        }

        return response;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Override(string PathPrefix, string? Method, int StatusCode, string? Body, TimeSpan? RetryAfter)
    {
        public int Remaining { get; set; }
    }
}
