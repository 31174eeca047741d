using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Coalitions;

/// <summary>The outcome of entering a command or card action: the scope when allowed, else the sentence to show.</summary>
public sealed record GateResult(CoalitionScope? Scope, CoalitionsTexts Texts, string? Refusal)
{
    public bool Allowed => Refusal is null && Scope is not null;
}

/// <summary>
/// The check every command and card action of the feature starts with: which coalition, in which language, and is
/// the capability allowed (docs/permissions.md). Logs the refusal with ids only.
/// </summary>
public sealed partial class CoalitionGate(ICoalitionResolver resolver, IAuthorizer authorizer, UserLanguage languages, ILogger<CoalitionGate> logger)
{
    public async Task<CoalitionsTexts> TextsAsync(TurnContext turn, CancellationToken cancellationToken) =>
        CoalitionsTexts.For(await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false));

    public async Task<GateResult> EnterAsync(TurnContext turn, Capability capability, Guid? partnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = await TextsAsync(turn, cancellationToken).ConfigureAwait(false);
        var scope = await resolver.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return new GateResult(null, texts, texts.NoCoalition(CoalitionResolver.TeamIdOf(turn.Activity) is not null));
        }

        var result = authorizer.Check(scope, capability, partnerId);
        if (!result.Allowed)
        {
            LogRefused(logger, capability, scope.CoalitionId, scope.Actor.PersonId);
            return new GateResult(scope, texts, texts.Refusal(result));
        }

        return new GateResult(scope, texts, null);
    }

    /// <summary>True when the scope's actor may also do <paramref name="capability"/> (to show or hide buttons).</summary>
    public bool May(CoalitionScope scope, Capability capability, Guid? partnerId = null) => authorizer.Check(scope, capability, partnerId).Allowed;

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Capability} in coalition {CoalitionId} for person {PersonId}")]
    private static partial void LogRefused(ILogger logger, Capability capability, Guid coalitionId, Guid? personId);
}
