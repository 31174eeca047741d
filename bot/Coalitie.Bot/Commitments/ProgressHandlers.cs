using Coalitie.Bot.Cards;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Common;
using Coalitie.Domain.Parsing;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Commitments;

/// <summary>
/// <c>voortgang [nummer]</c> / <c>progress [number]</c>: without a number, the commitments the user may report on to
/// choose from (a representative: their own partner's); with one, the progress card.
/// </summary>
internal sealed class ProgressCommand(CommitmentService service, CommitmentViews views) : ICommandHandler
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
        if (string.IsNullOrWhiteSpace(context.Arguments))
        {
            // A representative chooses from their own partner's commitments; someone who may report on any (the
            // procesregisseur) from all. Nobody else may report at all.
            var mine = commitments.Where(c => scope.Actor.RepresentedPartnerIds.Contains(c.PartnerId)).ToList();
            if (mine.Count == 0)
            {
                var any = service.Authorizer.Check(scope, Capability.ReportProgress, Guid.Empty);
                if (!any.Allowed && scope.Actor.RepresentedPartnerIds.Count == 0)
                {
                    await context.Turn.SendTextAsync(Coalitions.CoalitionsTexts.For(context.Texts).Refusal(any), cancellationToken).ConfigureAwait(false);
                    return;
                }

                mine = any.Allowed ? commitments : [];
            }

            if (mine.Count == 0)
            {
                await context.Turn.SendTextAsync(t.NoOwnCommitments, cancellationToken).ConfigureAwait(false);
                return;
            }

            var rows = await views.RowsAsync(scope, mine, cancellationToken).ConfigureAwait(false);
            await context.Turn.SendAttachmentAsync(CommitmentCards.Choose(t, rows).ToAttachment(), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (match, suggestions) = CommitmentService.Resolve(commitments, context.Arguments);
        if (match is null)
        {
            await context.Turn.SendTextAsync(t.UnknownCommitment(MessageText.Echo(context.Arguments), suggestions), cancellationToken).ConfigureAwait(false);
            return;
        }

        var allowed = service.Authorizer.Check(scope, Capability.ReportProgress, match.PartnerId);
        if (!allowed.Allowed)
        {
            await context.Turn.SendTextAsync(Coalitions.CoalitionsTexts.For(context.Texts).Refusal(allowed), cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = CommitmentCards.ProgressForm(t, FormState.Empty, match, service.Today(scope));
        await context.Turn.SendAttachmentAsync(card.ToAttachment(), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>"Voortgang melden" on the chooser or the detail card: the card becomes the progress card.</summary>
internal sealed class OpenProgressAction(CommitmentService service, UserLanguage languages) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        var t = CommitmentsTexts.For(texts);
        if (!CommitmentVerbs.IsCurrent(action) || CommitmentVerbs.ReadInt(action, "number") is not { } number)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var scope = await service.ScopeAsync(turn, cancellationToken).ConfigureAwait(false);
        var commitment = scope is null ? null : await service.FindAsync(scope.CoalitionId, number, cancellationToken).ConfigureAwait(false);
        var (allowedScope, refusal) = await Gate.CheckAsync(service, turn, Capability.ReportProgress, commitment?.PartnerId ?? Guid.Empty, cancellationToken).ConfigureAwait(false);
        if (allowedScope is null)
        {
            return InvokeResponse.Message(refusal!);
        }

        if (commitment is null)
        {
            return InvokeResponse.Message(t.UnknownCommitment(CommitmentNumber.Format(number), []));
        }

        return InvokeResponse.Card(CommitmentCards.ProgressForm(t, FormState.Empty, commitment, service.Today(allowedScope)).ToJsonElement());
    }
}

/// <summary>"Melden" on the progress card: checks and records the report (with its audit entry); the card becomes a receipt with the new status.</summary>
internal sealed partial class SubmitProgressAction(CommitmentService service, UserLanguage languages, ILogger<SubmitProgressAction> logger) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var texts = await languages.ForTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        var t = CommitmentsTexts.For(texts);
        if (!CommitmentVerbs.IsCurrent(action) || CommitmentVerbs.ReadInt(action, "number") is not { } number)
        {
            return InvokeResponse.Message(t.OutdatedCard);
        }

        var resolved = await service.ScopeAsync(turn, cancellationToken).ConfigureAwait(false);
        var commitment = resolved is null ? null : await service.FindAsync(resolved.CoalitionId, number, cancellationToken).ConfigureAwait(false);
        var (scope, refusal) = await Gate.CheckAsync(service, turn, Capability.ReportProgress, commitment?.PartnerId ?? Guid.Empty, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return InvokeResponse.Message(refusal!);
        }

        if (commitment is null)
        {
            return InvokeResponse.Message(t.UnknownCommitment(CommitmentNumber.Format(number), []));
        }

        var today = service.Today(scope);
        var state = FormState.From(action);
        decimal value = 0;
        if (state.Get(CommitmentFields.ProgressValue) is not { } valueText)
        {
            state.AddError(CommitmentFields.ProgressValue, t.NumberRequired);
        }
        else if (!DutchNumbers.TryParse(valueText, out value))
        {
            state.AddError(CommitmentFields.ProgressValue, t.NotANumber);
        }

        var date = today;
        if (state.Get(CommitmentFields.ProgressDate) is { } dateText && !DutchDates.TryParse(dateText, out date))
        {
            state.AddError(CommitmentFields.ProgressDate, t.NotADate);
        }

        var previous = commitment.LatestReport;
        ProgressReport? report = null;
        if (!state.HasErrors)
        {
            try
            {
                report = commitment.ReportProgress(Guid.NewGuid(), value, date, state.Get(CommitmentFields.ProgressComment), scope.Actor.PersonId, service.Clock.GetCurrentInstant(), today);
            }
            catch (DomainException error)
            {
                state.AddError(error.Field ?? CommitmentFields.ProgressValue, t.Rule(error.Code, error.Arguments));
            }
        }

        if (report is null)
        {
            return InvokeResponse.Card(CommitmentCards.ProgressForm(t, state, commitment, today).ToJsonElement());
        }

        service.Audit.Record(scope, CommitmentAudit.EntityType, commitment.Id.ToString(), CommitmentAudit.ProgressReported, "value",
            previous is null ? null : Invariant(previous), Invariant(report));
        await service.Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogReported(logger, commitment.Id, report.Id);
        var status = service.Rules.StatusOf(commitment, today);
        return InvokeResponse.Card(CommitmentCards.ProgressReceipt(t, commitment, report, status, CommitmentService.ZoneOf(scope)).ToJsonElement());
    }

    private static string Invariant(ProgressReport report) => Commitment.Invariant(new DatedValue(report.Value, report.Date));

    [LoggerMessage(Level = LogLevel.Information, Message = "Progress {ReportId} reported on commitment {CommitmentId}")]
    private static partial void LogReported(ILogger logger, Guid commitmentId, Guid reportId);
}
