using Coalitie.Bot.Cards;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Coalitions;

/// <summary><c>coalitie start</c>: the setup card, only in a team channel of a team without a coalition.</summary>
internal sealed class CoalitionStartCommand(CoalitionGate gate, ICoalitionResolver resolver, TeamRoster roster) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var t = await gate.TextsAsync(turn, cancellationToken).ConfigureAwait(false);
        var teamId = CoalitionResolver.TeamIdOf(turn.Activity);
        var channelId = CoalitionResolver.ChannelIdOf(turn.Activity);
        if (teamId is null || channelId is null)
        {
            await turn.SendTextAsync(t.SetupOnlyInChannel, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await resolver.ResolveAsync(turn, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            await turn.SendTextAsync(t.CoalitionExists(existing.CoalitionName), cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = await SetupCard.BuildAsync(roster, turn, t, FormState.Empty, teamId, channelId, cancellationToken).ConfigureAwait(false);
        await turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

internal static class SetupCard
{
    public static async Task<Teams.Cards.AdaptiveCard> BuildAsync(
        TeamRoster roster, TurnContext turn, CoalitionsTexts t, FormState state, string teamId, string channelId, CancellationToken cancellationToken)
    {
        var channels = await roster.ChannelsAsync(turn, teamId, channelId, cancellationToken).ConfigureAwait(false);
        var stuurgroep = channels.FirstOrDefault(c => c.Name is { } name && CommandCatalog.Normalize(name).Contains("stuurgroep", StringComparison.Ordinal))?.Id ?? channelId;
        var teamName = await roster.TeamNameAsync(turn, teamId, cancellationToken).ConfigureAwait(false);
        return CoalitionCards.Setup(t, state, channels, stuurgroep, teamName);
    }
}

/// <summary>The setup card's "Aanmaken": validates, creates the coalition, makes the submitter procesregisseur.</summary>
internal sealed class CoalitionCreateAction(CoalitionGate gate, ICoalitionResolver resolver, TeamRoster roster, CoalitionService service) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var t = await gate.TextsAsync(turn, cancellationToken).ConfigureAwait(false);
        if (!CardData.IsCurrent(action))
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var teamId = CoalitionResolver.TeamIdOf(turn.Activity);
        var channelId = CoalitionResolver.ChannelIdOf(turn.Activity);
        if (teamId is null || channelId is null || turn.Activity.From?.Id is null)
        {
            return InvokeResponse.Message(t.SetupOnlyInChannel);
        }

        if (await resolver.ResolveAsync(turn, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return InvokeResponse.Message(t.CoalitionExists(existing.CoalitionName));
        }

        var state = FormState.From(action);
        var name = Require(state, CoalitionCards.Fields.Name, t.FieldCoalitionName, t);
        var area = Require(state, CoalitionCards.Fields.Area, t.FieldArea, t);
        var municipality = Require(state, CoalitionCards.Fields.Municipality, t.FieldMunicipality, t);
        var timeZone = state.Get(CoalitionCards.Fields.TimeZone) ?? Coalition.DefaultTimeZoneId;
        var language = state.Get(CoalitionCards.Fields.Language) ?? Coalition.DefaultLanguage;
        var formality = Enum.TryParse<CoalitionFormality>(state.Get(CoalitionCards.Fields.Formality), out var f) ? f : CoalitionFormality.Voluntary;
        var stuurgroep = state.Get(CoalitionCards.Fields.StuurgroepChannel) ?? channelId;
        if (NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            state.AddError(CoalitionCards.Fields.TimeZone, t.Explain(new DomainException("coalition.time-zone-unknown", "Unknown time zone.", CoalitionCards.Fields.TimeZone, timeZone)));
        }

        if (language is not ("nl" or "en"))
        {
            state.AddError(CoalitionCards.Fields.Language, t.Explain(new DomainException("coalition.language-unknown", "Unknown language.", CoalitionCards.Fields.Language, language)));
        }

        if (!state.HasErrors)
        {
            try
            {
                var (coalition, _) = await service.CreateAsync(
                    new CoalitionSetup(name!, area!, municipality!, timeZone, language, formality, teamId, channelId, stuurgroep),
                    turn.Activity.From, cancellationToken).ConfigureAwait(false);
                var channels = await roster.ChannelsAsync(turn, teamId, channelId, cancellationToken).ConfigureAwait(false);
                var stuurgroepName = channels.FirstOrDefault(c => c.Id == coalition.StuurgroepChannelId)?.Name ?? t.GeneralChannel;
                return InvokeResponse.Card(CoalitionCards.SetupReceipt(t, coalition, stuurgroepName).ToJsonElement());
            }
            catch (DomainException ex) when (ex.Code == "coalition.exists")
            {
                return InvokeResponse.Message(t.Explain(ex));
            }
            catch (DomainException ex)
            {
                state.AddError(ex.Field ?? CoalitionCards.Fields.Name, t.Explain(ex));
            }
        }

        var card = await SetupCard.BuildAsync(roster, turn, t, state, teamId, channelId, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(card.ToJsonElement());
    }

    private static string? Require(FormState state, string field, string label, CoalitionsTexts t)
    {
        var value = state.Get(field);
        if (value is null)
        {
            state.AddError(field, t.Required(label));
        }

        return value;
    }
}

/// <summary><c>coalitie</c>: the overview card.</summary>
internal sealed class CoalitionOverviewCommand(CoalitionGate gate, OverviewBuilder overview) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(context.Turn, Capability.View, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            await context.Turn.SendTextAsync(gateResult.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = await overview.BuildAsync(context.Turn, gateResult.Scope!, gateResult.Texts, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Collects what the overview card shows, including the sections of other features.</summary>
internal sealed class OverviewBuilder(
    CoalitieDbContext db, CoalitionService service, PartnerDirectory partners, PersonDirectory people, TeamRoster roster,
    IEnumerable<ICoalitionOverviewContributor> contributors)
{
    public async Task<Teams.Cards.AdaptiveCard> BuildAsync(TurnContext turn, CoalitionScope scope, CoalitionsTexts t, CancellationToken cancellationToken)
    {
        var coalition = await db.Set<Coalition>().AsNoTracking().FirstAsync(c => c.Id == scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var all = await partners.ListAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false);
        var roles = await service.CurrentRolesAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var names = await people.GetManyAsync(roles.Select(r => r.PersonId), cancellationToken).ConfigureAwait(false);
        var channelNames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (CoalitionResolver.TeamIdOf(turn.Activity) == coalition.TeamId)
        {
            foreach (var channel in await roster.ChannelsAsync(turn, coalition.TeamId, coalition.MainChannelId, cancellationToken).ConfigureAwait(false))
            {
                channelNames[channel.Id] = channel.Name ?? t.GeneralChannel;
            }
        }

        var sections = new List<OverviewSection>();
        foreach (var contributor in contributors)
        {
            if (await contributor.DescribeAsync(scope, t.Language, cancellationToken).ConfigureAwait(false) is { } section)
            {
                sections.Add(section);
            }
        }

        return CoalitionCards.Overview(t, new OverviewModel(coalition, all, names, roles, channelNames, sections, service.Today(scope)));
    }
}

/// <summary><c>partner toevoegen</c>: the partner form.</summary>
internal sealed class PartnerAddCommand(CoalitionGate gate, CoalitionService service, TeamRoster roster) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(context.Turn, Capability.ManagePartners, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            await context.Turn.SendTextAsync(gateResult.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var scope = gateResult.Scope!;
        var coalition = await service.GetCoalitionAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var members = await roster.MembersAsync(context.Turn, coalition.TeamId, cancellationToken).ConfigureAwait(false);
        var card = CoalitionCards.PartnerForm(gateResult.Texts, FormState.Empty, members, service.Today(scope));
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>partners</c>: the list card, page 1.</summary>
internal sealed class PartnersCommand(CoalitionGate gate, PartnerListBuilder list) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(context.Turn, Capability.View, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            await context.Turn.SendTextAsync(gateResult.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = await list.BuildAsync(gateResult.Scope!, gateResult.Texts, 0, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

internal sealed class PartnerListBuilder(PartnerDirectory partners, PersonDirectory people)
{
    public async Task<Teams.Cards.AdaptiveCard> BuildAsync(CoalitionScope scope, CoalitionsTexts t, int page, CancellationToken cancellationToken)
    {
        var all = await partners.ListAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false);
        var shown = all.Skip(Math.Max(0, page) * CoalitionCards.PageSize).Take(CoalitionCards.PageSize);
        var names = await people.GetManyAsync(shown.SelectMany(p => p.Representations.Select(r => r.PersonId)), cancellationToken).ConfigureAwait(false);
        return CoalitionCards.PartnersList(t, all, names, page);
    }
}

/// <summary><c>partner &lt;naam&gt;</c>: one partner's card, or "bedoel je …?".</summary>
internal sealed class PartnerCommand(CoalitionGate gate, PartnerDirectory partners, PartnerDetailBuilder detail) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var gateResult = await gate.EnterAsync(context.Turn, Capability.View, null, cancellationToken).ConfigureAwait(false);
        if (!gateResult.Allowed)
        {
            await context.Turn.SendTextAsync(gateResult.Refusal!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var t = gateResult.Texts;
        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            await context.Turn.SendTextAsync(t.PartnerUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var match = await partners.FindAsync(gateResult.Scope!.CoalitionId, context.Arguments, cancellationToken).ConfigureAwait(false);
        if (match.Match is not { } partner)
        {
            await context.Turn.SendTextAsync(t.UnknownPartner(MessageHandler.Echo(context.Arguments), match.Suggestions.Select(p => p.Name).ToList()), cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = await detail.BuildAsync(gateResult.Scope!, t, partner, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

internal sealed class PartnerDetailBuilder(CoalitionGate gate, PersonDirectory people)
{
    public async Task<Teams.Cards.AdaptiveCard> BuildAsync(CoalitionScope scope, CoalitionsTexts t, Partner partner, CancellationToken cancellationToken)
    {
        var names = await people.GetManyAsync(partner.Representations.Select(r => r.PersonId), cancellationToken).ConfigureAwait(false);
        return CoalitionCards.PartnerDetail(t, partner, names, gate.May(scope, Capability.ManagePartners));
    }
}

/// <summary>Reads the dates of the feature's forms (Dutch notations) and records the error next to the field.</summary>
internal static class FormDates
{
    public static LocalDateResult Read(FormState state, string field, string label, CoalitionsTexts t)
    {
        var text = state.Get(field);
        if (text is null)
        {
            state.AddError(field, t.Required(label));
            return default;
        }

        if (!DutchDates.TryParse(text, out var date))
        {
            state.AddError(field, t.InvalidDate(text));
            return default;
        }

        return new LocalDateResult(true, date);
    }
}

internal readonly record struct LocalDateResult(bool Ok, NodaTime.LocalDate Value);
