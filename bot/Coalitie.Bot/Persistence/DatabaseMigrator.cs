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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string? provider);
}
