using Coalitie.Bot.Cards;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;

namespace Coalitie.Bot.Coalitions;

/// <summary>Builds the role card: the picker from the team's members, the partners, the current roles (paged).</summary>
internal sealed class RoleCardBuilder(CoalitionService service, PartnerDirectory partners, PersonDirectory people, TeamRoster roster)
{
    public async Task<Teams.Cards.AdaptiveCard> BuildAsync(
        TurnContext turn, CoalitionScope scope, CoalitionsTexts t, FormState state, int page, string? notice, CancellationToken cancellationToken)
    {
        var coalition = await service.GetCoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var members = await roster.MembersAsync(turn, coalition.TeamId, cancellationToken).ConfigureAwait(false);
        var active = await partners.ListAsync(scope.CoalitionId, includeLeft: false, cancellationToken).ConfigureAwait(false);
        var lines = await LinesAsync(scope.CoalitionId, t, cancellationToken).ConfigureAwait(false);
        return CoalitionCards.Roles(t, state, members, active, lines, page, notice);
    }

    public async Task<IReadOnlyList<RoleLine>> LinesAsync(Guid coalitionId, CoalitionsTexts t, CancellationToken cancellationToken)
    {
        var roles = await service.CurrentRolesAsync(coalitionId, cancellationToken).ConfigureAwait(false);
        var names = await people.GetManyAsync(roles.Select(r => r.PersonId), cancellationToken).ConfigureAwait(false);
        var partnerNames = (await partners.ListAsync(coalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Name);
        return roles
            .Select(r => new RoleLine(r.Id, names.TryGetValue(r.PersonId, out var p) ? p.DisplayName : t.Unknown, Describe(t, r, partnerNames)))
            .ToList();
    }

    public static string Describe(CoalitionsTexts t, RoleAssignment role, IReadOnlyDictionary<Guid, string> partnerNames) =>
        t.RoleDescription(
            role.Role,
            role.DomainSeat is { } seat ? t.DomainName(seat) : null,
            role.IsChair,
            role.PartnerId is { } id && partnerNames.TryGetValue(id, out var name) ? name : null);
}

/// <summary>
/// <c>rol</c>: the role card. With a mention, assigns directly: <c>rol @Sander vertegenwoordiger Woonpartners Zuid</c>,
/// <c>rol @Ingrid stuurgroeplid gemeente voorzitter</c>, <c>rol @Fatima procesregisseur</c>.
/// </summary>
internal sealed class RoleCommand(CoalitionGate gate, RoleCardBuilder cards, CoalitionService service, PartnerDirectory partners) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var gateResult = await gate.EnterAsync(turn, Capability.AssignRoles, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            await turn.SendTextAsync(gateResult.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var scope = gateResult.Scope!;
        var t = gateResult.Texts;
        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            var card = await cards.BuildAsync(turn, scope, t, FormState.Empty, 0, null, cancellationToken).ConfigureAwait(false);
            await turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
            return;
        }

        var mention = turn.Activity.GetMentions()
            .FirstOrDefault(m => m.Mentioned?.Id is { Length: > 0 } id && !string.Equals(id, turn.Activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase));
        if (mention?.Mentioned is not { } user)
        {
            await turn.SendTextAsync(t.RoleUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var mentionedName = StripAt(mention.Text) ?? user.Name ?? string.Empty;
        var rest = context.Arguments;
        var at = mentionedName.Length > 0 ? rest.IndexOf(mentionedName, StringComparison.OrdinalIgnoreCase) : -1;
        rest = at >= 0 ? rest.Remove(at, mentionedName.Length) : rest;
        var words = CommandCatalog.Normalize(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] is "als" or "as")
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            await turn.SendTextAsync(t.RoleUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var draft = await ParseAsync(scope, t, words, rest, turn, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return;
        }

        var account = new ChannelAccount { Id = user.Id, Name = string.IsNullOrWhiteSpace(user.Name) ? mentionedName : user.Name, AadObjectId = user.AadObjectId };
        try
        {
            var role = await service.AssignRoleAsync(scope, account, draft, cancellationToken).ConfigureAwait(false);
            var partnerNames = (await partners.ListAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Name);
            await turn.SendTextAsync(t.RoleAssigned(account.Name!, RoleCardBuilder.Describe(t, role, partnerNames)), cancellationToken).ConfigureAwait(false);
        }
        catch (DomainException ex)
        {
            await turn.SendTextAsync(t.Explain(ex), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RoleDraft?> ParseAsync(CoalitionScope scope, CoalitionsTexts t, List<string> words, string originalRest, TurnContext turn, CancellationToken cancellationToken)
    {
        var first = words[0];
        if (first is "procesregisseur" or "regisseur" or "procesleider" || (first == "process" && words.Skip(1).FirstOrDefault() == "director"))
        {
            return new RoleDraft(CoalitionRole.Procesregisseur, null, false, null);
        }

        if (first is "stuurgroeplid" or "stuurgroep" or "steering" or "bestuur")
        {
            var remaining = string.Join(' ', words.Skip(1).Where(w => w is not ("lid" or "member" or "group" or "zetel" or "seat")));
            var chair = remaining.Contains("voorzitter", StringComparison.Ordinal) || remaining.Contains("chair", StringComparison.Ordinal);
            remaining = remaining.Replace("voorzitter", string.Empty, StringComparison.Ordinal).Replace("chair", string.Empty, StringComparison.Ordinal).Trim();
            if (!DomainNames.TryParse(remaining, out var seat))
            {
                await turn.SendTextAsync(t.SeatRequired, cancellationToken).ConfigureAwait(false);
                return null;
            }

            return new RoleDraft(CoalitionRole.StuurgroepMember, seat, chair, null);
        }

        if (first is "vertegenwoordiger" or "representative" or "vertegenwoordigt" or "represents")
        {
            var partnerWords = words.Skip(1).SkipWhile(w => w is "van" or "voor" or "of" or "for").ToList();
            if (partnerWords.Count == 0)
            {
                await turn.SendTextAsync(t.PartnerRequired, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var query = string.Join(' ', partnerWords);
            var match = await partners.FindAsync(scope.CoalitionId, query, cancellationToken).ConfigureAwait(false);
            if (match.Match is not { } partner)
            {
                await turn.SendTextAsync(t.UnknownPartner(MessageHandler.Echo(query), match.Suggestions.Select(p => p.Name).ToList()), cancellationToken).ConfigureAwait(false);
                return null;
            }

            return new RoleDraft(CoalitionRole.PartnerRepresentative, null, false, partner.Id);
        }

        await turn.SendTextAsync(t.RoleWordUnknown(MessageHandler.Echo(originalRest.Trim().Split(' ')[0])) + " " + t.RoleUsage, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static string? StripAt(string? text) =>
        text is null ? null : text.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
}

/// <summary>The role card's "Toewijzen".</summary>
internal sealed class RoleAssignAction(CoalitionGate gate, RoleCardBuilder cards, CoalitionService service, TeamRoster roster, PartnerDirectory partners) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(turn, Capability.AssignRoles, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        var t = gateResult.Texts;
        if (!CardData.IsCurrent(action))
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var scope = gateResult.Scope!;
        var coalition = await service.GetCoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var state = FormState.From(action);
        TeamMember? member = null;
        if (CoalitionCards.Chosen(state, CoalitionCards.Fields.Person) is { } memberId)
        {
            member = await roster.FindAsync(turn, coalition.TeamId, memberId, cancellationToken).ConfigureAwait(false);
            if (member is null)
            {
                state.AddError(CoalitionCards.Fields.Person, t.MemberUnknown);
            }
        }
        else
        {
            state.AddError(CoalitionCards.Fields.Person, t.Required(t.FieldPerson));
        }

        CoalitionRole? role = Enum.TryParse<CoalitionRole>(state.Get(CoalitionCards.Fields.Role), out var r) && r != CoalitionRole.Observer && Enum.IsDefined(r) ? r : null;
        if (role is null)
        {
            state.AddError(CoalitionCards.Fields.Role, t.Required(t.FieldRole));
        }

        PartnerDomain? seat = Enum.TryParse<PartnerDomain>(CoalitionCards.Chosen(state, CoalitionCards.Fields.Seat), out var s) && Enum.IsDefined(s) ? s : null;
        var chair = string.Equals(state.Get(CoalitionCards.Fields.Chair), "true", StringComparison.OrdinalIgnoreCase);
        Guid? partnerId = Guid.TryParse(CoalitionCards.Chosen(state, CoalitionCards.Fields.Partner), out var p) ? p : null;
        if (role == CoalitionRole.StuurgroepMember && seat is null)
        {
            state.AddError(CoalitionCards.Fields.Seat, t.SeatRequired);
        }

        if (role == CoalitionRole.PartnerRepresentative && partnerId is null)
        {
            state.AddError(CoalitionCards.Fields.Partner, t.PartnerRequired);
        }

        if (!state.HasErrors)
        {
            var draft = new RoleDraft(
                role!.Value,
                role == CoalitionRole.StuurgroepMember ? seat : null,
                role == CoalitionRole.StuurgroepMember && chair,
                role == CoalitionRole.PartnerRepresentative ? partnerId : null);
            try
            {
                var assigned = await service.AssignRoleAsync(scope, member!.ToAccount(), draft, cancellationToken).ConfigureAwait(false);
                var partnerNames = (await partners.ListAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false)).ToDictionary(x => x.Id, x => x.Name);
                if (assigned.Role == CoalitionRole.PartnerRepresentative && await partners.GetAsync(assigned.PartnerId!.Value, cancellationToken).ConfigureAwait(false) is { CurrentRepresentative: { } representation } partner)
                {
                    await turn.SendAttachmentAsync(CoalitionCards.MandatePrompt(t, partner, representation, member.Name).ToAttachment(), cancellationToken).ConfigureAwait(false);
                }

                return InvokeResponse.Card(CoalitionCards.RoleReceipt(t, t.RoleAssigned(member.Name, RoleCardBuilder.Describe(t, assigned, partnerNames))).ToJsonElement());
            }
            catch (DomainException ex)
            {
                var field = ex.Field switch
                {
                    "seat" => CoalitionCards.Fields.Seat,
                    "chair" => CoalitionCards.Fields.Chair,
                    "partner" => CoalitionCards.Fields.Partner,
                    _ => CoalitionCards.Fields.Role,
                };
                state.AddError(field == CoalitionCards.Fields.Chair ? CoalitionCards.Fields.Seat : field, t.Explain(ex));
            }
        }

        var card = await cards.BuildAsync(turn, scope, t, state, 0, null, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(card.ToJsonElement());
    }
}

/// <summary>"Weghalen" next to a current role.</summary>
internal sealed class RoleRemoveAction(CoalitionGate gate, RoleCardBuilder cards, CoalitionService service, PersonDirectory people, PartnerDirectory partners) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(turn, Capability.AssignRoles, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        var t = gateResult.Texts;
        if (!CardData.IsCurrent(action) || CardData.ReadId(action, "assignmentId") is not { } assignmentId)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var scope = gateResult.Scope!;
        try
        {
            var removed = await service.RemoveRoleAsync(scope, assignmentId, cancellationToken).ConfigureAwait(false);
            var person = await people.FindAsync(removed.PersonId, cancellationToken).ConfigureAwait(false);
            var partnerNames = (await partners.ListAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false)).ToDictionary(x => x.Id, x => x.Name);
            var notice = t.RoleRemoved(person?.DisplayName ?? t.Unknown, RoleCardBuilder.Describe(t, removed, partnerNames));
            var card = await cards.BuildAsync(turn, scope, t, FormState.Empty, CardData.ReadNumber(action, "page") ?? 0, notice, cancellationToken).ConfigureAwait(false);
            return InvokeResponse.Card(card.ToJsonElement());
        }
        catch (DomainException ex)
        {
            return InvokeResponse.Message(t.Explain(ex));
        }
    }
}

/// <summary>Paging of the current roles, and "Rollen" on the receipt: the role card again.</summary>
internal sealed class RolesPageAction(CoalitionGate gate, RoleCardBuilder cards) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(turn, Capability.AssignRoles, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            return InvokeResponse.Message(gateResult.Refusal!);
        }

        if (!CardData.IsCurrent(action))
        {
            return InvokeResponse.Message(gateResult.Texts.OutdatedCard);
        }

        var card = await cards.BuildAsync(turn, gateResult.Scope!, gateResult.Texts, FormState.Empty, CardData.ReadNumber(action, "page") ?? 0, null, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(card.ToJsonElement());
    }
}

/// <summary>Reads a domain from what people type: "onderwijs", "woningcorporatie", "OM", "burgerpanel", "police", …</summary>
public static class DomainNames
{
    private static readonly (string Word, PartnerDomain Domain)[] Words =
    [
        ("gemeente", PartnerDomain.Gemeente), ("municipality", PartnerDomain.Gemeente), ("burgemeester", PartnerDomain.Gemeente),
        ("onderwijs", PartnerDomain.Onderwijs), ("scholen", PartnerDomain.Onderwijs), ("school", PartnerDomain.Onderwijs), ("education", PartnerDomain.Onderwijs),
        ("wonen", PartnerDomain.Wonen), ("woningcorporatie", PartnerDomain.Wonen), ("woningcorporaties", PartnerDomain.Wonen), ("housing", PartnerDomain.Wonen),
        ("politie", PartnerDomain.Politie), ("police", PartnerDomain.Politie),
        ("openbaar ministerie", PartnerDomain.OpenbaarMinisterie), ("om", PartnerDomain.OpenbaarMinisterie), ("justitie", PartnerDomain.OpenbaarMinisterie), ("justice", PartnerDomain.OpenbaarMinisterie), ("openbaarministerie", PartnerDomain.OpenbaarMinisterie),
        ("zorg en welzijn", PartnerDomain.ZorgEnWelzijn), ("zorg", PartnerDomain.ZorgEnWelzijn), ("welzijn", PartnerDomain.ZorgEnWelzijn), ("care", PartnerDomain.ZorgEnWelzijn), ("zorgenwelzijn", PartnerDomain.ZorgEnWelzijn),
        ("werk", PartnerDomain.Werk), ("werkgevers", PartnerDomain.Werk), ("work", PartnerDomain.Werk), ("employers", PartnerDomain.Werk),
        ("cultuur", PartnerDomain.Cultuur), ("culture", PartnerDomain.Cultuur),
        ("rijk", PartnerDomain.Rijk), ("central government", PartnerDomain.Rijk),
        ("bewoners", PartnerDomain.Bewoners), ("burgerpanel", PartnerDomain.Bewoners), ("residents", PartnerDomain.Bewoners),
        ("overig", PartnerDomain.Overig), ("other", PartnerDomain.Overig),
    ];

    public static bool TryParse(string? text, out PartnerDomain domain)
    {
        var normalized = CommandCatalog.Normalize(text ?? string.Empty);
        foreach (var (word, value) in Words)
        {
            if (normalized == word)
            {
                domain = value;
                return true;
            }
        }

        if (Enum.TryParse(normalized.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out domain) && Enum.IsDefined(domain))
        {
            return true;
        }

        domain = default;
        return false;
    }
}
