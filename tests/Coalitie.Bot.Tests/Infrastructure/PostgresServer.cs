using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server for the tests of the <see cref="PostgresGroup"/>: <c>COALITIE_TEST_POSTGRES</c> when set,
/// else a throw-away server from <c>tools/postgres.sh start</c>, stopped on dispose. Each test class gets its own fresh
/// database. When no server can be started the tests fail with the script's message; they are never skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "COALITIE_TEST_POSTGRES";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _databases = new(StringComparer.Ordinal);
    private string? _dataDirectory;

    /// <summary>Connection string of the server's maintenance database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        var (exitCode, output, error) = await RunScriptAsync("start");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (exitCode != 0 || lines.Length < 2)
        {
            throw new InvalidOperationException(
                $"PostgreSQL could not be started with tools/postgres.sh (exit code {exitCode}). Set {EnvironmentVariable} to a " +
                $"connection string or install PostgreSQL. Script output: {output.Trim()} {error.Trim()}");
        }

        _dataDirectory = lines[0];
        ConnectionString = lines[1];
    }

    /// <summary>A database created for <paramref name="owner"/> alone (once per test class), as a connection string.</summary>
    public Task<string> DatabaseForAsync(Type owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return _databases.GetOrAdd(owner.FullName ?? owner.Name, _ => new Lazy<Task<string>>(CreateDatabaseAsync)).Value;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_dataDirectory is not null)
        {
            await RunScriptAsync("stop", _dataDirectory);
        }
    }

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "coalitie_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tools", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, string.Empty, ex.Message);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
