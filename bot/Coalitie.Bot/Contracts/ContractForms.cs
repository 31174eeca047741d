using Coalitie.Bot.Cards;
using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Bot.Contracts;

/// <summary>What the edit form asks for, read and checked.</summary>
public sealed record EditSubmission(ContractFields Fields, ContractVersionKind Kind, string? Reason, LocalDate Date);

/// <summary>What the signing form asks for, read (the partner is resolved by the handler).</summary>
public sealed record SignSubmission(string Partner, string PersonName, string Function, LocalDate Date);

/// <summary>What the programme form asks for.</summary>
public sealed record ProgrammeSubmission(string Name, LocalDate Start, LocalDate End);

/// <summary>
/// Server-side reading of the contract's forms: every field is checked, every error is put next to its field in the
/// <see cref="FormState"/>, and null comes back when anything is wrong (the form is then shown again, input kept).
/// Dates are read in Dutch notations (<see cref="DutchDates"/>); the domain's rules are checked all at once.
/// </summary>
public static class ContractForms
{
    public static EditSubmission? ReadEdit(FormState state, ContractsTexts t, LocalContract? contract, ContractRules rules)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(rules);
        var title = Required(state, ContractFieldNames.Title, t.TitleRequired);
        var area = Required(state, ContractFieldNames.Area, t.AreaRequired);
        var kind = Enum.TryParse<ContractKind>(state.Get(ContractFieldNames.Kind), ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (ContractKind?)null;
        if (kind is null)
        {
            state.AddError(ContractFieldNames.Kind, t.KindLabel);
        }

        var start = RequiredDate(state, ContractFieldNames.HorizonStart, t);
        var end = RequiredDate(state, ContractFieldNames.HorizonEnd, t);
        var signedOn = OptionalDate(state, ContractFieldNames.SignedOn, t, out var signedOk);
        ReviewCycle? cycle = null;
        if (int.TryParse(state.Get(ContractFieldNames.ReviewCycle), System.Globalization.CultureInfo.InvariantCulture, out var years) && years is >= 1 and <= 100)
        {
            cycle = ReviewCycle.FromYears(years);
        }
        else
        {
            state.AddError(ContractFieldNames.ReviewCycle, t.ErrorText(ContractErrors.ReviewCycleOutOfBounds, [rules.MinimumReviewCycle.Years, rules.MaximumReviewCycle.Years]));
        }

        Uri? url = null;
        if (state.Get(ContractFieldNames.DocumentUrl) is { } link)
        {
            if (Uri.TryCreate(link, UriKind.Absolute, out var parsed) && ContractFields.IsWebLink(parsed))
            {
                url = parsed;
            }
            else
            {
                state.AddError(ContractFieldNames.DocumentUrl, t.DocumentUrlMessage);
            }
        }

        var isNew = contract is null;
        var versionKind = ContractVersionKind.Vastgesteld;
        if (!isNew)
        {
            if (Enum.TryParse<ContractVersionKind>(state.Get(ContractFieldNames.VersionKind), ignoreCase: true, out var vk) && Enum.IsDefined(vk) && vk != ContractVersionKind.Vastgesteld)
            {
                versionKind = vk;
            }
            else
            {
                state.AddError(ContractFieldNames.VersionKind, t.VersionKindRequired);
            }
        }

        var reason = state.Get(ContractFieldNames.Reason);
        if (!isNew && reason is null)
        {
            state.AddError(ContractFieldNames.Reason, t.ReasonRequiredMessage);
        }
        else if (reason is { Length: > ContractVersion.MaxReasonLength })
        {
            state.AddError(ContractFieldNames.Reason, t.ErrorText(ContractErrors.TooLong, [ContractVersion.MaxReasonLength]));
        }

        var date = RequiredDate(state, ContractFieldNames.VersionDate, t);

        DateInterval? horizon = null;
        if (start is { } s && end is { } e)
        {
            try
            {
                horizon = ContractHorizon.From(s, e);
            }
            catch (DomainException error)
            {
                Add(state, t, error.Code, error.Field, error.Arguments);
            }
        }

        if (state.HasErrors || title is null || area is null || kind is null || horizon is null || cycle is null || date is null || !signedOk)
        {
            return null;
        }

        var fields = new ContractFields(title, area, kind.Value, signedOn, horizon, cycle, state.Get(ContractFieldNames.Principles), url).Normalized();
        var problems = contract is null ? fields.Check(rules) : contract.CheckEdit(fields, rules);
        foreach (var problem in problems)
        {
            Add(state, t, problem.Code, problem.Field, problem.Arguments);
        }

        return state.HasErrors ? null : new EditSubmission(fields, versionKind, reason, date.Value);
    }

    public static SignSubmission? ReadSign(FormState state, ContractsTexts t)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(t);
        var partner = Required(state, ContractFieldNames.Partner, t.PartnerRequired);
        var name = Required(state, ContractFieldNames.PersonName, t.PersonNameRequired);
        var function = Required(state, ContractFieldNames.Function, t.FunctionRequired);
        var date = RequiredDate(state, ContractFieldNames.SignatureDate, t);
        return state.HasErrors || partner is null || name is null || function is null || date is null
            ? null
            : new SignSubmission(partner, name, function, date.Value);
    }

    public static ProgrammeSubmission? ReadProgramme(FormState state, ContractsTexts t)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(t);
        var name = Required(state, ContractFieldNames.ProgrammeName, t.ProgrammeNameRequired);
        var start = RequiredDate(state, ContractFieldNames.ProgrammeStart, t);
        var end = RequiredDate(state, ContractFieldNames.ProgrammeEnd, t);
        return state.HasErrors || name is null || start is null || end is null ? null : new ProgrammeSubmission(name, start.Value, end.Value);
    }

    /// <summary>Puts a domain error next to its field (or at the top of the form when it has none).</summary>
    public static void Add(FormState state, ContractsTexts t, string code, string? field, IReadOnlyList<object> arguments)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(t);
        state.AddError(field ?? ContractCards.FormErrorId, t.ErrorText(code, arguments));
        if (field is not null)
        {
            state.AddError(ContractCards.FormErrorId, t.FixErrors);
        }
    }

    private static string? Required(FormState state, string id, string message)
    {
        var value = state.Get(id);
        if (value is null)
        {
            state.AddError(id, message);
        }

        return value;
    }

    private static LocalDate? RequiredDate(FormState state, string id, ContractsTexts t)
    {
        var text = state.Get(id);
        if (text is null)
        {
            state.AddError(id, t.DateRequired);
            return null;
        }

        if (DutchDates.TryParse(text, out var date))
        {
            return date;
        }

        state.AddError(id, t.UnreadableDate);
        return null;
    }

    private static LocalDate? OptionalDate(FormState state, string id, ContractsTexts t, out bool ok)
    {
        ok = true;
        var text = state.Get(id);
        if (text is null)
        {
            return null;
        }

        if (DutchDates.TryParse(text, out var date))
        {
            return date;
        }

        ok = false;
        state.AddError(id, t.UnreadableDate);
        return null;
    }
}
