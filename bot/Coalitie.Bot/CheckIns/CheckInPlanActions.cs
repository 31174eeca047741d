using Coalitie.Bot.Cards;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.CheckIns;

/// <summary>"Plannen" / "Ronde openen" on the plan card: reads the plan; on a mistake the card comes back with the user's values.</summary>
internal sealed class SubmitPlanAction(CheckInActionGate gate, CheckInService service, CoalitieDbContext db) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (scope, t, refusal) = await gate.EnterAsync(turn, Capability.ManageCheckIns, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return refusal!;
        }

        if (PlanCardData.Read(action.Data) is not { } data)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var coalition = await service.CoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (coalition is null)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var partners = await service.PartnersAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var state = FormState.From(action);
        var plan = CheckInPlanCard.Read(t, data, state, coalition, partners, service.Now);
        if (plan is null)
        {
            return InvokeResponse.Card(CheckInPlanCard.Build(t, data, state, partners, state.Get(CheckInPlanCard.Name) ?? string.Empty).ToJsonElement());
        }

        var taken = await db.Set<CheckInRound>().AsNoTracking().Where(r => r.CoalitionId == scope.CoalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var name = plan.Schedule.NextOpening(service.Now) is { } first ? plan.ForOccurrence(first).Name : plan.Name;
        if (taken.Any(r => string.Equals(r.Plan.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            // Also what a second press of the same button (or a redelivered invoke) meets: nothing is opened twice.
            state.AddError(CheckInPlanCard.Name, t.NameTaken(name));
            return InvokeResponse.Card(CheckInPlanCard.Build(t, data, state, partners, state.Get(CheckInPlanCard.Name) ?? string.Empty).ToJsonElement());
        }

        var trigger = data.Mode switch
        {
            PlanMode.Stuck when data.RaisedBy is { } raisedBy && !string.IsNullOrWhiteSpace(data.Reason) => RoundTrigger.Stuck(raisedBy, data.Reason),
            PlanMode.PartnershipStart => RoundTrigger.PartnershipStart,
            _ => RoundTrigger.Scheduled,
        };
        var round = await service.PlanAsync(scope, plan, trigger, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // The plan card becomes its receipt, so the button cannot be pressed again.
        string text;
        if (round.Status == RoundStatus.Open)
        {
            var until = t.Card.Until(round.ClosesAt!.Value, plan.Zone);
            text = round.Requests.Count == 0 && !plan.Audience.BurgerpanelLink
                ? t.OpenedNobody(round.Plan.Name)
                : t.Opened(round.Plan.Name, round.Requests.Count, until, plan.Audience.BurgerpanelLink);
        }
        else
        {
            var opens = await service.ScheduledOpeningAsync(round, cancellationToken).ConfigureAwait(false);
            text = t.Planned(round.Plan.Name, opens is { } at ? t.Card.DateTime(at, plan.Zone) : "…", plan.Schedule.Recurrence?.Kind != Domain.Scheduling.RecurrenceKind.OneOff);
        }

        return InvokeResponse.Card(CheckInAdminCards.Receipt(text).ToJsonElement());
    }
}

/// <summary>
/// <c>we zitten vast [waarom]</c> / <c>we are stuck [why]</c>: with a reason, the procesregisseur gets the request at once;
/// without one, a card asks for it.
/// </summary>
internal sealed class StuckCommand(CoalitionGate gate, StuckRequests requests) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var entered = await gate.EnterAsync(context.Turn, Capability.RaiseStuck, null, cancellationToken).ConfigureAwait(false);
        var t = CheckInCommandTexts.For(context.Texts);
        if (!entered.Allowed)
        {
            await context.Turn.SendTextAsync(entered.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reason = context.Arguments.Trim().TrimStart(':', '-', ',').Trim();
        if (reason.Length == 0)
        {
            await context.Turn.SendAttachmentAsync(CheckInAdminCards.StuckAsk(t, FormState.Empty).ToAttachment(), cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Turn.SendTextAsync(await requests.RaiseAsync(entered.Scope!, t, reason, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>"Vraag een ronde aan" on the "we zitten vast" card.</summary>
internal sealed class SubmitStuckAction(CheckInActionGate gate, StuckRequests requests) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (scope, t, refusal) = await gate.EnterAsync(turn, Capability.RaiseStuck, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return refusal!;
        }

        var state = FormState.From(action);
        var reason = state.Get(CheckInFieldNames.StuckReason);
        if (reason is null || reason.Length > RoundTrigger.MaxReasonLength)
        {
            state.AddError(CheckInFieldNames.StuckReason, t.StuckReasonMissing);
            return InvokeResponse.Card(CheckInAdminCards.StuckAsk(t, state).ToJsonElement());
        }

        return InvokeResponse.Message(await requests.RaiseAsync(scope, t, reason, cancellationToken).ConfigureAwait(false));
    }
}

/// <summary>"Ronde nu openen" on the request the procesregisseur got: the plan card in "stuck" mode, with the stuurgroep asked too.</summary>
internal sealed class OpenStuckAction(CheckInActionGate gate, CheckInService service) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (scope, t, refusal) = await gate.EnterAsync(turn, Capability.ManageCheckIns, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return refusal!;
        }

        var raisedBy = action.GetString("raisedBy") is { } id && Guid.TryParse(id, out var personId) ? personId : (Guid?)null;
        var reason = action.GetString("reason");
        if (raisedBy is null || string.IsNullOrWhiteSpace(reason))
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        return await gate.PlanCardAsync(scope, t, new PlanCardData(PlanCardData.Current, PlanMode.Stuck, raisedBy, reason), t.StuckOpenRound(CheckInCommandBase.DefaultName(service, scope)), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Sends "we zitten vast" to every procesregisseur of the coalition (outbox, 1:1 with channel fallback); audited.</summary>
internal sealed class StuckRequests(CheckInService service, CoalitieDbContext db, Audit.AuditLog audit)
{
    public async Task<string> RaiseAsync(CoalitionScope scope, CheckInCommandTexts t, string reason, CancellationToken ct)
    {
        var coalition = await service.CoalitionAsync(scope.CoalitionId, ct).ConfigureAwait(false);
        var directors = coalition is null ? [] : await service.PeopleInRolesAsync(coalition, [CoalitionRole.Procesregisseur], ct).ConfigureAwait(false);
        if (coalition is null || directors.Count == 0)
        {
            return t.StuckNoProcesregisseur;
        }

        var text = reason.Length > RoundTrigger.MaxReasonLength ? reason[..RoundTrigger.MaxReasonLength] : reason;
        var now = service.Now;
        var who = scope.Actor.Name ?? "?";
        foreach (var director in directors)
        {
            var card = CheckInAdminCards.StuckRequest(CheckInCommandTexts.For(director.Language), who, scope.Actor.PersonId, text, now, coalition.Zone);
            await service.EnqueueAsync(coalition, CheckInService.StuckPurpose, $"checkin-stuck:{scope.Actor.TeamsUserId}:{now.ToUnixTimeSeconds()}:{director.PersonId}", director, card, ct).ConfigureAwait(false);
        }

        audit.Record(scope, "CheckInStuck", scope.Actor.PersonId?.ToString() ?? scope.Actor.TeamsUserId, "raised", "reason", null, text);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return t.StuckSent(directors.Count);
    }
}

/// <summary>"Eerste slagvaardigheidscheck" on the coalition's setup receipt: the plan card for the partnership's first round.</summary>
internal sealed class OpenFirstRoundAction(CheckInActionGate gate, CheckInService service) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (scope, t, refusal) = await gate.EnterAsync(turn, Capability.ManageCheckIns, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return refusal!;
        }

        return await gate.PlanCardAsync(scope, t, new PlanCardData(PlanCardData.Current, PlanMode.PartnershipStart), CheckInCommandBase.DefaultName(service, scope), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>What the check-in card actions start with: the gate (coalition, language, capability), and the plan card.</summary>
internal sealed class CheckInActionGate(CoalitionGate gate, CheckInService service)
{
    /// <summary>The scope and texts when allowed; otherwise the refusal to answer with.</summary>
    public async Task<(CoalitionScope? Scope, CheckInCommandTexts T, InvokeResponse? Refusal)> EnterAsync(TurnContext turn, Capability capability, CancellationToken ct)
    {
        var entered = await gate.EnterAsync(turn, capability, null, ct).ConfigureAwait(false);
        var t = CheckInCommandTexts.For(entered.Texts.Language);
        return entered.Allowed ? (entered.Scope, t, null) : (null, t, InvokeResponse.Message(entered.Refusal!));
    }

    /// <summary>The plan card in <paramref name="data"/>'s mode, with the coalition's partners to choose from.</summary>
    public async Task<InvokeResponse> PlanCardAsync(CoalitionScope scope, CheckInCommandTexts t, PlanCardData data, string name, CancellationToken ct)
    {
        var partners = await service.PartnersAsync(scope.CoalitionId, ct).ConfigureAwait(false);
        return InvokeResponse.Card(CheckInPlanCard.Build(t, data, FormState.Empty, partners, name).ToJsonElement());
    }
}
