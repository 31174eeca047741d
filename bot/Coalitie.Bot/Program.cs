using Coalitie.Bot;
using Coalitie.Bot.Cli;

if (args.Length > 0 && CommandLine.IsCommand(args[0]))
{
    return await CommandLine.RunAsync(args).ConfigureAwait(false);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCoalitie();
if (!StartupGuards.CheckBeforeStart(builder, out var refusal))
{
    await Console.Error.WriteLineAsync(refusal).ConfigureAwait(false);
    return 2;
}

var app = builder.Build();
app.MapCoalitie();
return await StartupGuards.RunAsync(app).ConfigureAwait(false);

/// <summary>The entry point's type, for WebApplicationFactory in tests.</summary>
public partial class Program;
