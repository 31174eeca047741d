using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Contracts;

/// <summary>The outcome of a turn's access check: the scope when allowed, else the sentence to answer with.</summary>
public sealed record ContractTurn(CoalitionScope? Scope, ContractsTexts Texts, string? Refusal)
{
    public bool Allowed => Scope is not null && Refusal is null;
}

/// <summary>
/// Every contract command and card action starts here: find the coalition of the turn, check the capability, and
/// phrase a refusal (Dutch or English). A refused contract edit also says how to propose a change and to whom.
/// </summary>
public sealed class ContractAccess(ICoalitionResolver resolver, IAuthorizer authorizer, UserLanguage languages, ContractService contracts)
{
    public async Task<ContractTurn> CheckAsync(TurnContext turn, Capability capability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var texts = await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        var t = ContractsTexts.For(texts);
        var coalitionTexts = CoalitionsTexts.For(texts);
        var scope = await resolver.ResolveAsync(turn, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return new ContractTurn(null, t, coalitionTexts.NoCoalition(CoalitionResolver.TeamIdOf(turn.Activity) is not null));
        }

        var result = authorizer.Check(scope, capability);
        if (result.Allowed)
        {
            return new ContractTurn(scope, t, null);
        }

        var refusal = coalitionTexts.Refusal(result);
        if (capability == Capability.EditContract)
        {
            var names = await contracts.ProcesregisseurNamesAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
            refusal += " " + t.ProposeChange(names);
        }

        return new ContractTurn(scope, t, refusal);
    }
}
