using Coalitie.Bot.Cards;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Contracts;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Common;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Commitments;

/// <summary>The start of every commitment command and card action: the coalition, the language and the permission.</summary>
internal static class Gate
{
    /// <summary>The scope when the turn has a coalition and the actor may do <paramref name="capability"/>; else the sentence to answer.</summary>
    public static async Task<(CoalitionScope? Scope, string? Refusal)> CheckAsync(
        CommitmentService service, TurnContext turn, Capability capability, Guid? partnerId, CancellationToken cancellationToken)
    {
        var entered = await service.Gate.EnterAsync(turn, capability, partnerId, cancellationToken).ConfigureAwait(false);
        return entered.Allowed ? (entered.Scope, null) : (null, entered.Refusal);
    }

    /// <summary>For commands: the scope, or null after the refusal has been sent.</summary>
    public static async Task<CoalitionScope?> EnterAsync(CommitmentService service, TurnContext turn, Capability capability, CancellationToken cancellationToken)
    {
        var (scope, refusal) = await CheckAsync(service, turn, capability, null, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            await turn.SendTextAsync(refusal!, cancellationToken).ConfigureAwait(false);
        }

        return scope;
    }

    /// <summary>For card actions without a partner: the texts and the scope, or the answer (outdated card or refusal).</summary>
    public static async Task<(CommitmentsTexts T, CoalitionScope? Scope, InvokeResponse? Answer)> EnterAsync(
        CommitmentService service, UserLanguage languages, TurnContext turn, CardActionRequest action, Capability capability, CancellationToken cancellationToken)
    {
        var t = CommitmentsTexts.For(await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false));
        if (!CommitmentVerbs.IsCurrent(action))
        {
            return (t, null, InvokeResponse.Message(t.OutdatedCard));
        }

        var (scope, refusal) = await CheckAsync(service, turn, capability, null, cancellationToken).ConfigureAwait(false);
        return scope is null ? (t, null, InvokeResponse.Message(refusal!)) : (t, scope, null);
    }
}

/// <summary><c>toezegging toevoegen</c> / <c>commitment add</c>: the form for a new commitment.</summary>
internal sealed class AddCommitmentCommand(CommitmentService service) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var t = CommitmentsTexts.For(context.Texts);
        var scope = await Gate.EnterAsync(service, context.Turn, Capability.ManageCommitments, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var form = await AddCommitmentForm.OptionsAsync(service, scope, t, cancellationToken).ConfigureAwait(false);
        if (form.Partners.Count == 0)
        {
            await context.Turn.SendTextAsync(t.NoPartners, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = CommitmentCards.AddForm(t, FormState.Empty, form.Partners, form.GoalAreas, form.Programmes);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Reads and checks the add form; saves the commitment with its audit entry; answers the receipt or the form with errors.</summary>
internal sealed partial class SubmitCommitmentAction(CommitmentService service, UserLanguage languages, ILogger<SubmitCommitmentAction> logger) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (t, scope, answer) = await Gate.EnterAsync(service, languages, turn, action, Capability.ManageCommitments, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return answer!;
        }

        var options = await AddCommitmentForm.OptionsAsync(service, scope, t, cancellationToken).ConfigureAwait(false);
        var state = FormState.From(action);
        var draft = AddCommitmentForm.Read(state, t, options);
        if (draft is null)
        {
            return Form(t, state, options);
        }

        var partner = options.PartnerEntities.Single(p => p.Id == draft.PartnerId);
        var programme = draft.ProgrammeId is { } programmeId ? options.ProgrammeSummaries.Single(p => p.Id == programmeId) : null;
        Commitment? commitment = null;
        for (var attempt = 1; commitment is null; attempt++)
        {
            var number = await service.NextNumberAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
            var candidate = Commitment.Create(Guid.NewGuid(), scope.CoalitionId, number, draft, service.Clock.GetCurrentInstant());
            service.Db.Set<Commitment>().Add(candidate);
            service.Audit.Record(scope, CommitmentAudit.EntityType, candidate.Id.ToString(), CommitmentAudit.Created, null, null, $"{candidate.Code} {candidate.Title}");
            try
            {
                await service.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                commitment = candidate;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone else took this number at the same moment (unique index): take the next one.
                service.Db.ChangeTracker.Clear();
            }
        }

        LogCreated(logger, commitment.Id, scope.CoalitionId);
        string? representative = null;
        if (partner.CurrentRepresentative is { } current)
        {
            var names = await service.NamesAsync([current.PersonId], cancellationToken).ConfigureAwait(false);
            representative = names.GetValueOrDefault(current.PersonId);
        }

        return InvokeResponse.Card(CommitmentCards.Saved(t, commitment, partner.Name, representative, programme).ToJsonElement());
    }

    private static InvokeResponse Form(CommitmentsTexts t, FormState state, AddCommitmentForm.Options options) =>
        InvokeResponse.Card(CommitmentCards.AddForm(t, state, options.Partners, options.GoalAreas, options.Programmes).ToJsonElement());

    [LoggerMessage(Level = LogLevel.Information, Message = "Commitment {CommitmentId} created in coalition {CoalitionId}")]
    private static partial void LogCreated(ILogger logger, Guid commitmentId, Guid coalitionId);
}

/// <summary>The add form's choices and the server-side reading of its inputs.</summary>
internal static class AddCommitmentForm
{
    internal sealed record Options(
        IReadOnlyList<FormOption> Partners,
        IReadOnlyList<FormOption> GoalAreas,
        IReadOnlyList<FormOption> Programmes,
        IReadOnlyList<Domain.Coalitions.Partner> PartnerEntities,
        IReadOnlyList<GoalArea> Areas,
        IReadOnlyList<ProgrammeSummary> ProgrammeSummaries);

    public static async Task<Options> OptionsAsync(CommitmentService service, CoalitionScope scope, CommitmentsTexts t, CancellationToken cancellationToken)
    {
        var partners = await service.PartnersAsync(scope.CoalitionId, includeLeft: false, cancellationToken).ConfigureAwait(false);
        var areas = await service.GoalAreasAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var programmes = await service.ProgrammesAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var inUse = areas.Where(a => !a.IsRetired).ToList();
        return new Options(
            partners.Select(p => new FormOption(p.Id.ToString(), p.Name)).ToList(),
            inUse.Select(a => new FormOption(a.Id.ToString(), t.GoalAreaName(a))).ToList(),
            programmes.Select(p => new FormOption(p.Id.ToString(), CommitmentsTexts.ProgrammeInYears(p.Name, p.Start, p.End))).ToList(),
            partners,
            inUse,
            programmes);
    }

    /// <summary>The draft, or null after adding every problem to <paramref name="state"/> (next to its field).</summary>
    public static CommitmentDraft? Read(FormState state, CommitmentsTexts t, Options options)
    {
        Guid partnerId = default;
        if (state.Get(CommitmentFields.Partner) is not { } partnerText)
        {
            state.AddError(CommitmentFields.Partner, t.PartnerRequired);
        }
        else if (!Guid.TryParse(partnerText, out partnerId) || options.PartnerEntities.All(p => p.Id != partnerId))
        {
            state.AddError(CommitmentFields.Partner, t.UnknownChoice);
        }

        var title = state.Get(CommitmentFields.Title);
        if (title is null)
        {
            state.AddError(CommitmentFields.Title, t.TitleRequired);
        }

        Guid? goalAreaId = null;
        var goalText = state.Get(CommitmentFields.GoalArea);
        if (goalText is null)
        {
            state.AddError(CommitmentFields.GoalArea, t.UnknownChoice);
        }
        else if (goalText != CommitmentCards.NoGoalValue)
        {
            if (Guid.TryParse(goalText, out var id) && options.Areas.Any(a => a.Id == id))
            {
                goalAreaId = id;
            }
            else
            {
                state.AddError(CommitmentFields.GoalArea, t.UnknownChoice);
            }
        }

        var indicatorName = state.Get(CommitmentFields.IndicatorName);
        if (indicatorName is null)
        {
            state.AddError(CommitmentFields.IndicatorName, t.IndicatorNameRequired);
        }

        var unit = state.Get(CommitmentFields.IndicatorUnit);
        if (unit is null)
        {
            state.AddError(CommitmentFields.IndicatorUnit, t.IndicatorUnitRequired);
        }

        var direction = Direction.HigherIsBetter;
        if (!Enum.TryParse(state.Get(CommitmentFields.Direction) ?? nameof(Direction.HigherIsBetter), ignoreCase: false, out direction) || !Enum.IsDefined(direction))
        {
            state.AddError(CommitmentFields.Direction, t.UnknownChoice);
        }

        var baselineValue = Number(state, t, CommitmentFields.BaselineValue);
        var baselineDate = Date(state, t, CommitmentFields.BaselineDate);
        var targetValue = Number(state, t, CommitmentFields.TargetValue);
        var targetDate = Date(state, t, CommitmentFields.TargetDate);
        var milestones = Milestones(state, t);

        // Optional: empty or "none" is no programme; anything else must be one of this coalition's programmes.
        Guid? programmeId = null;
        if (state.Get(CommitmentFields.Programme) is { } programmeText && programmeText != CommitmentCards.NoProgrammeValue)
        {
            if (Guid.TryParse(programmeText, out var id) && options.ProgrammeSummaries.Any(p => p.Id == id))
            {
                programmeId = id;
            }
            else
            {
                state.AddError(CommitmentFields.Programme, t.UnknownProgramme);
            }
        }

        if (state.HasErrors)
        {
            return null;
        }

        var draft = new CommitmentDraft(
            partnerId, title!, state.Get(CommitmentFields.Description), goalAreaId,
            new Indicator(indicatorName!, unit!, direction),
            new DatedValue(baselineValue!.Value, baselineDate!.Value),
            new DatedValue(targetValue!.Value, targetDate!.Value),
            milestones!, programmeId, state.Get(CommitmentFields.Contribution));
        foreach (var problem in draft.Validate())
        {
            state.AddError(problem.Field, t.Rule(problem.Code, problem.Arguments));
        }

        return state.HasErrors ? null : draft;
    }

    private static decimal? Number(FormState state, CommitmentsTexts t, string field)
    {
        if (state.Get(field) is not { } text)
        {
            state.AddError(field, t.NumberRequired);
            return null;
        }

        if (!DutchNumbers.TryParse(text, out var value))
        {
            state.AddError(field, t.NotANumber);
            return null;
        }

        return value;
    }

    private static LocalDate? Date(FormState state, CommitmentsTexts t, string field)
    {
        if (state.Get(field) is not { } text)
        {
            state.AddError(field, t.DateRequired);
            return null;
        }

        if (!DutchDates.TryParse(text, out var date))
        {
            state.AddError(field, t.NotADate);
            return null;
        }

        return date;
    }

    /// <summary>Zero or more milestones: values and dates separated by semicolons, pairwise.</summary>
    private static List<DatedValue>? Milestones(FormState state, CommitmentsTexts t)
    {
        var values = Split(state.Get(CommitmentFields.MilestoneValue));
        var dates = Split(state.Get(CommitmentFields.MilestoneDate));
        if (values.Count != dates.Count)
        {
            state.AddError(values.Count < dates.Count ? CommitmentFields.MilestoneValue : CommitmentFields.MilestoneDate, t.MilestoneIncomplete);
            return null;
        }

        var milestones = new List<DatedValue>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!DutchNumbers.TryParse(values[i], out var value))
            {
                state.AddError(CommitmentFields.MilestoneValue, t.NotANumber);
                return null;
            }

            if (!DutchDates.TryParse(dates[i], out var date))
            {
                state.AddError(CommitmentFields.MilestoneDate, t.NotADate);
                return null;
            }

            milestones.Add(new DatedValue(value, date));
        }

        return milestones;
    }

    private static List<string> Split(string? text) =>
        text is null ? [] : [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
