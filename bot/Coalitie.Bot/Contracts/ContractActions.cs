using Coalitie.Bot.Cards;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Security;
using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Contracts;

/// <summary>Who may sign and what is wrong with a named partner.</summary>
internal static class ContractSigning
{
    /// <summary>The active partners that have not signed, by name.</summary>
    public static IReadOnlyList<PartnerOption> Candidates(LocalContract contract, ContractPartners partners)
    {
        var signed = contract.Signatories.Select(s => s.PartnerId).ToHashSet();
        return partners.Active.Where(p => !signed.Contains(p.Id)).ToList();
    }

    /// <summary>Null when <paramref name="match"/> is a partner that can sign; else the sentence saying why not.</summary>
    public static string? ProblemWith(ContractsTexts t, LocalContract contract, PartnerMatch match, string input)
    {
        if (match.Match is not { } partner)
        {
            return t.UnknownPartner(MessageHandler.Echo(input), match.Suggestions.Select(s => s.Name).ToList());
        }

        if (partner.HasLeft)
        {
            return t.PartnerHasLeft(partner.Name);
        }

        return contract.Signatories.FirstOrDefault(s => s.PartnerId == partner.Id) is { } existing
            ? t.ErrorText(ContractErrors.AlreadySigned, [existing.SignedOn])
            : null;
    }
}

/// <summary>Read-only card actions: the contract card, a page of versions, one version.</summary>
internal sealed class ContractViewActions(ContractAccess access, ContractService contracts) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(turn, Capability.View, cancellationToken).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return InvokeResponse.Message(check.Refusal!);
        }

        var t = check.Texts;
        if (ContractActionData.Read(action) is not { } data)
        {
            return InvokeResponse.Message(t.FormOutdated);
        }

        var contract = await contracts.FindAsync(check.Scope!.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            return InvokeResponse.Message(t.NoContract);
        }

        switch (action.Verb)
        {
            case ContractVerbs.Versions:
                return InvokeResponse.Card(ContractCards.VersionList(t, contract, data.Page ?? 1).ToJsonElement());
            case ContractVerbs.ShowVersion when data.Number is { } number && contract.Versions.Any(v => v.Number == number):
                return InvokeResponse.Card(ContractCards.Version(t, contract, number).ToJsonElement());
            case ContractVerbs.ShowVersion:
                return InvokeResponse.Message(t.NoSuchVersion(data.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", contract.CurrentVersion.Number));
            default:
                var partners = await contracts.PartnersAsync(contract.CoalitionId, cancellationToken).ConfigureAwait(false);
                return InvokeResponse.Card(ContractCards.Overview(t, contract, partners).ToJsonElement());
        }
    }
}

/// <summary>
/// The edit form: open it, and submit it. A submit is read and checked on the server; when refused, the same form
/// comes back with the input kept and each error next to its field. A form made from an older version than the
/// current one is refused (someone else changed the contract meanwhile), as is a second contract for the coalition.
/// </summary>
internal sealed class ContractEditActions(ContractAccess access, ContractService contracts) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var check = await access.CheckAsync(turn, Capability.EditContract, cancellationToken).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return InvokeResponse.Message(check.Refusal!);
        }

        var t = check.Texts;
        var scope = check.Scope!;
        if (ContractActionData.Read(action) is not { } data)
        {
            return InvokeResponse.Message(t.FormOutdated);
        }

        var contract = await contracts.FindAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var today = contracts.Today(scope);
        if (action.Verb == ContractVerbs.OpenEdit)
        {
            return Form(t, contract, FormState.Empty, today);
        }

        var state = FormState.From(action);
        if ((data.BaseVersion ?? 0) != (contract?.CurrentVersion.Number ?? 0))
        {
            state.AddError(ContractCards.FormErrorId, t.ChangedMeanwhile);
            return Form(t, contract, state, today);
        }

        var submission = ContractForms.ReadEdit(state, t, contract, contracts.Rules);
        if (submission is null)
        {
            return Form(t, contract, state, today);
        }

        try
        {
            if (contract is null)
            {
                contract = LocalContract.Create(Guid.NewGuid(), scope.CoalitionId, submission.Fields, submission.Date, submission.Reason, contracts.Rules);
                await contracts.SaveNewAsync(scope, contract, cancellationToken).ConfigureAwait(false);
                return Receipt(t, contract, contract.CurrentVersion);
            }

            var version = contract.Edit(submission.Fields, submission.Kind, submission.Reason ?? string.Empty, submission.Date, contracts.Rules);
            await contracts.SaveVersionAsync(scope, contract, version, cancellationToken).ConfigureAwait(false);
            return Receipt(t, contract, version);
        }
        catch (DomainException error)
        {
            ContractForms.Add(state, t, error.Code, error.Field, error.Arguments);
            return Form(t, contract, state, today);
        }
        catch (DbUpdateException)
        {
            contracts.Discard();
            var fresh = await contracts.FindAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
            state.AddError(ContractCards.FormErrorId, t.ChangedMeanwhile);
            return Form(t, fresh, state, today);
        }
    }

    private InvokeResponse Form(ContractsTexts t, LocalContract? contract, FormState state, NodaTime.LocalDate today) =>
        InvokeResponse.Card(ContractCards.EditForm(t, contract, state, contracts.Rules, today).ToJsonElement());

    private static InvokeResponse Receipt(ContractsTexts t, LocalContract contract, ContractVersion version) =>
        InvokeResponse.Card(ContractCards.EditReceipt(t, contract, version).ToJsonElement());
}

/// <summary>The signing form: open it, and submit it (partner chosen or named, person, function, date).</summary>
internal sealed class ContractSignActions(ContractAccess access, ContractService contracts) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (check, contract, refused) = await access.ContractFormAsync(turn, action, Capability.SignContract, cancellationToken).ConfigureAwait(false);
        if (check is null || contract is null)
        {
            return refused!;
        }

        var t = check.Texts;
        var scope = check.Scope!;

        var partners = await contracts.PartnersAsync(contract.CoalitionId, cancellationToken).ConfigureAwait(false);
        var candidates = ContractSigning.Candidates(contract, partners);
        var today = contracts.Today(scope);
        if (action.Verb == ContractVerbs.OpenSign)
        {
            return partners.Active.Count == 0 ? InvokeResponse.Message(t.NoPartners)
                : candidates.Count == 0 ? InvokeResponse.Message(t.AllPartnersSigned)
                : Form(t, contract, candidates, FormState.Empty, today);
        }

        var state = FormState.From(action);
        var submission = ContractForms.ReadSign(state, t);
        if (submission is null)
        {
            return Form(t, contract, candidates, state, today);
        }

        var chosen = Guid.TryParse(submission.Partner, out var id) ? candidates.FirstOrDefault(p => p.Id == id) : null;
        if (chosen is null)
        {
            var match = Guid.TryParse(submission.Partner, out _)
                ? PartnerMatch.None
                : await contracts.FindPartnerAsync(contract.CoalitionId, submission.Partner, cancellationToken).ConfigureAwait(false);
            var problem = ContractSigning.ProblemWith(t, contract, match, submission.Partner);
            if (problem is not null)
            {
                state.AddError(ContractFieldNames.Partner, problem);
                return Form(t, contract, candidates, state, today);
            }

            chosen = new PartnerOption(match.Match!.Id, match.Match.Name);
        }

        try
        {
            var signatory = contract.Sign(chosen.Id, submission.PersonName, submission.Function, submission.Date, today);
            await contracts.SaveSignatureAsync(scope, contract, signatory, cancellationToken).ConfigureAwait(false);
            var active = partners.ActiveNames;
            var signedActive = contract.Signatories.Count(s => active.ContainsKey(s.PartnerId));
            return InvokeResponse.Card(ContractCards.SignReceipt(t, contract, chosen.Name, signatory, signedActive, active.Count).ToJsonElement());
        }
        catch (DomainException error)
        {
            ContractForms.Add(state, t, error.Code, error.Field, error.Arguments);
            return Form(t, contract, candidates, state, today);
        }
        catch (DbUpdateException)
        {
            contracts.Discard();
            state.AddError(ContractCards.FormErrorId, t.ChangedMeanwhile);
            return Form(t, contract, candidates, state, today);
        }
    }

    private static InvokeResponse Form(ContractsTexts t, LocalContract contract, IReadOnlyList<PartnerOption> candidates, FormState state, NodaTime.LocalDate today) =>
        InvokeResponse.Card(ContractCards.SignForm(t, contract, candidates, state, today).ToJsonElement());
}

/// <summary>The programme form: open it, and submit it (name, start, end; an unusual length is saved with a warning).</summary>
internal sealed class ContractProgrammeActions(ContractAccess access, ContractService contracts) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (check, contract, refused) = await access.ContractFormAsync(turn, action, Capability.EditContract, cancellationToken).ConfigureAwait(false);
        if (check is null || contract is null)
        {
            return refused!;
        }

        var t = check.Texts;
        var scope = check.Scope!;

        var today = contracts.Today(scope);
        if (action.Verb == ContractVerbs.OpenProgramme)
        {
            return Form(t, contract, FormState.Empty, today);
        }

        var state = FormState.From(action);
        var submission = ContractForms.ReadProgramme(state, t);
        if (submission is null)
        {
            return Form(t, contract, state, today);
        }

        try
        {
            var outcome = contract.AddProgramme(Guid.NewGuid(), submission.Name, submission.Start, submission.End, contracts.Rules);
            await contracts.SaveProgrammeAsync(scope, contract, outcome.Programme, cancellationToken).ConfigureAwait(false);
            return InvokeResponse.Card(ContractCards.ProgrammeReceipt(t, contract, outcome).ToJsonElement());
        }
        catch (DomainException error)
        {
            ContractForms.Add(state, t, error.Code, error.Field, error.Arguments);
            return Form(t, contract, state, today);
        }
    }

    private static InvokeResponse Form(ContractsTexts t, LocalContract contract, FormState state, NodaTime.LocalDate today) =>
        InvokeResponse.Card(ContractCards.ProgrammeForm(t, contract, state, today).ToJsonElement());
}
