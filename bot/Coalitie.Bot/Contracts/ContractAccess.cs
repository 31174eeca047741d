using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Contracts;
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
public sealed class ContractAccess(CoalitionGate gate, ContractService contracts)
{
    /// <summary>
    /// For the contract's form actions: the allowed turn and the coalition's contract; otherwise the answer to give (the
    /// refusal, an outdated form, or "no contract yet").
    /// </summary>
    public async Task<(ContractTurn? Turn, LocalContract? Contract, InvokeResponse? Refused)> ContractFormAsync(
        TurnContext turn, CardActionRequest action, Capability capability, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(turn, capability, cancellationToken).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return (null, null, InvokeResponse.Message(check.Refusal!));
        }

        if (ContractActionData.Read(action) is null)
        {
            return (null, null, InvokeResponse.Message(check.Texts.FormOutdated));
        }

        var contract = await contracts.FindAsync(check.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        return contract is null ? (null, null, InvokeResponse.Message(check.Texts.NoContract)) : (check, contract, null);
    }

    /// <summary>For commands: the allowed turn, or null after the refusal has been sent.</summary>
    public async Task<ContractTurn?> EnterAsync(TurnContext turn, Capability capability, CancellationToken cancellationToken)
    {
        var checkedTurn = await CheckAsync(turn, capability, cancellationToken).ConfigureAwait(false);
        if (checkedTurn.Allowed)
        {
            return checkedTurn;
        }

        await turn.SendTextAsync(checkedTurn.Refusal!, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<ContractTurn> CheckAsync(TurnContext turn, Capability capability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var entered = await gate.EnterAsync(turn, capability, null, cancellationToken).ConfigureAwait(false);
        var t = ContractsTexts.For(entered.Texts.Language);
        if (entered.Allowed)
        {
            return new ContractTurn(entered.Scope, t, null);
        }

        var refusal = entered.Refusal!;
        if (capability == Capability.EditContract && entered.Scope is { } scope)
        {
            var names = await contracts.ProcesregisseurNamesAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
            refusal += " " + t.ProposeChange(names);
        }

        return new ContractTurn(entered.Scope, t, refusal);
    }
}
