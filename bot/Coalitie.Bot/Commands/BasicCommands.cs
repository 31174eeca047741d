using System.Reflection;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Commands;

/// <summary><c>hulp</c> / <c>help</c>: the help card.</summary>
internal sealed class HelpCommand(CommandCatalog catalog) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var card = HelpCard.Build(catalog, context.Texts);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The "Wat kan ik?" button: the card turns into the help card.</summary>
internal sealed class ShowHelpAction(CommandCatalog catalog, UserLanguage languages) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(HelpCard.Build(catalog, texts).ToJsonElement());
    }
}

/// <summary><c>over</c> / <c>about</c>: what Coalitie is and which version runs.</summary>
internal sealed class AboutCommand : ICommandHandler
{
    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        context.Turn.SendTextAsync(context.Texts.AboutText(Version), cancellationToken);

    internal static string Version { get; } =
        typeof(AboutCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}

/// <summary><c>taal nl|en</c> / <c>language nl|en</c>: the user's own language choice, remembered.</summary>
internal sealed class LanguageCommand(UserLanguage languages) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!LanguageExtensions.TryParse(context.Arguments, out var language))
        {
            await context.Turn.SendTextAsync(context.Texts.LanguageUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        await languages.SetAsync(context.Turn.Activity.From, language, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendTextAsync(language.Texts().LanguageSet, cancellationToken).ConfigureAwait(false);
    }
}
