using Coalitie.Bot.Localization;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Commands;

/// <summary>
/// A chat message: read it as a command (bot mention removed, case and accents ignored) and run the command, or say
/// kindly what was not understood and which commands come closest.
/// </summary>
internal sealed partial class MessageHandler(CommandCatalog catalog, UserLanguage languages, IServiceProvider services, ILogger<MessageHandler> logger)
    : IActivityHandler
{
    /// <summary>Longest text read as a command; commands are short, longer messages are answered, not parsed.</summary>
    public const int MaxCommandLength = 500;

    private const int EchoLength = 60;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var texts = await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        var text = turn.CommandText;

        if (text.Length == 0)
        {
            var reply = turn.Activity.Value is not null ? texts.ButtonWithoutAction : texts.EmptyMessage;
            await turn.SendTextAsync(reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (text.Length > MaxCommandLength)
        {
            await turn.SendTextAsync(texts.TooLong(MaxCommandLength), cancellationToken).ConfigureAwait(false);
            return;
        }

        var match = catalog.Match(text);
        if (match is null)
        {
            LogUnknown(logger, text.Length);
            var suggestions = catalog.Suggest(text, texts.Language);
            await turn.SendTextAsync(texts.Unknown(Echo(text), suggestions), cancellationToken).ConfigureAwait(false);
            return;
        }

        var handler = (ICommandHandler)services.GetRequiredService(match.Command.Handler);
        await handler.HandleAsync(new CommandContext(turn, texts, match.Command, match.Arguments), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's words shown back safely: shortened, without markdown that could change the message.</summary>
    internal static string Echo(string text)
    {
        var cleaned = new string(text.Where(c => c is not ('`' or '*' or '_' or '[' or ']' or '<' or '>' or '#') && !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length <= EchoLength ? cleaned : cleaned[..EchoLength].TrimEnd() + "…";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message not understood (length {Length})")]
    private static partial void LogUnknown(ILogger logger, int length);
}
