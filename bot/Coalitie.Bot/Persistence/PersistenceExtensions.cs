using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.Persistence;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section <c>Storage</c>; the connection string is <c>ConnectionStrings:Coalitie</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>SQLite file used when no connection string is given (relative to the content root).</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/coalitie.db";

    /// <summary>Apply pending migrations at start-up (one instance at a time: PostgreSQL takes an advisory lock).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class PersistenceExtensions
{
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = builder.Configuration.GetConnectionString("Coalitie");

        switch (storage.Provider)
        {
            case StorageProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new OptionsValidationException(nameof(StorageOptions), typeof(StorageOptions),
                        ["Storage:Provider is Postgres, but ConnectionStrings:Coalitie is empty."]);
                }

                builder.Services.AddDbContext<PostgresCoalitieDbContext>(o => Configure(o.UseNpgsql(connectionString)));
                builder.Services.AddScoped<CoalitieDbContext>(sp => sp.GetRequiredService<PostgresCoalitieDbContext>());
                break;
            default:
                var sqlite = string.IsNullOrWhiteSpace(connectionString)
                    ? SqliteConnectionString(Path.Combine(builder.Environment.ContentRootPath, storage.SqlitePath))
                    : connectionString;
                builder.Services.AddDbContext<SqliteCoalitieDbContext>(o => Configure(o.UseSqlite(sqlite)));
                builder.Services.AddScoped<CoalitieDbContext>(sp => sp.GetRequiredService<SqliteCoalitieDbContext>());
                break;
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    /// <summary>
    /// A failed command or save is not an error by itself: the exception reaches the caller, which either handles
    /// it (a unique-key race it retries) or lets it surface and logs it with context. So EF logs them as warnings.
    /// </summary>
    private static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w
            .Log((RelationalEventId.CommandError, LogLevel.Warning))
            .Log((CoreEventId.SaveChangesFailed, LogLevel.Warning)));

    internal static string SqliteConnectionString(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder { DataSource = full, Cache = SqliteCacheMode.Shared, DefaultTimeout = 30 }.ToString();
    }
}
