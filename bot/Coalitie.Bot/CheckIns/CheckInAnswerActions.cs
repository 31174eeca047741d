using Coalitie.Bot.Audit;
using Coalitie.Bot.Cards;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// The three actions of the nine-factor card: submit, "wijzig antwoorden" and the per-user refresh. Each first finds the
/// request and checks that the person acting is its respondent; someone else gets a read-only view (refresh) or a
/// sentence (submit, edit).
/// </summary>
internal sealed class CheckInAnswerFlow(CheckInService service, CoalitieDbContext db, UserLanguage languages, AuditLog audit)
{
    /// <summary>The request the card is about and whether the person acting is its respondent; else the "outdated card" answer.</summary>
    public async Task<(CheckInEntry? Entry, InvokeResponse? Outdated)> EnterAsync(TurnContext turn, CardActionRequest action, CancellationToken ct)
    {
        var t = CheckInCommandTexts.For(await languages.ForTurnAsync(turn, ct).ConfigureAwait(false));
        if (CheckInSubmissionData.Read(action) is not { } data
            || await service.FindRequestAsync(data.RequestId, ct).ConfigureAwait(false) is not { } found
            || found.Request.Respondent.Kind != RespondentKind.Person
            || await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == found.Request.Respondent.Id, ct).ConfigureAwait(false) is not { } person)
        {
            return (null, InvokeResponse.Message(t.OutdatedCard));
        }

        var from = turn.Activity.From;
        var isRespondent = from is not null
            && (string.Equals(from.Id, person.TeamsUserId, StringComparison.Ordinal)
                || (!string.IsNullOrEmpty(from.AadObjectId) && string.Equals(from.AadObjectId, person.AadObjectId, StringComparison.OrdinalIgnoreCase)));
        return (new CheckInEntry(t, found.Round, found.Request, person, isRespondent), null);
    }

    public NodaTime.Instant Now => service.Now;

    /// <summary>The card the respondent should see now: the form (open, unanswered), the receipt (answered) or the closed card.</summary>
    public InvokeResponse ViewFor(CheckInCommandTexts t, CheckInRound round, CheckInRequest request, Person person)
    {
        var now = service.Now;
        if (!round.AcceptsAnswersAt(now))
        {
            return InvokeResponse.Card(CheckInCards.Closed(t.Card, round, request).ToJsonElement());
        }

        var users = new[] { person.TeamsUserId };
        return InvokeResponse.Card(request.IsAnswered
            ? CheckInCards.Receipt(t.Card, round, request, FirstName(person), now, users).ToJsonElement()
            : CheckInCards.Form(t.Card, round, request, FormState.Empty, users).ToJsonElement());
    }

    public async Task<InvokeResponse> SubmitAsync(CheckInCommandTexts t, CheckInRound round, CheckInRequest request, Person person, CardActionRequest action, CancellationToken ct)
    {
        var state = FormState.From(action);
        var users = new[] { person.TeamsUserId };
        var submission = CheckInSubmissionReader.Read(t.Card, round.Plan.Scale, state);
        if (submission is null)
        {
            state.AddError(CheckInCards.FormErrorId, t.FixAnswers);
            return InvokeResponse.Card(CheckInCards.Form(t.Card, round, request, state, users).ToJsonElement());
        }

        var now = service.Now;
        try
        {
            var result = round.Submit(request.Id, submission, now);
            if (result.Outcome != SubmitOutcome.Unchanged)
            {
                audit.Record(round.CoalitionId, person.Id, person.DisplayName, "CheckInAnswer", request.Id.ToString(),
                    result.Outcome == SubmitOutcome.Recorded ? "answered" : "changed", "version",
                    result.Previous?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    result.Current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
        }
        catch (DomainException ex) when (ex.Code is CheckInErrors.Closed)
        {
            return InvokeResponse.Card(CheckInCards.Closed(t.Card, round, request).ToJsonElement());
        }
        catch (DomainException ex) when (ex.Code is CheckInErrors.NotOpen)
        {
            return InvokeResponse.Message(t.NotOpenYet(round.Plan.Name));
        }
        catch (DomainException ex) when (ex.Field is not null)
        {
            state.AddError(ex.Field, CheckInSubmissionReader.Message(t.Card, round.Plan.Scale, ex));
            return InvokeResponse.Card(CheckInCards.Form(t.Card, round, request, state, users).ToJsonElement());
        }

        return InvokeResponse.Card(CheckInCards.Receipt(t.Card, round, request, FirstName(person), now, users).ToJsonElement());
    }

    public static string FirstName(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var name = person.DisplayName.Trim();
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name[..space] : name;
    }
}

/// <summary>A check-in card action's request, its respondent, and whether the person acting is that respondent.</summary>
internal sealed record CheckInEntry(CheckInCommandTexts T, CheckInRound Round, CheckInRequest Request, Person Respondent, bool IsRespondent);

/// <summary>A check-in card action: finds the request (or answers "outdated card"), then does its part.</summary>
internal abstract class CheckInCardAction(CheckInAnswerFlow flow) : ICardActionHandler
{
    protected CheckInAnswerFlow Flow => flow;

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (entry, outdated) = await flow.EnterAsync(turn, action, cancellationToken).ConfigureAwait(false);
        return entry is null ? outdated! : await HandleAsync(entry, action, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<InvokeResponse> HandleAsync(CheckInEntry entry, CardActionRequest action, CancellationToken cancellationToken);
}

/// <summary>"Versturen" on the nine-factor card.</summary>
internal sealed class SubmitCheckInAction(CheckInAnswerFlow flow) : CheckInCardAction(flow)
{
    protected override async Task<InvokeResponse> HandleAsync(CheckInEntry entry, CardActionRequest action, CancellationToken cancellationToken) =>
        entry.IsRespondent
            ? await Flow.SubmitAsync(entry.T, entry.Round, entry.Request, entry.Respondent, action, cancellationToken).ConfigureAwait(false)
            : InvokeResponse.Message(entry.T.NotYourCard(entry.Respondent.DisplayName));
}

/// <summary>"Wijzig antwoorden" on the receipt: the form again, filled with the stored answer, while the round is open.</summary>
internal sealed class EditCheckInAction(CheckInAnswerFlow flow) : CheckInCardAction(flow)
{
    protected override Task<InvokeResponse> HandleAsync(CheckInEntry entry, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (t, round, request, person, isRespondent) = entry;
        if (!isRespondent)
        {
            return Task.FromResult(InvokeResponse.Message(t.NotYourCard(person.DisplayName)));
        }

        return Task.FromResult(round.AcceptsAnswersAt(Flow.Now)
            ? InvokeResponse.Card(CheckInCards.Form(t.Card, round, request, FormState.Empty, [person.TeamsUserId]).ToJsonElement())
            : InvokeResponse.Card(CheckInCards.Closed(t.Card, round, request).ToJsonElement()));
    }
}

/// <summary>The card's refresh: the respondent gets their own state; anyone else sees that the card is someone else's.</summary>
internal sealed class RefreshCheckInAction(CheckInAnswerFlow flow) : CheckInCardAction(flow)
{
    protected override Task<InvokeResponse> HandleAsync(CheckInEntry entry, CardActionRequest action, CancellationToken cancellationToken) =>
        Task.FromResult(entry.IsRespondent
            ? Flow.ViewFor(entry.T, entry.Round, entry.Request, entry.Respondent)
            : InvokeResponse.Card(CheckInCards.ForSomeoneElse(entry.T.Card, entry.Round, entry.Respondent.DisplayName).ToJsonElement()));
}
