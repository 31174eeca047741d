using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Localization;

/// <summary>The router's own sentences, in the sender's Teams language (no database call: it may be what failed).</summary>
internal sealed class RouterTexts(LocalePolicy policy) : IRouterTexts
{
    public string NotSupported(TurnContext turn) => For(turn).NotSupported;

    public string UnknownCardAction(TurnContext turn, string? verb) => For(turn).UnknownCardAction;

    public string Failure(TurnContext turn) => For(turn).Failure;

    private ITexts For(TurnContext turn) => policy.TextsFor(turn.UserLocale);
}
