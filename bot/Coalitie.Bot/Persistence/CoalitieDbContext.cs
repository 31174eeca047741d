using Coalitie.Bot.Conversations;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Persistence;

/// <summary>
/// The one database model. Two provider-specific subclasses carry their own migrations
/// (<see cref="SqliteCoalitieDbContext"/>, <see cref="PostgresCoalitieDbContext"/>); features depend on this type.
/// </summary>
public abstract class CoalitieDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();

    public DbSet<UserPreference> UserPreferences => Set<UserPreference>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(512);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoalitieDbContext).Assembly, t => !t.IsAbstract);
    }
}

/// <summary>The embedded default: a SQLite file under <c>data/</c>.</summary>
public sealed class SqliteCoalitieDbContext(DbContextOptions<SqliteCoalitieDbContext> options) : CoalitieDbContext(options);

/// <summary>Production: PostgreSQL through <c>ConnectionStrings:Coalitie</c>.</summary>
public sealed class PostgresCoalitieDbContext(DbContextOptions<PostgresCoalitieDbContext> options) : CoalitieDbContext(options);
