using Coalitie.Bot.Persistence;

namespace Coalitie.Bot.Exchange;

/// <summary>
/// <c>coalitie import FILE.xlsx|FILE.json [--team TEAM_ID]</c>: reads the file, imports it into the configured
/// database (migrated first) and prints the report. Exit codes: 0 imported (or nothing to change), 1 rejected or
/// unreadable, 64 usage.
/// </summary>
public static class ExchangeCli
{
    public const string Usage = "Gebruik: coalitie import BESTAND.xlsx|BESTAND.json [--team TEAM_ID]\n" +
        "  Maakt of werkt een coalitie bij uit een export (docs/exchange-format.md). Alles of niets: bij één afgewezen rij wordt niets vastgelegd.";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!TryParse(args, out var path, out var team))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 64;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"Het bestand {path} bestaat niet.").ConfigureAwait(false);
            return 64;
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var builder = WebApplication.CreateBuilder([]);
        // The report is the output: no log lines in between (failures surface as exceptions).
        builder.Logging.ClearProviders();
        builder.AddCoalitie();
        await using var app = builder.Build();
        try
        {
            foreach (var migrator in app.Services.GetServices<IHostedService>().OfType<DatabaseMigrator>())
            {
                await migrator.StartAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DatabaseSchemaException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ExchangeImporter>();
        var report = await importer.ImportAsync(ExchangeFile.Read(path, content), team, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(report.Format(Path.GetFileName(path))).ConfigureAwait(false);
        return report.Succeeded ? 0 : 1;
    }

    internal static bool TryParse(string[] args, out string path, out string? team)
    {
        path = string.Empty;
        team = null;
        var rest = args.Skip(1).ToList();
        for (var i = 0; i < rest.Count; i++)
        {
            if (rest[i] is "--team" or "-t")
            {
                if (i + 1 >= rest.Count || string.IsNullOrWhiteSpace(rest[i + 1]) || team is not null)
                {
                    return false;
                }

                team = rest[++i];
            }
            else if (rest[i].StartsWith('-') || path.Length > 0)
            {
                return false;
            }
            else
            {
                path = rest[i];
            }
        }

        return path.Length > 0;
    }
}
