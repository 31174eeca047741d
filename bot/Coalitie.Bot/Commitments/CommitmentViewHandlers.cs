using Coalitie.Bot.Cards;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Common;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;
using NodaTime;

namespace Coalitie.Bot.Commitments;

/// <summary>Builds the rows, filters and views the list, detail, progress and status handlers show.</summary>
internal sealed class CommitmentViews(CommitmentService service)
{
    public async Task<IReadOnlyList<CommitmentRow>> RowsAsync(CoalitionScope scope, IEnumerable<Commitment> commitments, CancellationToken cancellationToken)
    {
        var partners = (await service.PartnersAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Name);
        var programmes = (await service.ProgrammesAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id, p => CommitmentsTexts.ProgrammeInYears(CommitmentCards.Clip(p.Name, 40), p.Start, p.End));
        var today = service.Today(scope);
        return commitments.Select(c => new CommitmentRow(
            c.Number, c.Title, partners.GetValueOrDefault(c.PartnerId) ?? "—", service.Rules.StatusOf(c, today), c.LatestReport?.Value, c.Indicator.Unit, c.ServesSharedGoal,
            c.ProgrammeId is { } programme ? programmes.GetValueOrDefault(programme) : null)).ToList();
    }

    /// <summary>
    /// Filters by what the user typed: a status word, a goal area (name or its start) or a partner. Returns the label for
    /// the title, or (when nothing matched) the suggestions for "bedoel je …?".
    /// </summary>
    public async Task<(IReadOnlyList<CommitmentRow>? Rows, string? Label, IReadOnlyList<string> Suggestions)> FilterAsync(
        CoalitionScope scope, CommitmentsTexts t, string? filter, CancellationToken cancellationToken)
    {
        var commitments = await service.ListAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var query = CommandCatalog.Normalize(filter ?? string.Empty);
        if (query.Length == 0)
        {
            return (await RowsAsync(scope, commitments, cancellationToken).ConfigureAwait(false), null, []);
        }

        if (t.StatusWords.TryGetValue(query, out var status))
        {
            var all = await RowsAsync(scope, commitments, cancellationToken).ConfigureAwait(false);
            return (all.Where(r => r.Status == status).ToList(), t.StatusName(status), []);
        }

        var areas = await service.GoalAreasAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var named = areas.Select(a => (Area: a, Name: CommandCatalog.Normalize(a.Name))).ToList();
        var matched = named.Where(n => n.Name == query).ToList();
        if (matched.Count == 0)
        {
            matched = named.Where(n => n.Name.StartsWith(query, StringComparison.Ordinal)).ToList();
        }

        if (matched.Count > 0 && matched.Select(m => m.Name).Distinct().Count() == 1)
        {
            var ids = matched.Select(m => m.Area.Id).ToHashSet();
            return (await RowsAsync(scope, commitments.Where(c => c.GoalAreaId is { } id && ids.Contains(id)), cancellationToken).ConfigureAwait(false), matched[0].Area.Name, []);
        }

        var partner = await service.FindPartnerAsync(scope.CoalitionId, filter!, cancellationToken).ConfigureAwait(false);
        if (partner.Match is { } p)
        {
            return (await RowsAsync(scope, commitments.Where(c => c.PartnerId == p.Id), cancellationToken).ConfigureAwait(false), p.Name, []);
        }

        var allowed = Math.Max(1, query.Length / 3);
        var suggestions = partner.Suggestions.Select(s => s.Name)
            .Concat(matched.Select(m => m.Area.Name))
            .Concat(named.Where(n => CommandCatalog.Distance(query, n.Name) <= allowed).Select(n => n.Area.Name))
            .Concat(t.StatusWords.Keys.Where(w => CommandCatalog.Distance(query, w) <= allowed))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
        return (null, null, suggestions);
    }

    public async Task<CommitmentDetailView> DetailAsync(CoalitionScope scope, Commitment commitment, CancellationToken cancellationToken)
    {
        var partners = await service.PartnersAsync(scope.CoalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false);
        var areas = await service.GoalAreasAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var names = await service.NamesAsync(commitment.Reports.Where(r => r.ReporterPersonId is not null).Select(r => r.ReporterPersonId!.Value), cancellationToken).ConfigureAwait(false);
        var canAudit = service.Authorizer.Check(scope, Capability.ViewAudit).Allowed;
        var audit = canAudit
            ? await service.Audit.HistoryAsync(scope.CoalitionId, CommitmentAudit.EntityType, commitment.Id.ToString(), cancellationToken).ConfigureAwait(false)
            : null;
        return new CommitmentDetailView(
            commitment,
            partners.FirstOrDefault(p => p.Id == commitment.PartnerId)?.Name ?? "—",
            areas.FirstOrDefault(a => a.Id == commitment.GoalAreaId),
            service.Rules.Assess(commitment, service.Today(scope)),
            commitment.Reports.Select(r => new ReportView(r, r.ReporterPersonId is { } id ? names.GetValueOrDefault(id) : null)).ToList(),
            audit,
            CommitmentService.ZoneOf(scope),
            service.StaleAfterDays,
            service.Authorizer.Check(scope, Capability.ReportProgress, commitment.PartnerId).Allowed,
            await service.ProgrammeOfAsync(commitment, cancellationToken).ConfigureAwait(false));
    }
}

/// <summary><c>toezeggingen [partner|doel|status]</c> / <c>commitments [...]</c>: the paged list.</summary>
internal sealed class ListCommitmentsCommand(CommitmentService service, CommitmentViews views) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var t = CommitmentsTexts.For(context.Texts);
        var scope = await Gate.EnterAsync(service, context.Turn, Capability.View, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var filter = string.IsNullOrWhiteSpace(context.Arguments) ? null : context.Arguments.Trim();
        var (rows, label, suggestions) = await views.FilterAsync(scope, t, filter, cancellationToken).ConfigureAwait(false);
        if (rows is null)
        {
            await context.Turn.SendTextAsync(t.UnknownFilter(MessageText.Echo(filter!), suggestions), cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Turn.SendAttachmentAsync(CommitmentCards.List(t, rows, label, filter, 1).ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Vorige / Volgende on the list card.</summary>
internal sealed class ListPageAction(CommitmentService service, CommitmentViews views, UserLanguage languages) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (t, scope, answer) = await Gate.EnterAsync(service, languages, turn, action, Capability.View, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return answer!;
        }

        var filter = action.GetString("filter");
        var (rows, label, _) = await views.FilterAsync(scope, t, filter, cancellationToken).ConfigureAwait(false);
        var page = CommitmentVerbs.ReadInt(action, "page") ?? 1;
        return InvokeResponse.Card(CommitmentCards.List(t, rows ?? [], label, filter, page).ToJsonElement());
    }
}

/// <summary><c>toezegging T-17</c> / <c>commitment T-17</c>: the detail card with progress and audit history.</summary>
internal sealed class ShowCommitmentCommand(CommitmentService service, CommitmentViews views) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var t = CommitmentsTexts.For(context.Texts);
        var scope = await Gate.EnterAsync(service, context.Turn, Capability.View, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            await context.Turn.SendTextAsync(t.ShowUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var commitments = await service.ListAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var (match, suggestions) = CommitmentService.Resolve(commitments, context.Arguments);
        if (match is null)
        {
            await context.Turn.SendTextAsync(t.UnknownCommitment(MessageText.Echo(context.Arguments), suggestions), cancellationToken).ConfigureAwait(false);
            return;
        }

        var view = await views.DetailAsync(scope, match, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendAttachmentAsync(CommitmentCards.Detail(t, view).ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A commitment number tapped in the list or on a receipt: the card becomes the detail card.</summary>
internal sealed class ShowCommitmentAction(CommitmentService service, CommitmentViews views, UserLanguage languages) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        var t = CommitmentsTexts.For(texts);
        if (!CommitmentVerbs.IsCurrent(action) || CommitmentVerbs.ReadInt(action, "number") is not { } number)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var (scope, refusal) = await Gate.CheckAsync(service, turn, Capability.View, null, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return InvokeResponse.Message(refusal!);
        }

        var commitment = await service.FindAsync(scope.CoalitionId, number, cancellationToken).ConfigureAwait(false);
        if (commitment is null)
        {
            return InvokeResponse.Message(t.UnknownCommitment(CommitmentNumber.Format(number), []));
        }

        return InvokeResponse.Card(CommitmentCards.Detail(t, await views.DetailAsync(scope, commitment, cancellationToken).ConfigureAwait(false)).ToJsonElement());
    }
}

/// <summary><c>status</c>: counts per status, partner and goal area; commitments serving no shared goal flagged.</summary>
internal sealed class StatusCommand(CommitmentService service, CommitmentViews views) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var t = CommitmentsTexts.For(context.Texts);
        var scope = await Gate.EnterAsync(service, context.Turn, Capability.View, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return;
        }

        var commitments = await service.ListAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var rows = await views.RowsAsync(scope, commitments, cancellationToken).ConfigureAwait(false);
        var areas = await service.GoalAreasAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var byNumber = rows.ToDictionary(r => r.Number);
        var view = new StatusSummaryView(
            scope.CoalitionName,
            Count(rows),
            rows.GroupBy(r => r.PartnerName).Select(g => new StatusCounts(g.Key, Count(g))).OrderByDescending(c => c.Total).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList(),
            commitments.Where(c => c.GoalAreaId is not null)
                .GroupBy(c => c.GoalAreaId!.Value)
                .Select(g => (Area: areas.FirstOrDefault(a => a.Id == g.Key), Rows: g.Select(c => byNumber[c.Number])))
                .Where(x => x.Area is not null)
                .OrderBy(x => x.Area!.Order)
                .Select(x => new StatusCounts(t.GoalAreaName(x.Area!), Count(x.Rows)))
                .ToList(),
            rows.Where(r => !r.ServesSharedGoal).ToList());
        await context.Turn.SendAttachmentAsync(CommitmentCards.Summary(t, view).ToAttachment(), cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<CommitmentStatus, int> Count(IEnumerable<CommitmentRow> rows) =>
        rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>The user's words shown back safely (the same cleaning as the message handler's).</summary>
internal static class MessageText
{
    public static string Echo(string text)
    {
        var cleaned = new string(text.Where(c => c is not ('`' or '*' or '_' or '[' or ']' or '<' or '>' or '#') && !char.IsControl(c)).ToArray()).Trim();
        return cleaned.Length <= 60 ? cleaned : cleaned[..60].TrimEnd() + "…";
    }
}
