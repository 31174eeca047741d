using System.Globalization;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Security;
using Coalitie.Domain.Contracts;

namespace Coalitie.Bot.Contracts;

/// <summary><c>contract</c>: the contract card (everyone in the coalition).</summary>
internal sealed class ContractCommand(ContractAccess access, ContractService contracts) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = await access.EnterAsync(context.Turn, Capability.View, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            return;
        }

        var contract = await contracts.FindAsync(turn.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            await context.Turn.SendTextAsync(turn.Texts.NoContract, cancellationToken).ConfigureAwait(false);
            return;
        }

        var partners = await contracts.PartnersAsync(contract.CoalitionId, cancellationToken).ConfigureAwait(false);
        var card = ContractCards.Overview(turn.Texts, contract, partners);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>contract bewerken</c>: the edit form; with no contract yet the same form lays down version 1.</summary>
internal sealed class ContractEditCommand(ContractAccess access, ContractService contracts) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = await access.EnterAsync(context.Turn, Capability.EditContract, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            return;
        }

        var contract = await contracts.FindAsync(turn.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        var card = ContractCards.EditForm(turn.Texts, contract, FormState.Empty, contracts.Rules, contracts.Today(turn.Scope));
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// <c>contract ondertekenen [partner]</c>: the signing form, for the active partners that have not signed; a partner
/// name after the command preselects it (unknown names get suggestions).
/// </summary>
internal sealed class ContractSignCommand(ContractAccess access, ContractService contracts) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = await access.EnterAsync(context.Turn, Capability.SignContract, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            return;
        }

        var t = turn.Texts;
        var contract = await contracts.FindAsync(turn.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            await context.Turn.SendTextAsync(t.NoContract, cancellationToken).ConfigureAwait(false);
            return;
        }

        var partners = await contracts.PartnersAsync(contract.CoalitionId, cancellationToken).ConfigureAwait(false);
        var candidates = ContractSigning.Candidates(contract, partners);
        var state = FormState.Empty;
        if (context.Arguments.Length > 0)
        {
            var match = await contracts.FindPartnerAsync(contract.CoalitionId, context.Arguments, cancellationToken).ConfigureAwait(false);
            var problem = ContractSigning.ProblemWith(t, contract, match, context.Arguments);
            if (problem is not null)
            {
                await context.Turn.SendTextAsync(problem, cancellationToken).ConfigureAwait(false);
                return;
            }

            state.Set(ContractFieldNames.Partner, candidates.Count <= ContractCards.MaxPartnerChoices ? match.Match!.Id.ToString() : match.Match!.Name);
        }
        else if (partners.Active.Count == 0 || candidates.Count == 0)
        {
            await context.Turn.SendTextAsync(partners.Active.Count == 0 ? t.NoPartners : t.AllPartnersSigned, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = ContractCards.SignForm(t, contract, candidates, state, contracts.Today(turn.Scope));
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>contract versie [n]</c>: the versions list, or version n read-only.</summary>
internal sealed class ContractVersionCommand(ContractAccess access, ContractService contracts) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = await access.EnterAsync(context.Turn, Capability.View, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            return;
        }

        var contract = await contracts.FindAsync(turn.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            await context.Turn.SendTextAsync(turn.Texts.NoContract, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (context.Arguments.Length == 0)
        {
            await context.Turn.SendAttachmentAsync(ContractCards.VersionList(turn.Texts, contract, 1).ToAttachment(), cancellationToken).ConfigureAwait(false);
            return;
        }

        var asked = context.Arguments.Trim().TrimStart('v', 'V').Trim();
        if (!int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || contract.Versions.All(v => v.Number != number))
        {
            var echo = MessageHandler.Echo(context.Arguments);
            await context.Turn.SendTextAsync(turn.Texts.NoSuchVersion(echo, contract.CurrentVersion.Number), cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Turn.SendAttachmentAsync(ContractCards.Version(turn.Texts, contract, number).ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>programma toevoegen</c>: the form for a new implementation programme (procesregisseur).</summary>
internal sealed class ProgrammeAddCommand(ContractAccess access, ContractService contracts) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = await access.EnterAsync(context.Turn, Capability.EditContract, cancellationToken).ConfigureAwait(false);
        if (turn is null)
        {
            return;
        }

        var contract = await contracts.FindAsync(turn.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            await context.Turn.SendTextAsync(turn.Texts.NoContract, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = ContractCards.ProgrammeForm(turn.Texts, contract, FormState.Empty, contracts.Today(turn.Scope));
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}
