using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Tests.Storage;

/// <summary>The storage contract on PostgreSQL: one fresh database for this class (plus fresh ones for "from empty").</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests
{
    private static readonly SemaphoreSlim MigrateOnce = new(1, 1);
    private static string? _migrated;

    protected override string ProviderName => "postgres";

    protected override async Task<string> SharedDatabaseAsync()
    {
        var connectionString = await server.DatabaseForAsync(typeof(PostgresStorageTests));
        await MigrateOnce.WaitAsync();
        try
        {
            if (_migrated != connectionString)
            {
                await using var db = Open(connectionString);
                await db.Database.MigrateAsync();
                _migrated = connectionString;
            }
        }
        finally
        {
            MigrateOnce.Release();
        }

        return connectionString;
    }

    protected override Task<string> EmptyDatabaseAsync() => server.CreateDatabaseAsync();

    protected override CoalitieDbContext Open(string connectionString) =>
        new PostgresCoalitieDbContext(new DbContextOptionsBuilder<PostgresCoalitieDbContext>().UseNpgsql(connectionString).Options);

    protected override StorageSettings HostStorage(string connectionString) => new PostgresStorage(connectionString);
}
