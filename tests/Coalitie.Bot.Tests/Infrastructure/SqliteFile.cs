using Microsoft.Data.Sqlite;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>A SQLite database file in a fresh temp folder, deleted (with its WAL files) on dispose.</summary>
public sealed class SqliteFile : IDisposable
{
    private readonly string _directory;

    public SqliteFile()
    {
        _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coalitie-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "coalitie.db");
    }

    public string Path { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, DefaultTimeout = 30 }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the temp folder is cleaned by the OS later.
        }
    }
}
