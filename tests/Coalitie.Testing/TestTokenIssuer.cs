using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Coalitie.Testing;

/// <summary>
/// A stand-in for the Bot Framework channel service's token issuer: RSA keys, an OpenID metadata document and a JWKS
/// with <c>endorsements</c>, served over plain http on a loopback WireMock server, and tokens signed like the
/// channel service signs them (teams-protocol.md §1.1).
/// </summary>
/// <example>
/// <code>
/// using var issuer = new TestTokenIssuer(clock);
/// services.Configure&lt;BotOptions&gt;(issuer.ConfigureBotOptions);
/// request.Headers.TryAddWithoutValidation("Authorization", issuer.CreateAuthorizationHeader(activity.ServiceUrl!));
/// </code>
/// </example>
public sealed class TestTokenIssuer : IDisposable
{
    /// <summary>The issuer of Bot Framework channel tokens.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The channel id Teams puts on its activities, and the endorsement of <see cref="TeamsKey"/>.</summary>
    public const string TeamsChannelId = "msteams";

    /// <summary>The only endorsement of <see cref="OtherChannelKey"/>.</summary>
    public const string OtherChannelId = "skype";

    /// <summary>serviceUrl of the Teams traffic recorded in teams-protocol.md.</summary>
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/amer/";

    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    private static readonly Guid MetadataMappingId = Guid.Parse("8b3c4f0e-1d7a-4c55-9a1e-3f6d2b7c9e01");
    private static readonly Guid KeysMappingId = Guid.Parse("8b3c4f0e-1d7a-4c55-9a1e-3f6d2b7c9e02");

    private readonly TimeProvider _timeProvider;
    private readonly WireMockServer _server;
    private readonly Lock _sync = new();
    private readonly List<TestSigningKey> _published = [];
    private readonly List<TestSigningKey> _owned = [];
    private bool _metadataAvailable = true;

    /// <param name="timeProvider">The clock that <c>nbf</c>/<c>exp</c> of default tokens are read from; use the same
    /// clock as the code under test (a FakeTimeProvider in unit tests).</param>
    public TestTokenIssuer(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;

        TeamsKey = CreateKey(TeamsChannelId);
        OtherChannelKey = CreateKey(OtherChannelId);
        UnknownKey = CreateKey(TeamsChannelId);
        _published.Add(TeamsKey);
        _published.Add(OtherChannelKey);

        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{FindFreeLoopbackPort()}"],
            StartAdminInterface = false,
        });
        BaseUrl = _server.Url!.TrimEnd('/');
        RegisterMappings();
    }

    /// <summary>The bot's Microsoft App ID: the audience of default tokens.</summary>
    public string AppId { get; } = Guid.NewGuid().ToString();

    /// <summary>A tenant id for options that want one next to the app id.</summary>
    public string TenantId { get; } = Guid.NewGuid().ToString();

    /// <summary>The <c>iss</c> of default tokens.</summary>
    public string Issuer { get; } = BotFrameworkIssuer;

    /// <summary>Loopback base address of the metadata server, without trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Where the OpenID metadata document is served (plain http).</summary>
    public string MetadataUrl => BaseUrl + MetadataPath;

    /// <summary>Where the JWKS is served; the metadata document's <c>jwks_uri</c>.</summary>
    public string KeysUrl => BaseUrl + KeysPath;

    /// <summary>Published, endorsed for <c>msteams</c>: signs default tokens.</summary>
    public TestSigningKey TeamsKey { get; }

    /// <summary>Published, endorsed only for <c>skype</c>.</summary>
    public TestSigningKey OtherChannelKey { get; }

    /// <summary>Endorsed for <c>msteams</c> but never published: its <c>kid</c> is unknown to validators.</summary>
    public TestSigningKey UnknownKey { get; }

    /// <summary>How many times the metadata document was requested.</summary>
    public int MetadataRequestCount => CountRequests(MetadataPath);

    /// <summary>How many times the JWKS was requested.</summary>
    public int KeysRequestCount => CountRequests(KeysPath);

    /// <summary>Points <paramref name="options"/> at this issuer: app id, tenant, metadata URL, issuer, http metadata.</summary>
    public void ConfigureBotOptions(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AppId = AppId;
        options.TenantId ??= TenantId;
        options.OpenIdMetadataUrl = MetadataUrl;
        options.Issuer = Issuer;
        options.RequireHttpsMetadata = false;
    }

    /// <summary>A request for a valid channel token: signed RS256 by <see cref="TeamsKey"/>, audience
    /// <see cref="AppId"/>, <c>nbf</c> now and <c>exp</c> in one hour (the channel service's lifetime).</summary>
    public TestTokenRequest NewTokenRequest(string? serviceUrl = DefaultServiceUrl)
    {
        var now = _timeProvider.GetUtcNow();
        return new TestTokenRequest
        {
            SigningKey = TeamsKey,
            Issuer = Issuer,
            Audience = AppId,
            ServiceUrl = serviceUrl,
            NotBefore = now,
            Expires = now.AddHours(1),
        };
    }

    /// <summary>A valid channel token for <paramref name="serviceUrl"/>.</summary>
    public string CreateToken(string? serviceUrl = DefaultServiceUrl) => CreateToken(NewTokenRequest(serviceUrl));

    /// <summary>The compact JWS for <paramref name="request"/>, forged or not.</summary>
    public static string CreateToken(TestTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var header = new JsonObject { ["alg"] = request.Algorithm, ["typ"] = "JWT" };
        var keyId = request.KeyId ?? request.SigningKey.KeyId;
        if (keyId.Length > 0)
        {
            header["kid"] = keyId;
        }

        var payload = new JsonObject();
        AddIfPresent(payload, "serviceurl", request.ServiceUrl);
        AddIfPresent(payload, "nbf", request.NotBefore?.ToUnixTimeSeconds());
        AddIfPresent(payload, "exp", request.Expires?.ToUnixTimeSeconds());
        AddIfPresent(payload, "iat", request.IssuedAt?.ToUnixTimeSeconds());
        AddIfPresent(payload, "iss", request.Issuer);
        AddIfPresent(payload, "aud", request.Audience);
        foreach (var (name, value) in request.AdditionalClaims)
        {
            payload[name] = JsonSerializer.SerializeToNode(value);
        }

        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = Sign(Encoding.ASCII.GetBytes(signingInput), request);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary><c>Bearer</c> + a valid channel token for <paramref name="serviceUrl"/>: the Authorization header value.</summary>
    public string CreateAuthorizationHeader(string serviceUrl = DefaultServiceUrl) => "Bearer " + CreateToken(serviceUrl);

    /// <summary>
    /// Rewrites one payload claim of <paramref name="token"/> and keeps header and signature: a tampered token whose
    /// signature no longer matches.
    /// </summary>
    public static string TamperPayload(string token, string claim, string value)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw new ArgumentException("Expected a compact JWS with three parts.", nameof(token));
        }

        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload[claim] = value;
        return parts[0] + "." + Encode(payload) + "." + parts[2];
    }

    /// <summary>Generates a key and adds it to the served JWKS (key rotation). The issuer disposes it.</summary>
    public TestSigningKey PublishNewKey(params string[] endorsements) => Publish(CreateKey(endorsements));

    /// <summary>Generates a key and publishes it with no <c>endorsements</c> array at all.</summary>
    public TestSigningKey PublishNewKeyWithoutEndorsements() => Publish(CreateKey(null));

    private TestSigningKey Publish(TestSigningKey key)
    {
        lock (_sync)
        {
            _published.Add(key);
        }

        RegisterMappings();
        return key;
    }

    /// <summary>
    /// False: both documents answer 503 Service Unavailable, as when the metadata service is down. True: served again.
    /// </summary>
    public void SetMetadataAvailable(bool available)
    {
        lock (_sync)
        {
            _metadataAvailable = available;
        }

        RegisterMappings();
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        foreach (var key in _owned)
        {
            key.Dispose();
        }
    }

    private TestSigningKey CreateKey(params string[]? endorsements)
    {
        lock (_sync)
        {
            var key = new TestSigningKey(_owned.Count, Guid.NewGuid().ToString("N"), endorsements);
            _owned.Add(key);
            return key;
        }
    }

    private void RegisterMappings()
    {
        string metadataJson;
        string keysJson;
        bool available;
        lock (_sync)
        {
            available = _metadataAvailable;
            metadataJson = new JsonObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = BaseUrl + "/v1/.well-known/authorize",
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString();
            var keys = new JsonArray();
            foreach (var key in _published)
            {
                keys.Add(key.ToPublicJwk());
            }

            keysJson = new JsonObject { ["keys"] = keys }.ToJsonString();
        }

        Map(MetadataMappingId, MetadataPath, available, metadataJson);
        Map(KeysMappingId, KeysPath, available, keysJson);
    }

    private void Map(Guid mappingId, string path, bool available, string json)
    {
        var response = available
            ? Response.Create().WithStatusCode(HttpStatusCode.OK).WithHeader("Content-Type", "application/json").WithBody(json)
            : Response.Create().WithStatusCode(HttpStatusCode.ServiceUnavailable);
        _server.Given(Request.Create().WithPath(path).UsingGet()).WithGuid(mappingId).RespondWith(response);
    }

    private int CountRequests(string path) =>
        _server.LogEntries.Count(entry => string.Equals(entry.RequestMessage?.Path, path, StringComparison.Ordinal));

    private static void AddIfPresent<T>(JsonObject payload, string name, T? value)
    {
        if (value is not null)
        {
            payload[name] = JsonValue.Create(value);
        }
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static byte[] Sign(byte[] signingInput, TestTokenRequest request) => request.Algorithm switch
    {
        TestTokenAlgorithms.RS256 => request.SigningKey.SignRsa(signingInput, HashAlgorithmName.SHA256),
        TestTokenAlgorithms.RS384 => request.SigningKey.SignRsa(signingInput, HashAlgorithmName.SHA384),
        TestTokenAlgorithms.RS512 => request.SigningKey.SignRsa(signingInput, HashAlgorithmName.SHA512),
        TestTokenAlgorithms.HS256 => HMACSHA256.HashData(request.SigningKey.ExportPublicKey(), signingInput),
        TestTokenAlgorithms.HS384 => HMACSHA384.HashData(request.SigningKey.ExportPublicKey(), signingInput),
        TestTokenAlgorithms.HS512 => HMACSHA512.HashData(request.SigningKey.ExportPublicKey(), signingInput),
        TestTokenAlgorithms.None => [],
        _ => throw new ArgumentException($"Algorithm '{request.Algorithm}' is not supported by the test issuer.", nameof(request)),
    };

    private static int FindFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
