using Coalitie.Bot.Commands;
using Coalitie.Bot.Persistence;
using Coalitie.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.Infrastructure;

public static class Health
{
    /// <summary><c>GET /healthz</c>: 200 with status, version and storage when the database answers, else 503.</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapGet("/healthz", async (CoalitieDbContext db, IOptions<BotOptions> bot, CancellationToken cancellationToken) =>
        {
            var databaseUp = await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false);
            var body = new
            {
                status = databaseUp ? "ok" : "degraded",
                version = AboutCommand.Version,
                storage = db.Database.IsNpgsql() ? "postgres" : "sqlite",
                database = databaseUp ? "up" : "down",
                authentication = bot.Value.IsAnonymous ? "anonymous-loopback" : "bot-framework",
            };
            return Results.Json(body, statusCode: databaseUp ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }
}
