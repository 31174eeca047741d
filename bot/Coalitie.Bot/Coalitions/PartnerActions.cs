using Coalitie.Bot.Cards;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Coalitions;

/// <summary>The partner form's "Toevoegen": validates (dates in Dutch notation), adds the partner, asks for the mandate.</summary>
internal sealed class PartnerAddAction(CoalitionGate gate, CoalitionService service, TeamRoster roster, PersonDirectory people) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(turn, Capability.ManagePartners, null, cancellationToken).ConfigureAwait(false);
        var t = gateResult.Texts;
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        if (!CardData.IsCurrent(action))
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var scope = gateResult.Scope!;
        var coalition = await service.GetCoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var state = FormState.From(action);
        var name = state.Get(CoalitionCards.Fields.Name);
        if (name is null)
        {
            state.AddError(CoalitionCards.Fields.Name, t.Required(t.FieldPartnerName));
        }

        PartnerDomain? domain = Enum.TryParse<PartnerDomain>(state.Get(CoalitionCards.Fields.Domain), out var d) && Enum.IsDefined(d) ? d : null;
        if (domain is null)
        {
            state.AddError(CoalitionCards.Fields.Domain, t.Required(t.FieldDomain));
        }

        VoetbalLine? line = Enum.TryParse<VoetbalLine>(CoalitionCards.Chosen(state, CoalitionCards.Fields.Line), out var l) && Enum.IsDefined(l) ? l : null;
        var joinedOn = FormDates.Read(state, CoalitionCards.Fields.JoinedOn, t.FieldJoinedOn, t);
        TeamMember? member = null;
        if (CoalitionCards.Chosen(state, CoalitionCards.Fields.Representative) is { } memberId)
        {
            member = await roster.FindAsync(turn, coalition.TeamId, memberId, cancellationToken).ConfigureAwait(false);
            if (member is null)
            {
                state.AddError(CoalitionCards.Fields.Representative, t.MemberUnknown);
            }
        }

        if (!state.HasErrors)
        {
            try
            {
                var (partner, representation) = await service.AddPartnerAsync(
                    scope, new PartnerDraft(name!, domain!.Value, line, joinedOn.Value, member?.ToAccount()), cancellationToken).ConfigureAwait(false);
                if (representation is not null)
                {
                    var person = await people.FindAsync(representation.PersonId, cancellationToken).ConfigureAwait(false);
                    var prompt = CoalitionCards.MandatePrompt(t, partner, representation, person?.DisplayName ?? t.Unknown);
                    await turn.SendAttachmentAsync(prompt.ToAttachment(), cancellationToken).ConfigureAwait(false);
                }

                return InvokeResponse.Card(CoalitionCards.PartnerReceipt(t, partner, member?.Name).ToJsonElement());
            }
            catch (DomainException ex)
            {
                state.AddError(ex.Field is CoalitionCards.Fields.Domain or CoalitionCards.Fields.Line ? ex.Field : CoalitionCards.Fields.Name, t.Explain(ex));
            }
        }

        var members = await roster.MembersAsync(turn, coalition.TeamId, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(CoalitionCards.PartnerForm(t, state, members, service.Today(scope)).ToJsonElement());
    }
}

/// <summary>"Vorige" / "Volgende" in the partners list.</summary>
internal sealed class PartnersPageAction(CoalitionGate gate, PartnerListBuilder list) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(turn, Capability.View, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        if (!CardData.IsCurrent(action))
        {
            return InvokeResponse.Message(gateResult.Texts.OutdatedCard);
        }

        var page = CardData.ReadNumber(action, "page") ?? 0;
        var card = await list.BuildAsync(gateResult.Scope!, gateResult.Texts, page, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(card.ToJsonElement());
    }
}

/// <summary>Base for the actions about one partner: gate, version, partner of this coalition.</summary>
internal abstract class PartnerActionBase(CoalitionGate gate, PartnerDirectory partners) : ICardActionHandler
{
    protected abstract Capability Capability { get; }

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(turn, Capability, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        var t = gateResult.Texts;
        if (!CardData.IsCurrent(action) || CardData.ReadId(action, "partnerId") is not { } partnerId)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var partner = await partners.GetAsync(partnerId, cancellationToken).ConfigureAwait(false);
        if (partner is null || partner.CoalitionId != gateResult.Scope!.CoalitionId)
        {
            return InvokeResponse.Message(t.Explain(new DomainException("partner.unknown", "No such partner.")));
        }

        try
        {
            return await HandleAsync(turn, action, gateResult.Scope!, t, partner, cancellationToken).ConfigureAwait(false);
        }
        catch (DomainException ex) when (ex.Field is null)
        {
            return InvokeResponse.Message(t.Explain(ex));
        }
    }

    protected abstract Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken);
}

/// <summary>"Details" in the list: the partner's card.</summary>
internal sealed class PartnerShowAction(CoalitionGate gate, PartnerDirectory partners, PartnerDetailBuilder detail) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.View;

    protected override async Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        var card = await detail.BuildAsync(scope, t, partner, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(card.ToJsonElement());
    }
}

/// <summary>"Andere vertegenwoordiger": the form.</summary>
internal sealed class RepresentativeFormAction(CoalitionGate gate, PartnerDirectory partners, CoalitionService service, TeamRoster roster) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.ManagePartners;

    protected override async Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        var coalition = await service.GetCoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var members = await roster.MembersAsync(turn, coalition.TeamId, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(CoalitionCards.RepresentativeForm(t, FormState.Empty, partner, members, service.Today(scope)).ToJsonElement());
    }
}

/// <summary>The representative form's "Opslaan": the change, and the mandate prompt for the procesregisseur.</summary>
internal sealed class RepresentativeChangeAction(CoalitionGate gate, PartnerDirectory partners, CoalitionService service, TeamRoster roster) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.ManagePartners;

    protected override async Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        var coalition = await service.GetCoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var state = FormState.From(action);
        TeamMember? member = null;
        if (CoalitionCards.Chosen(state, CoalitionCards.Fields.Representative) is { } memberId)
        {
            member = await roster.FindAsync(turn, coalition.TeamId, memberId, cancellationToken).ConfigureAwait(false);
            if (member is null)
            {
                state.AddError(CoalitionCards.Fields.Representative, t.MemberUnknown);
            }
        }
        else
        {
            state.AddError(CoalitionCards.Fields.Representative, t.Required(t.FieldNewRepresentative));
        }

        var from = FormDates.Read(state, CoalitionCards.Fields.From, t.FieldFrom, t);
        if (!state.HasErrors)
        {
            try
            {
                var representation = await service.ChangeRepresentativeAsync(scope, partner.Id, member!.ToAccount(), from.Value, cancellationToken).ConfigureAwait(false);
                var prompt = CoalitionCards.MandatePrompt(t, partner, representation, member.Name);
                await turn.SendAttachmentAsync(prompt.ToAttachment(), cancellationToken).ConfigureAwait(false);
                return InvokeResponse.Card(CoalitionCards.RepresentativeReceipt(t, partner, member.Name, from.Value).ToJsonElement());
            }
            catch (DomainException ex)
            {
                state.AddError(ex.Field is "from" ? CoalitionCards.Fields.From : CoalitionCards.Fields.Representative, t.Explain(ex));
            }
        }

        var members = await roster.MembersAsync(turn, coalition.TeamId, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(CoalitionCards.RepresentativeForm(t, state, partner, members, service.Today(scope)).ToJsonElement());
    }
}

/// <summary>"Uit de coalitie": the leave form.</summary>
internal sealed class LeaveFormAction(CoalitionGate gate, PartnerDirectory partners, CoalitionService service) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.ManagePartners;

    protected override Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.Card(CoalitionCards.LeaveForm(t, FormState.Empty, partner, service.Today(scope)).ToJsonElement()));
}

/// <summary>The leave form's "Vertrek vastleggen".</summary>
internal sealed class LeaveAction(CoalitionGate gate, PartnerDirectory partners, CoalitionService service) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.ManagePartners;

    protected override async Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        var state = FormState.From(action);
        var leftOn = FormDates.Read(state, CoalitionCards.Fields.LeftOn, t.FieldLeftOn, t);
        if (!state.HasErrors)
        {
            try
            {
                var left = await service.LeaveAsync(scope, partner.Id, leftOn.Value, cancellationToken).ConfigureAwait(false);
                return InvokeResponse.Card(CoalitionCards.LeaveReceipt(t, left).ToJsonElement());
            }
            catch (DomainException ex) when (ex.Field is not null)
            {
                state.AddError(CoalitionCards.Fields.LeftOn, t.Explain(ex));
            }
        }

        return InvokeResponse.Card(CoalitionCards.LeaveForm(t, state, partner, service.Today(scope)).ToJsonElement());
    }
}

/// <summary>"Mandaat bevestigd" on the prompt (or the partner card).</summary>
internal sealed class MandateConfirmAction(CoalitionGate gate, PartnerDirectory partners, CoalitionService service, PersonDirectory people) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.ConfirmMandate;

    protected override async Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        if (CardData.ReadId(action, "representationId") is not { } representationId)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var confirmed = await service.ConfirmMandateAsync(scope, partner.Id, representationId, cancellationToken).ConfigureAwait(false);
        var representation = confirmed.CurrentRepresentative!;
        var person = await people.FindAsync(representation.PersonId, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(CoalitionCards.MandateConfirmedReceipt(t, person?.DisplayName ?? t.Unknown, partner.Name, representation.MandateConfirmedOn!.Value).ToJsonElement());
    }
}

/// <summary>"Nog niet" on the prompt: nothing changes; the card says where to confirm later.</summary>
internal sealed class MandateLaterAction(CoalitionGate gate, PartnerDirectory partners, PersonDirectory people) : PartnerActionBase(gate, partners)
{
    protected override Capability Capability => Capability.ConfirmMandate;

    protected override async Task<InvokeResponse> HandleAsync(
        TurnContext turn, CardActionRequest action, CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        var representation = partner.CurrentRepresentative;
        if (representation is null || CardData.ReadId(action, "representationId") != representation.Id)
        {
            return InvokeResponse.Message(t.Explain(new DomainException("partner.representative-changed", "The representative changed.")));
        }

        var person = await people.FindAsync(representation.PersonId, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(CoalitionCards.MandateLaterReceipt(t, person?.DisplayName ?? t.Unknown, partner.Name).ToJsonElement());
    }
}
