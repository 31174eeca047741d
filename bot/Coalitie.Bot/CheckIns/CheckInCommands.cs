using System.Globalization;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Bot.Work;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.CheckIns;

/// <summary>What every check-in command starts with: the gate (coalition, language, capability) and the texts.</summary>
internal sealed class CheckInCommandBase(CoalitionGate gate, CheckInService service, CoalitieDbContext db)
{
    public CheckInService Service => service;

    public CoalitieDbContext Db => db;

    public async Task<(CoalitionScope? Scope, CheckInCommandTexts T)> EnterAsync(CommandContext context, Capability capability, CancellationToken ct)
    {
        var t = CheckInCommandTexts.For(context.Texts);
        var entered = await gate.EnterAsync(context.Turn, capability, null, ct).ConfigureAwait(false);
        if (!entered.Allowed)
        {
            await context.Turn.SendTextAsync(entered.Refusal!, ct).ConfigureAwait(false);
            return (null, t);
        }

        return (entered.Scope, t);
    }

    public Task<List<Partner>> PartnersAsync(Guid coalitionId, CancellationToken ct) => service.PartnersAsync(coalitionId, ct);

    /// <summary>The round a command is about: the one named in <paramref name="argument"/>, else the newest one that <paramref name="fits"/>.</summary>
    public async Task<CheckInRound?> PickAsync(CommandContext context, CheckInCommandTexts t, Guid coalitionId, string argument, Func<CheckInRound, bool> fits, string none, CancellationToken ct)
    {
        var rounds = await service.ListAsync(coalitionId, ct).ConfigureAwait(false);
        var text = argument.Trim();
        if (text.Length == 0)
        {
            var round = rounds.FirstOrDefault(fits);
            if (round is null)
            {
                await context.Turn.SendTextAsync(rounds.Count == 0 ? t.NoRounds : none, ct).ConfigureAwait(false);
            }

            return round;
        }

        var named = rounds.Where(r => r.Plan.Name.Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (named.Count == 0)
        {
            named = [.. rounds.Where(r => r.Plan.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase))];
        }

        var match = named.FirstOrDefault(fits) ?? named.FirstOrDefault();
        if (match is null)
        {
            var names = rounds.Select(r => r.Plan.Name).Distinct(StringComparer.CurrentCultureIgnoreCase).Take(3).ToList();
            await context.Turn.SendTextAsync(t.RoundUnknown(Commitments.MessageText.Echo(text), names), ct).ConfigureAwait(false);
        }

        return match;
    }

    /// <summary>
    /// For commands on the open round (<c>herinner</c>, <c>sluit</c>): the gate, then the round named in the arguments or
    /// the newest open one; a round that is not open is answered with "no open round". Null round: already answered.
    /// </summary>
    public async Task<(CoalitionScope? Scope, CheckInCommandTexts T, CheckInRound? Round)> EnterOpenRoundAsync(CommandContext context, CancellationToken ct)
    {
        var (scope, t) = await EnterAsync(context, Capability.ManageCheckIns, ct).ConfigureAwait(false);
        if (scope is null)
        {
            return (null, t, null);
        }

        var round = await PickAsync(context, t, scope.CoalitionId, context.Arguments, r => r.Status == RoundStatus.Open, t.NoOpenRound, ct).ConfigureAwait(false);
        if (round is { Status: not RoundStatus.Open })
        {
            await context.Turn.SendTextAsync(t.NoOpenRound, ct).ConfigureAwait(false);
            return (scope, t, null);
        }

        return (scope, t, round);
    }

    /// <summary>"Q1 2027": the quarter of today, the default name of a new round.</summary>
    public static string DefaultName(CheckInService service, CoalitionScope scope)
    {
        var today = service.Now.InZone(NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(scope.TimeZoneId) ?? NodaTime.DateTimeZoneProviders.Tzdb[Coalition.DefaultTimeZoneId]).Date;
        return string.Create(CultureInfo.InvariantCulture, $"Q{((today.Month - 1) / 3) + 1} {today.Year}");
    }
}

/// <summary>The plan card in one mode, named after the arguments (or the quarter of today).</summary>
internal abstract class PlanCardCommand(CheckInCommandBase b, PlanMode mode) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (scope, t) = await b.EnterAsync(context, Capability.ManageCheckIns, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var partners = await b.PartnersAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var name = context.Arguments.Trim() is { Length: > 0 } given ? given : CheckInCommandBase.DefaultName(b.Service, scope);
        var card = CheckInPlanCard.Build(t, new PlanCardData(PlanCardData.Current, mode), FormState.Empty, partners, name);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>checkin plan [naam]</c>: the plan card (schedule, audience, reminders, visibility, scale).</summary>
internal sealed class PlanCheckInCommand(CheckInCommandBase b) : PlanCardCommand(b, PlanMode.Plan);

/// <summary><c>checkin start [naam]</c>: the plan card in "open now" mode.</summary>
internal sealed class StartCheckInCommand(CheckInCommandBase b) : PlanCardCommand(b, PlanMode.Start);

/// <summary><c>checkin status [ronde]</c>: per person asked — answered or not, and where their card stands.</summary>
internal sealed class StatusCheckInCommand(CheckInCommandBase b, DeliveryStatus deliveries, BurgerpanelStatus panel) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (scope, t) = await b.EnterAsync(context, Capability.ManageCheckIns, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var round = await b.PickAsync(context, t, scope.CoalitionId, context.Arguments, r => r.Status != RoundStatus.Planned, t.NoOpenRound, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        var personIds = round.Requests.Where(r => r.Respondent.Kind == RespondentKind.Person).Select(r => r.Respondent.Id).ToList();
        var people = await b.Db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        var asked = round.Requests.Where(r => r.Respondent.Kind == RespondentKind.Person).ToList();
        var sent = (await deliveries.ForKeysAsync([.. asked.Select(r => CheckInService.RequestKey(r.Id))], cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.Key, StringComparer.Ordinal);
        var rows = new List<StatusRow>();
        foreach (var request in asked)
        {
            var delivery = sent.GetValueOrDefault(CheckInService.RequestKey(request.Id));
            var name = people.TryGetValue(request.Respondent.Id, out var person) ? person.DisplayName : "—";
            rows.Add(new StatusRow(name, request.IsAnswered, delivery?.State, delivery?.Reason));
        }

        rows.Sort((x, y) => StringComparer.CurrentCultureIgnoreCase.Compare(x.Name, y.Name));
        var panelLine = await panel.LineAsync(t, round, cancellationToken).ConfigureAwait(false);
        var planned = new List<(string, NodaTime.Instant)>();
        foreach (var next in (await b.Service.ListAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false)).Where(r => r.Status == RoundStatus.Planned))
        {
            if (await b.Service.ScheduledOpeningAsync(next, cancellationToken).ConfigureAwait(false) is { } at)
            {
                planned.Add((next.Plan.Name, at));
            }
        }

        var card = CheckInAdminCards.Status(t, round, rows, panelLine, planned);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>checkin herinner</c>: remind everyone who has not answered the open round, now.</summary>
internal sealed class RemindCheckInCommand(CheckInCommandBase b) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (scope, t, round) = await b.EnterOpenRoundAsync(context, cancellationToken).ConfigureAwait(false);
        if (scope is null || round is null)
        {
            return;
        }

        // One reminder per minute at most: the same minute's second request finds the same outbox keys and sends nothing twice.
        var occurrence = "manual-" + (b.Service.Now.ToUnixTimeSeconds() / 60).ToString(CultureInfo.InvariantCulture);
        var count = await b.Service.RemindAsync(round, occurrence, cancellationToken).ConfigureAwait(false);
        await b.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await context.Turn.SendTextAsync(count == 0 ? t.NothingToRemind(round.Plan.Name) : t.Reminded(round.Plan.Name, count), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>checkin sluit</c>: close the open round now; the results go out as when it closes on time.</summary>
internal sealed class CloseCheckInCommand(CheckInCommandBase b, CheckInResultsPublisher results, Audit.AuditLog audit) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (scope, t, round) = await b.EnterOpenRoundAsync(context, cancellationToken).ConfigureAwait(false);
        if (scope is null || round is null)
        {
            return;
        }

        if (!b.Service.Close(round))
        {
            await context.Turn.SendTextAsync(t.NoOpenRound, cancellationToken).ConfigureAwait(false);
            return;
        }

        audit.Record(scope, "CheckInRound", round.Id.ToString(), "closed");
        await results.PublishAsync(round, cancellationToken).ConfigureAwait(false);
        await b.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await context.Turn.SendTextAsync(t.ClosedNow(round.Plan.Name, round.Requests.Count(r => r.IsAnswered), round.Requests.Count), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>checkin uitslag [ronde]</c>: the results card of a closed round (the newest when none is named).</summary>
internal sealed class ResultsCheckInCommand(CheckInCommandBase b, CheckInResultsPublisher results) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (scope, t) = await b.EnterAsync(context, Capability.ViewCheckInResults, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var round = await b.PickAsync(context, t, scope.CoalitionId, context.Arguments, r => r.Status == RoundStatus.Closed, t.NoClosedRound, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        if (round.Status != RoundStatus.Closed)
        {
            var closes = round.ClosesAt is { } c ? t.Card.Until(c, round.Plan.Zone) : "…";
            await context.Turn.SendTextAsync(t.NotClosedYet(round.Plan.Name, closes), cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = await results.CardAsync(round, t.Language, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>
/// <c>checkin link [aantal]</c>: single-use web links for the burgerpanel to the open round (one per panel member). Up to
/// 25 are shown in the card; with more, all of them are also a download behind a signed link.
/// </summary>
internal sealed class LinkCheckInCommand(
    CheckInCommandBase b, Burgerpanel.BurgerpanelLinks links, Burgerpanel.BurgerpanelLinkList list, IHttpContextAccessor http) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (scope, t) = await b.EnterAsync(context, Capability.ManageCheckIns, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var argument = context.Arguments.Trim();
        var count = 1;
        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > Burgerpanel.BurgerpanelLinks.MaxPerIssue))
        {
            await context.Turn.SendTextAsync(t.LinkCount, cancellationToken).ConfigureAwait(false);
            return;
        }

        var round = await b.Service.CurrentOpenAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            await context.Turn.SendTextAsync(t.NoOpenRound, cancellationToken).ConfigureAwait(false);
            return;
        }

        var texts = Burgerpanel.BurgerpanelTexts.For(t.Language);
        try
        {
            var baseUrl = Documents.RequestBaseUrl.Of(http);
            var issue = await links.IssueAsync(scope.CoalitionId, round.Id, count, baseUrl, scope.Actor.PersonId, cancellationToken).ConfigureAwait(false);
            var download = issue.Links.Count > Burgerpanel.BurgerpanelCards.MaxLinksShown
                ? await list.SaveAsync(scope.CoalitionId, issue, baseUrl, scope.Actor.PersonId, cancellationToken).ConfigureAwait(false)
                : null;
            var card = Burgerpanel.BurgerpanelCards.Links(texts, issue.RoundName, issue.Links, issue.ExpiresAt, issue.Zone, download);
            await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
        }
        catch (Domain.Common.DomainException ex)
        {
            await context.Turn.SendTextAsync(texts.IssueRefused(ex.Code), cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>The burgerpanel line of <c>checkin status</c>: how many of the issued links were used.</summary>
internal sealed class BurgerpanelStatus(CoalitieDbContext db)
{
    public async Task<string?> LineAsync(CheckInCommandTexts t, CheckInRound round, CancellationToken ct)
    {
        if (!round.Plan.Audience.BurgerpanelLink)
        {
            return null;
        }

        var issued = await db.Set<Burgerpanel.BurgerpanelLink>().AsNoTracking().Where(l => l.RoundId == round.Id).Select(l => l.UsedAt).ToListAsync(ct).ConfigureAwait(false);
        return t.Burgerpanel(issued.Count(u => u != null), issued.Count);
    }
}
