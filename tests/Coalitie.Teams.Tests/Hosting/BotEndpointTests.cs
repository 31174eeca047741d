using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Coalitie.Teams.Tests.Hosting;

/// <summary>
/// <c>POST /api/messages</c> over real HTTP: Kestrel on loopback, the real endpoint, authenticator, router and options
/// validation. Authenticated mode validates tokens of a <see cref="TestTokenIssuer"/> (metadata served on loopback).
/// </summary>
public sealed class BotEndpointTests : IDisposable
{
    private const string TrustedServiceUrl = "https://smba.test.example/amer/";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly TestTokenIssuer _issuer;

    public BotEndpointTests()
    {
        _issuer = new TestTokenIssuer(_clock);
    }

    public void Dispose() => _issuer.Dispose();

    // ---- Body checks (anonymous mode on loopback) ---------------------------------------------------------------

    [Theory]
    [InlineData("{ \"type\": \"message\", ")]
    [InlineData("not json at all")]
    [InlineData("{ \"type\": \"message\", \"text\": 12 }")]
    [InlineData("[ { \"type\": \"message\" } ]")]
    public async Task Malformed_json_is_400_problem_details(string body)
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Equal("Malformed activity", problem["title"]!.GetValue<string>());
        Assert.Empty(host.Received.Activities);
    }

    [Fact]
    public async Task Empty_body_is_400()
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{ \"text\": \"hulp\", \"channelId\": \"msteams\" }")]
    [InlineData("{ \"type\": \"  \", \"text\": \"hulp\" }")]
    [InlineData("null")]
    public async Task Activity_without_a_type_is_400(string body)
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("The activity has no 'type'.", problem["detail"]!.GetValue<string>());
        Assert.Empty(host.Received.Activities);
    }

    [Fact]
    public async Task Body_over_256_KB_with_a_content_length_is_413()
    {
        await using var host = await EndpointHost.StartAsync(_clock);
        using var content = new ByteArrayContent(MessageOfExactly(300 * 1024));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };

        using var response = await host.Client.PostAsync("/api/messages", content);

        Assert.Equal(300 * 1024, content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemAsync(response))["status"]!.GetValue<int>());
        Assert.Empty(host.Received.Activities);
    }

    [Fact]
    public async Task Chunked_body_over_256_KB_is_413()
    {
        await using var host = await EndpointHost.StartAsync(_clock);
        using var content = new ChunkedContent(MessageOfExactly(300 * 1024));

        using var response = await host.Client.PostAsync("/api/messages", content);

        Assert.Null(content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemAsync(response))["status"]!.GetValue<int>());
        Assert.Empty(host.Received.Activities);
    }

    [Fact]
    public async Task Body_of_exactly_256_KB_is_accepted_chunked_or_not()
    {
        await using var host = await EndpointHost.StartAsync(_clock);
        var body = MessageOfExactly(256 * 1024);
        using var sized = new ByteArrayContent(body);
        sized.Headers.ContentType = new("application/json");
        using var chunked = new ChunkedContent(body);

        using var first = await host.Client.PostAsync("/api/messages", sized);
        using var second = await host.Client.PostAsync("/api/messages", chunked);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, host.Received.Activities.Count);
        Assert.All(host.Received.Activities, a => Assert.StartsWith("xxxx", a.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_is_routed_to_its_handler_and_answered_200_without_body()
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, Activity("message", text: "<at>Coalitie</at> hulp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal("<at>Coalitie</at> hulp", Assert.Single(host.Received.Activities).Text);
    }

    [Theory]
    [InlineData("somethingTeamsAddsNextYear")]
    [InlineData(ActivityTypes.MessageReaction)]
    public async Task Unknown_activity_type_is_200(string type)
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, Activity(type));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Received.Activities);
    }

    [Fact]
    public async Task Invoke_answer_is_the_http_response_body()
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, Activity("invoke", name: EchoInvokeHandler.Name, value: """{ "echo": "pong" }"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": "pong" }"""), body),
            body.ToJsonString());
    }

    [Fact]
    public async Task Invoke_without_a_handler_is_http_501_with_the_error_body()
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, Activity("invoke", name: "signin/verifyState", value: "{}"));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("NotImplemented", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_answer_without_body_is_an_empty_200()
    {
        await using var host = await EndpointHost.StartAsync(_clock);

        using var response = await PostAsync(host, Activity("invoke", name: InvokeNames.TaskSubmit, value: """{ "data": {} }"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_request_arriving_on_a_non_loopback_address_is_401()
    {
        var address = NonLoopbackIPv4Address();
        await using var host = await EndpointHost.StartAsync(_clock, listenUrl: $"http://{address}:0");

        using var response = await PostAsync(host, Activity("message", text: "hulp"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await ProblemAsync(response))["status"]!.GetValue<int>());
        Assert.Empty(host.Received.Activities);
    }

    // ---- Authenticated mode -------------------------------------------------------------------------------------

    [Fact]
    public async Task Authenticated_mode_without_authorization_header_is_401()
    {
        await using var host = await StartAuthenticatedAsync();

        using var response = await PostAsync(host, Activity("message", text: "hulp", serviceUrl: TrustedServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(host.Received.Activities);
        Assert.False(host.Trust.IsTrusted(TrustedServiceUrl));
    }

    [Fact]
    public async Task Token_signed_by_a_key_endorsed_for_another_channel_is_403()
    {
        await using var host = await StartAuthenticatedAsync();
        var token = TestTokenIssuer.CreateToken(_issuer.NewTokenRequest(TrustedServiceUrl) with { SigningKey = _issuer.OtherChannelKey });

        using var response = await PostAsync(host, Activity("message", text: "hulp", serviceUrl: TrustedServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, (await ProblemAsync(response))["status"]!.GetValue<int>());
        Assert.Empty(host.Received.Activities);
        Assert.False(host.Trust.IsTrusted(TrustedServiceUrl));
    }

    [Fact]
    public async Task Token_for_another_service_url_is_401_and_trusts_nothing()
    {
        await using var host = await StartAuthenticatedAsync();

        using var response = await PostAsync(host, Activity("message", text: "hulp", serviceUrl: TrustedServiceUrl),
            _issuer.CreateAuthorizationHeader("https://smba.elsewhere.example/amer/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(host.Trust.IsTrusted(TrustedServiceUrl));
        Assert.False(host.Trust.IsTrusted("https://smba.elsewhere.example/amer/"));
    }

    [Fact]
    public async Task Valid_token_is_routed_and_its_service_url_becomes_trusted()
    {
        await using var host = await StartAuthenticatedAsync();
        Assert.False(host.Trust.IsTrusted(TrustedServiceUrl));

        using var response = await PostAsync(host, Activity("message", text: "hulp", serviceUrl: TrustedServiceUrl),
            _issuer.CreateAuthorizationHeader(TrustedServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hulp", Assert.Single(host.Received.Activities).Text);
        Assert.True(host.Trust.IsTrusted(TrustedServiceUrl));
        Assert.True(host.Trust.IsTrusted("https://smba.test.example/emea/other-tenant/"));
        Assert.False(host.Trust.IsTrusted("https://other.test.example/amer/"));
    }

    [Fact]
    public async Task Plain_http_service_url_of_an_authenticated_activity_is_routed_but_never_trusted()
    {
        const string plainServiceUrl = "http://127.0.0.1:5999/amer/";
        await using var host = await StartAuthenticatedAsync();

        using var response = await PostAsync(host, Activity("message", text: "hulp", serviceUrl: plainServiceUrl),
            _issuer.CreateAuthorizationHeader(plainServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Received.Activities);
        Assert.False(host.Trust.IsTrusted(plainServiceUrl));
        Assert.False(host.Trust.IsTrusted("https://127.0.0.1:5999/amer/"));
    }

    // ---- Start-up validation ------------------------------------------------------------------------------------

    [Fact]
    public async Task App_id_without_tenant_id_fails_at_start()
    {
        await using var app = EndpointHost.Build(_clock, new Dictionary<string, string?>
        {
            ["Bot:AppId"] = _issuer.AppId,
            ["Bot:AppPassword"] = "test-secret-not-used",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Bot:TenantId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task App_id_without_any_outbound_credential_fails_at_start()
    {
        await using var app = EndpointHost.Build(_clock, new Dictionary<string, string?>
        {
            ["Bot:AppId"] = _issuer.AppId,
            ["Bot:TenantId"] = _issuer.TenantId,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Bot:AppPassword", StringComparison.Ordinal));
    }

    private Task<EndpointHost> StartAuthenticatedAsync() => EndpointHost.StartAsync(
        _clock,
        new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = _issuer.TenantId,
            ["Bot:AppPassword"] = "test-secret-not-used",
        },
        _issuer);

    private static async Task<HttpResponseMessage> PostAsync(EndpointHost host, string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await host.Client.SendAsync(request);
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static string Activity(string type, string? text = null, string? name = null, string? value = null, string serviceUrl = "http://127.0.0.1:1/")
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "1767765488332",
            ["channelId"] = TestTokenIssuer.TeamsChannelId,
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:anna", ["name"] = "Anna de Vries" },
            ["recipient"] = new JsonObject { ["id"] = "28:coalitie-bot", ["name"] = "Coalitie" },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (name is not null)
        {
            activity["name"] = name;
        }

        if (value is not null)
        {
            activity["value"] = JsonNode.Parse(value);
        }

        return activity.ToJsonString();
    }

    /// <summary>A valid message activity whose UTF-8 body is exactly <paramref name="size"/> bytes (padded text).</summary>
    private static byte[] MessageOfExactly(int size)
    {
        var empty = Encoding.UTF8.GetByteCount(Activity("message", text: string.Empty));
        var body = Encoding.UTF8.GetBytes(Activity("message", text: new string('x', size - empty)));
        Assert.Equal(size, body.Length);
        return body;
    }

    private static IPAddress NonLoopbackIPv4Address()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        return address ?? throw new InvalidOperationException("This test needs a non-loopback IPv4 address on the machine.");
    }

    /// <summary>Content of unknown length: HttpClient sends it with <c>Transfer-Encoding: chunked</c>.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 8 * 1024)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(8 * 1024, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
