using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Coalitie.Bot.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c> (see docs/development.md).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoalitieDbContext>
{
    public SqliteCoalitieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCoalitieDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoalitieDbContext>
{
    public PostgresCoalitieDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCoalitieDbContext>().UseNpgsql("Host=127.0.0.1;Database=coalitie_design").Options);
}
