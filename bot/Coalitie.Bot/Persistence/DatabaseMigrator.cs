using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.Persistence;

/// <summary>
/// Applies pending migrations before the host starts serving. On PostgreSQL a session advisory lock makes several
/// instances starting together migrate one after the other instead of racing.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceProvider services, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    private const long MigrationLockKey = 0x436F616C6974; // "Coalit"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        if (db.Database.IsNpgsql())
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken).ConfigureAwait(false);
                await RequireKnownMigrationsAsync(db, cancellationToken).ConfigureAwait(false);
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
        else
        {
            await RequireKnownMigrationsAsync(db, cancellationToken).ConfigureAwait(false);
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (db.Database.IsSqlite())
            {
                // WAL lets the bot read while another connection writes; durable across restarts.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }

        LogMigrated(logger, db.Database.ProviderName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Refuses a database that has migrations this build does not know: until the first release the schema is one
    /// migration, regenerated when the model changes (docs/development.md), so an older local database cannot be upgraded.
    /// </summary>
    private static async Task RequireKnownMigrationsAsync(CoalitieDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseSchemaException(
                $"The database was created by another development build of Coalitie (migration {string.Join(", ", unknown)} is unknown to this one). " +
                "Until the first release the schema is regenerated when it changes: delete the local database (for the embedded default, the folder data/) " +
                "or point Storage:SqlitePath or ConnectionStrings:Coalitie at a new one.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string? provider);
}

/// <summary>The database's schema is not one this build can migrate; the message says what to do.</summary>
public sealed class DatabaseSchemaException : Exception
{
    public DatabaseSchemaException()
    {
    }

    public DatabaseSchemaException(string message)
        : base(message)
    {
    }

    public DatabaseSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
