using Coalitie.Bot.Cards;
using Coalitie.Bot.Commands;

namespace Coalitie.Bot.Cli;

/// <summary>Offline commands of the bot executable (<c>./coalitie cards DIR</c>, <c>./coalitie import FILE</c>).</summary>
public static class CommandLine
{
    public static bool IsCommand(string arg) => arg is "cards" or "import";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args[0])
        {
            case "cards":
                if (args.Length < 2 || string.IsNullOrWhiteSpace(args[1]))
                {
                    await Console.Error.WriteLineAsync("Usage: coalitie cards DIR   (writes every card the bot can send as DIR/NAME.json)").ConfigureAwait(false);
                    return 64;
                }

                var builder = WebApplication.CreateBuilder([]);
                builder.AddCoalitie();
                await using (var app = builder.Build())
                {
                    var files = CardCatalog.WriteAll(app.Services.GetRequiredService<CommandCatalog>(), args[1]);
                    await Console.Out.WriteLineAsync($"Wrote {files.Count} cards to {Path.GetFullPath(args[1])}").ConfigureAwait(false);
                }

                return 0;
            case "import":
                return await Exchange.ExchangeCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
            default:
                return 64;
        }
    }
}
