using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace Coalitie.Bot.Tests.Storage;

/// <summary>
/// What every storage provider must do, run against SQLite (<see cref="SqliteStorageTests"/>) and PostgreSQL
/// (<see cref="PostgresStorageTests"/>): migrations, conversation references, the welcome claim, user preferences.
/// </summary>
public abstract class StorageContractTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);

    private readonly FakeClock _clock = new(Start);

    /// <summary>"sqlite" or "postgres", as <c>/healthz</c> reports it.</summary>
    protected abstract string ProviderName { get; }

    /// <summary>The database shared by this class's tests (migrated), as a connection string.</summary>
    protected abstract Task<string> SharedDatabaseAsync();

    /// <summary>A database nobody has touched yet.</summary>
    protected abstract Task<string> EmptyDatabaseAsync();

    protected abstract CoalitieDbContext Open(string connectionString);

    protected abstract StorageSettings HostStorage(string connectionString);

    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await using var db = Open(await EmptyDatabaseAsync());
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(0, await db.ConversationReferences.CountAsync());
        Assert.Equal(0, await db.UserPreferences.CountAsync());
    }

    [Fact]
    public async Task A_database_from_another_development_schema_is_refused_with_what_to_do()
    {
        var connectionString = await EmptyDatabaseAsync();
        await using (var db = Open(connectionString))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('20200101000000_Initial', '10.0.0')""");
        }

        // The host's own start-up migration (as `./coalitie bot` and `import` run it); the host then prints the message and exits.
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(HostStorage(connectionString).Configuration());
        builder.AddCoalitie();
        await using var app = builder.Build();
        var migrator = app.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single();
        var refused = await Assert.ThrowsAsync<DatabaseSchemaException>(() => migrator.StartAsync(CancellationToken.None));

        Assert.Contains("migration 20200101000000_Initial is unknown to this one", refused.Message, StringComparison.Ordinal);
        Assert.Contains("delete the local database", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_runs_on_this_provider_and_stores_what_it_hears()
    {
        var connectionString = await EmptyDatabaseAsync();
        using var connector = new FakeConnector();
        await using var host = new BotHost(HostStorage(connectionString), connector);
        var ids = new FixtureIds(connector.ServiceUrl);

        using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var message = await host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal(ProviderName, body["storage"]!.GetValue<string>());
        Assert.Equal("up", body["database"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Replies.AssertHelpCard(Replies.Card(Replies.Only(host, ids.ConversationId)), DutchTexts.Instance);
        await using var db = Open(connectionString);
        var stored = await db.ConversationReferences.SingleAsync(r => r.ConversationId == ids.ConversationId);
        Assert.Equal(ids.UserAadObjectId, stored.UserAadObjectId);
        Assert.Empty(host.Logs.ErrorsSince(0));
    }

    [Fact]
    public async Task Upsert_creates_once_then_updates_a_changed_serviceUrl()
    {
        var connectionString = await SharedDatabaseAsync();
        var ids = new FixtureIds("https://smba.trafficmanager.net/amer/");
        var install = Load("installationupdate-add-personal", ids);

        await using (var db = Open(connectionString))
        {
            Assert.True(await Store(db).UpsertAsync(install, default));
            Assert.False(await Store(db).UpsertAsync(install, default));
        }

        _clock.AdvanceMinutes(5);
        await using (var db = Open(connectionString))
        {
            Assert.False(await Store(db).UpsertAsync(Load("installationupdate-add-personal", ids with { ServiceUrl = "https://smba.trafficmanager.net/emea/" }), default));
        }

        await using var read = Open(connectionString);
        var stored = await read.ConversationReferences.AsNoTracking().SingleAsync(r => r.ConversationId == ids.ConversationId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
        Assert.Equal(ConversationKind.Personal, stored.Kind);
        Assert.Equal(ids.TenantId, stored.TenantId);
        Assert.Equal(ids.UserId, stored.UserId);
        Assert.Equal(ids.UserAadObjectId, stored.UserAadObjectId);
        Assert.Equal("Fatima el Amrani", stored.UserName);
        Assert.Equal(Start, stored.CreatedAt);
        Assert.Equal(Start.Plus(Duration.FromMinutes(5)), stored.UpdatedAt);
        Assert.Null(stored.WelcomedAt);
    }

    [Fact]
    public async Task A_channel_thread_is_stored_under_its_channel_id()
    {
        var connectionString = await SharedDatabaseAsync();
        var ids = new FixtureIds("https://smba.trafficmanager.net/amer/");

        await using (var db = Open(connectionString))
        {
            Assert.True(await Store(db).UpsertAsync(Load("message-channel-mention", ids), default));
        }

        await using var read = Open(connectionString);
        var stored = await Store(read).FindAsync(ids.ChannelId + ";messageid=1772443211020", default);
        Assert.NotNull(stored);
        Assert.Equal(ids.ChannelId, stored.ConversationId);
        Assert.Equal(ids.TeamId, stored.TeamId);
        Assert.Equal(ids.TeamAadGroupId, stored.TeamAadGroupId);
        Assert.Equal("Wijkaanpak", stored.ChannelName);
        Assert.Null(stored.UserId);
    }

    [Fact]
    public async Task Remove_forgets_one_conversation_only()
    {
        var connectionString = await SharedDatabaseAsync();
        var kept = new FixtureIds("https://smba.trafficmanager.net/amer/");
        var removed = new FixtureIds("https://smba.trafficmanager.net/amer/");
        await using (var db = Open(connectionString))
        {
            await Store(db).UpsertAsync(Load("installationupdate-add-personal", kept), default);
            await Store(db).UpsertAsync(Load("installationupdate-add-personal", removed), default);
        }

        await using (var db = Open(connectionString))
        {
            Assert.Equal(1, await Store(db).RemoveAsync(removed.ConversationId, default));
            Assert.Equal(0, await Store(db).RemoveAsync(removed.ConversationId, default));
        }

        await using var read = Open(connectionString);
        Assert.Null(await Store(read).FindAsync(removed.ConversationId, default));
        Assert.NotNull(await Store(read).FindAsync(kept.ConversationId, default));
    }

    [Fact]
    public async Task Team_operations_rename_add_channels_and_remove_the_whole_team()
    {
        var connectionString = await SharedDatabaseAsync();
        var ids = new FixtureIds("https://smba.trafficmanager.net/amer/");
        var created = Load("conversationupdate-channel-created", ids);
        await using (var db = Open(connectionString))
        {
            var store = Store(db);
            await store.UpsertAsync(Load("installationupdate-add-team", ids), default);
            await store.UpsertChannelAsync(created, created.GetTeamsChannelData().Channel!, default);
        }

        await using (var db = Open(connectionString))
        {
            var renamed = Load("conversationupdate-channel-renamed", ids);
            await Store(db).UpsertChannelAsync(renamed, renamed.GetTeamsChannelData().Channel!, default);
            await Store(db).RenameTeamAsync(ids.TeamId, "Wijkaanpak Havenkwartier en Lloydkwartier", default);
        }

        await using (var read = Open(connectionString))
        {
            var team = await Store(read).FindAsync(ids.TeamId, default);
            var channel = await Store(read).FindAsync(ids.ChannelId, default);
            Assert.Equal("Wijkaanpak Havenkwartier en Lloydkwartier", team?.TeamName);
            Assert.Equal("Wijkaanpak Havenkwartier en Lloydkwartier", channel?.TeamName);
            Assert.Equal("Bewonerspanel-Noord", channel?.ChannelName);
            Assert.Equal(ConversationKind.Channel, channel?.Kind);
            Assert.Equal(ids.TeamId, channel?.TeamId);
        }

        await using (var db = Open(connectionString))
        {
            Assert.Equal(2, await Store(db).RemoveTeamAsync(ids.TeamId, default));
        }

        await using var after = Open(connectionString);
        Assert.Equal(0, await after.ConversationReferences.CountAsync(r => r.TeamId == ids.TeamId));
    }

    [Fact]
    public async Task TryMarkWelcomed_is_true_for_exactly_one_of_ten_concurrent_callers()
    {
        var connectionString = await SharedDatabaseAsync();
        var ids = new FixtureIds("https://smba.trafficmanager.net/amer/");
        await using (var db = Open(connectionString))
        {
            await Store(db).UpsertAsync(Load("installationupdate-add-personal", ids), default);
        }

        using var gate = new ManualResetEventSlim(false);
        var callers = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await using var db = Open(connectionString);
            await db.Database.OpenConnectionAsync();
            gate.Wait();
            return await Store(db).TryMarkWelcomedAsync(ids.ConversationId, default);
        })).ToList();
        gate.Set();
        var results = await Task.WhenAll(callers);

        Assert.Single(results, claimed => claimed);
        await using var read = Open(connectionString);
        Assert.Equal(Start, (await Store(read).FindAsync(ids.ConversationId, default))?.WelcomedAt);
        Assert.False(await Store(read).TryMarkWelcomedAsync(ids.ConversationId, default));
    }

    [Fact]
    public async Task TryMarkWelcomed_is_false_for_a_conversation_that_is_not_stored()
    {
        await using var db = Open(await SharedDatabaseAsync());

        Assert.False(await Store(db).TryMarkWelcomedAsync("a:never-stored-" + Guid.NewGuid().ToString("N"), default));
        Assert.False(await Store(db).TryMarkWelcomedAsync(null, default));
    }

    [Fact]
    public async Task A_language_choice_is_persisted_and_can_be_changed()
    {
        var connectionString = await SharedDatabaseAsync();
        var user = new ChannelAccount { Id = "29:1" + Guid.NewGuid().ToString("N"), AadObjectId = Guid.NewGuid().ToString() };
        await using (var db = Open(connectionString))
        {
            await new UserLanguage(db, _clock, new LocalePolicy(Microsoft.Extensions.Options.Options.Create(new LocalizationOptions()))).SetAsync(user, Language.En, default);
        }

        await using (var read = Open(connectionString))
        {
            var preference = await read.UserPreferences.AsNoTracking().SingleAsync(p => p.UserKey == "aad:" + user.AadObjectId);
            Assert.Equal("en", preference.Language);
            Assert.Equal(Start, preference.UpdatedAt);
        }

        _clock.AdvanceMinutes(1);
        await using (var db = Open(connectionString))
        {
            await new UserLanguage(db, _clock, new LocalePolicy(Microsoft.Extensions.Options.Options.Create(new LocalizationOptions()))).SetAsync(user, Language.Nl, default);
        }

        await using var after = Open(connectionString);
        var changed = await after.UserPreferences.AsNoTracking().Where(p => p.UserKey == "aad:" + user.AadObjectId).ToListAsync();
        var single = Assert.Single(changed);
        Assert.Equal("nl", single.Language);
        Assert.Equal(Start.Plus(Duration.FromMinutes(1)), single.UpdatedAt);
    }

    private ConversationReferenceStore Store(CoalitieDbContext db) => new(db, _clock, NullLogger<ConversationReferenceStore>.Instance);

    private static Activity Load(string fixture, FixtureIds ids) =>
        JsonSerializer.Deserialize<Activity>(TeamsFixtures.Load(fixture, ids).ToJsonString(), BotJson.Options)!;
}
