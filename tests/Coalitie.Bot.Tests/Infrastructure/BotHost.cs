using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Persistence;
using Coalitie.Teams.Connector;
using Coalitie.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>Where a test host keeps its data.</summary>
public abstract record StorageSettings
{
    internal abstract IEnumerable<KeyValuePair<string, string?>> Configuration();
}

/// <summary>A SQLite file (through <c>Storage:SqlitePath</c>).</summary>
public sealed record SqliteStorage(string Path) : StorageSettings
{
    internal override IEnumerable<KeyValuePair<string, string?>> Configuration() =>
    [
        new("Storage:Provider", "Sqlite"),
        new("Storage:SqlitePath", Path),
    ];
}

/// <summary>A PostgreSQL database (through <c>ConnectionStrings:Coalitie</c>).</summary>
public sealed record PostgresStorage(string ConnectionString) : StorageSettings
{
    internal override IEnumerable<KeyValuePair<string, string?>> Configuration() =>
    [
        new("Storage:Provider", "Postgres"),
        new("ConnectionStrings:Coalitie", ConnectionString),
    ];
}

/// <summary>
/// The real bot (<c>Program</c>) on a test server: anonymous mode, or authenticated mode against a
/// <see cref="TestTokenIssuer"/>; replies go to a <see cref="FakeConnector"/>; every log entry is captured.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    /// <summary>Like Teams: <c>&lt;</c>, <c>&gt;</c> and non-ASCII letters as they are, not as <c>\uXXXX</c>.</summary>
    private static readonly JsonSerializerOptions WireJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly StorageSettings _storage;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="storage">Where the data lives.</param>
    /// <param name="connector">Receives the bot's replies; activities must carry its <see cref="FakeConnector.ServiceUrl"/>.</param>
    /// <param name="issuer">Null: anonymous mode. Otherwise the bot validates tokens of this issuer.</param>
    /// <param name="settings">More configuration (e.g. <c>Work:Enabled</c> = false so the test drives the workers).</param>
    /// <param name="services">Test replacements (e.g. a fake clock).</param>
    public BotHost(
        StorageSettings storage, FakeConnector connector, TestTokenIssuer? issuer = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _storage = storage;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        Connector = connector;
        Issuer = issuer;
    }

    public FakeConnector Connector { get; }

    public TestTokenIssuer? Issuer { get; }

    public CapturedLogs Logs { get; } = new();

    private HttpClient? _client;

    /// <summary>One client for the host's lifetime (creating it starts the host).</summary>
    public HttpClient Client => _client ??= CreateClient();

    /// <summary>
    /// POSTs <paramref name="activity"/> to <c>/api/messages</c>. In authenticated mode a valid token for the activity's
    /// serviceUrl is attached unless <paramref name="authorization"/> says otherwise (empty string: no header).
    /// </summary>
    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(WireJson), Encoding.UTF8, "application/json"),
        };
        authorization ??= Issuer is null ? string.Empty : Issuer.CreateAuthorizationHeader(activity["serviceUrl"]?.GetValue<string>() ?? string.Empty);
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Runs <paramref name="query"/> against the host's own database in a fresh scope.</summary>
    public async Task<T> QueryAsync<T>(Func<CoalitieDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CoalitieDbContext>());
    }

    public Task<ConversationReference?> FindReferenceAsync(string conversationId) =>
        QueryAsync(db => db.ConversationReferences.AsNoTracking().FirstOrDefaultAsync(r => r.ConversationId == conversationId));

    public Task<int> CountReferencesAsync() => QueryAsync(db => db.ConversationReferences.CountAsync());

    /// <summary>Activities the fake connector received for <paramref name="conversationId"/> (POST and PUT).</summary>
    public IReadOnlyList<FakeConnectorRequest> RequestsFor(string conversationId) =>
        [.. Connector.Requests.Where(r => r.ConversationId == conversationId && r.Activity is not null)];

    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Host configuration becomes command-line arguments of Program, so it is visible while AddCoalitie reads it.
        var settings = new List<KeyValuePair<string, string?>>(_storage.Configuration())
        {
            new("Storage:MigrateOnStartup", "true"),
        };
        settings.AddRange(_settings);
        if (Issuer is not null)
        {
            settings.Add(new("Bot:AppId", Issuer.AppId));
            settings.Add(new("Bot:TenantId", Issuer.TenantId));
            settings.Add(new("Bot:AppPassword", "test-secret-not-used"));
            settings.Add(new("Bot:OpenIdMetadataUrl", Issuer.MetadataUrl));
            settings.Add(new("Bot:Issuer", Issuer.Issuer));
            settings.Add(new("Bot:RequireHttpsMetadata", "false"));
        }

        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureLogging(logging =>
        {
            // Captured for assertions instead of written to the console: keeps the test output readable.
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
        builder.ConfigureTestServices(services =>
        {
            _services?.Invoke(services);
            if (Issuer is not null)
            {
                // The fake connector is plain http on loopback and the token only ever travels over https: these
                // tests are about the inbound side, so the bot sends no outbound token (the connector suite covers it).
                services.RemoveAll<IBotTokenProvider>();
                services.AddSingleton<IBotTokenProvider>(new NoOutboundToken());
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class NoOutboundToken : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken ct) => ValueTask.FromResult<string?>(null);
    }
}

/// <summary>Helpers to read what the host answered.</summary>
public static class HttpAssert
{
    public static async Task<JsonNode> JsonBodyAsync(HttpResponseMessage response, string expectedMediaType = "application/json")
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(expectedMediaType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON body.");
    }
}
