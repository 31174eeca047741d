using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Tests.Storage;

/// <summary>The storage contract on SQLite: a temp file per test, removed afterwards.</summary>
public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly List<SqliteFile> _files = [];
    private SqliteFile? _shared;

    protected override string ProviderName => "sqlite";

    protected override async Task<string> SharedDatabaseAsync()
    {
        if (_shared is null)
        {
            _shared = NewFile();
            await using var db = Open(_shared.ConnectionString);
            await db.Database.MigrateAsync();
        }

        return _shared.ConnectionString;
    }

    protected override Task<string> EmptyDatabaseAsync() => Task.FromResult(NewFile().ConnectionString);

    protected override CoalitieDbContext Open(string connectionString) =>
        new SqliteCoalitieDbContext(new DbContextOptionsBuilder<SqliteCoalitieDbContext>().UseSqlite(connectionString).Options);

    protected override StorageSettings HostStorage(string connectionString) =>
        new SqliteStorage(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
    }

    private SqliteFile NewFile()
    {
        var file = new SqliteFile();
        _files.Add(file);
        return file;
    }
}
