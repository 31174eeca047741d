using Coalitie.Bot.Audit;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Bot.Work;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.CheckIns;

/// <summary>A person the bot can send a card to: who, in which language, where their coalition's channel is.</summary>
public sealed record CheckInRecipient(Guid PersonId, string TeamsUserId, string? AadObjectId, string Name, Language Language);

/// <summary>
/// The life of check-in rounds in the host: planning (with the durable open job), opening (requests for the audience,
/// one outbox row per person, reminder and close jobs, the next round of a series), reminding, closing, and finding rounds
/// and requests. Every method stages its changes on the scoped context; the caller (a command, a card action or a job
/// handler) saves them in one unit of work, so a job, its outbox rows and the round change land together or not at all.
/// </summary>
public sealed partial class CheckInService(
    CoalitieDbContext db,
    IClock clock,
    JobScheduler jobs,
    Outbox outbox,
    AuditLog audit,
    ILogger<CheckInService> logger)
{
    /// <summary>Outbox purpose of the nine-factor card.</summary>
    public const string RequestPurpose = "checkin.request";

    /// <summary>Outbox purpose of a reminder.</summary>
    public const string ReminderPurpose = "checkin.reminder";

    /// <summary>Outbox purpose of the results card sent when a round closes.</summary>
    public const string ResultsPurpose = "checkin.results";

    /// <summary>Outbox purpose of the "we zitten vast" request to the procesregisseur.</summary>
    public const string StuckPurpose = "checkin.stuck";

    public Instant Now => clock.GetCurrentInstant();

    public Task<Coalition?> CoalitionAsync(Guid coalitionId, CancellationToken ct) =>
        db.Set<Coalition>().FirstOrDefaultAsync(c => c.Id == coalitionId, ct);

    /// <summary>The coalition's partners, those who left included (the plan card lists the active ones).</summary>
    public Task<List<Partner>> PartnersAsync(Guid coalitionId, CancellationToken ct) =>
        db.Set<Partner>().AsNoTracking().Where(p => p.CoalitionId == coalitionId).ToListAsync(ct);

    public Task<CheckInRound?> FindRoundAsync(Guid roundId, CancellationToken ct) =>
        db.Set<CheckInRound>().FirstOrDefaultAsync(r => r.Id == roundId, ct);

    /// <summary>The round holding request <paramref name="requestId"/>, or null.</summary>
    public async Task<(CheckInRound Round, CheckInRequest Request)?> FindRequestAsync(Guid requestId, CancellationToken ct)
    {
        var round = await db.Set<CheckInRound>().FirstOrDefaultAsync(r => r.Requests.Any(q => q.Id == requestId), ct).ConfigureAwait(false);
        return round is null ? null : (round, round.Requests.Single(q => q.Id == requestId));
    }

    /// <summary>The coalition's rounds, newest first (planned ones by planning time, others by opening time).</summary>
    public async Task<IReadOnlyList<CheckInRound>> ListAsync(Guid coalitionId, CancellationToken ct)
    {
        var rounds = await db.Set<CheckInRound>().Where(r => r.CoalitionId == coalitionId).ToListAsync(ct).ConfigureAwait(false);
        return [.. rounds.OrderByDescending(r => r.OpenedAt ?? r.PlannedAt).ThenByDescending(r => r.PlannedAt)];
    }

    /// <summary>The latest open round of the coalition, else null.</summary>
    public async Task<CheckInRound?> CurrentOpenAsync(Guid coalitionId, CancellationToken ct) =>
        (await ListAsync(coalitionId, ct).ConfigureAwait(false)).FirstOrDefault(r => r.Status == RoundStatus.Open);

    /// <summary>When the planned round's open job is due (null when it has none).</summary>
    public async Task<Instant?> ScheduledOpeningAsync(CheckInRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(round);
        var key = round.Id.ToString();
        var job = await db.Set<ScheduledJob>().AsNoTracking()
            .FirstOrDefaultAsync(j => j.Kind == CheckInJobs.Open && j.Key == key, ct).ConfigureAwait(false);
        return job?.DueAt;
    }

    /// <summary>
    /// Plans a round. "Now": opens it at once (requests and outbox rows staged here). On a recurrence: schedules the
    /// durable open job at the next occurrence. Audited.
    /// </summary>
    public async Task<CheckInRound> PlanAsync(CoalitionScope scope, RoundPlan plan, RoundTrigger trigger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(plan);
        var now = Now;
        if (plan.Schedule.NextOpening(now) is { } first)
        {
            plan = plan.ForOccurrence(first);
        }

        var round = CheckInRound.Create(Guid.NewGuid(), scope.CoalitionId, plan, trigger, now);
        db.Add(round);
        audit.Record(scope, "CheckInRound", round.Id.ToString(), "planned", "trigger", null, trigger.Reason.ToString());
        if (plan.Schedule.IsNow)
        {
            await OpenAsync(round, ct).ConfigureAwait(false);
        }
        else
        {
            await ScheduleOpeningAsync(round, now, ct).ConfigureAwait(false);
        }

        return round;
    }

    /// <summary>
    /// Opens a planned round now: a request per person in the audience, the nine-factor card in their outbox, a reminder
    /// job per reminder moment, the close job, and — for a recurring plan — the next round of the series with its open job
    /// (the next occurrence after now: missed occurrences are not replayed). Does nothing when the round is not planned.
    /// </summary>
    public async Task<int> OpenAsync(CheckInRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Status != RoundStatus.Planned)
        {
            return 0;
        }

        var coalition = await CoalitionAsync(round.CoalitionId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Round {round.Id} belongs to no coalition.");
        var now = Now;
        round.Open(now);
        var recipients = await RecipientsAsync(coalition, ct).ConfigureAwait(false);
        var added = round.AddRequestsFor(recipients.Candidates, Guid.NewGuid, now);
        foreach (var request in added)
        {
            var recipient = recipients.People[request.Respondent.Id];
            var t = CheckInTexts.For(recipient.Language);
            var card = CheckInCards.Form(t, round, request, Cards.FormState.Empty, [recipient.TeamsUserId]);
            await EnqueueAsync(coalition, RequestPurpose, RequestKey(request.Id), recipient, card, ct).ConfigureAwait(false);
        }

        var payload = CheckInJobs.Payload(round.Id);
        foreach (var moment in round.ReminderMoments())
        {
            await jobs.ScheduleAsync(CheckInJobs.Remind, $"{round.Id}:{moment.ToUnixTimeSeconds()}", payload, moment, ct).ConfigureAwait(false);
        }

        await jobs.ScheduleAsync(CheckInJobs.Close, round.Id.ToString(), payload, round.ClosesAt!.Value, ct).ConfigureAwait(false);

        if (!round.Plan.Schedule.IsNow && round.Trigger.Reason == TriggerReason.Scheduled && round.Plan.Schedule.NextOpening(now) is { } nextOpening)
        {
            var next = CheckInRound.Create(Guid.NewGuid(), round.CoalitionId, round.Plan.ForOccurrence(nextOpening), RoundTrigger.Scheduled, now);
            db.Add(next);
            await ScheduleOpeningAsync(next, now, ct).ConfigureAwait(false);
        }

        LogOpened(logger, round.Id, added.Count);
        return added.Count;
    }

    /// <summary>
    /// Stages a reminder for every unanswered person of an open round (<paramref name="occurrence"/> makes the outbox keys:
    /// the same occurrence twice sends nothing twice). Returns how many were staged; 0 when the round is not open.
    /// </summary>
    public async Task<int> RemindAsync(CheckInRound round, string occurrence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!round.AcceptsAnswersAt(Now))
        {
            return 0;
        }

        var coalition = await CoalitionAsync(round.CoalitionId, ct).ConfigureAwait(false);
        if (coalition is null)
        {
            return 0;
        }

        var unanswered = round.Unanswered().Where(r => r.Respondent.Kind == RespondentKind.Person).ToList();
        var people = await PeopleAsync(coalition, unanswered.Select(r => r.Respondent.Id), ct).ConfigureAwait(false);
        var staged = 0;
        foreach (var request in unanswered)
        {
            if (!people.TryGetValue(request.Respondent.Id, out var recipient))
            {
                continue;
            }

            var t = CheckInTexts.For(recipient.Language);
            var card = CheckInCards.Form(t, round, request, Cards.FormState.Empty, [recipient.TeamsUserId]);
            card.Body.Insert(0, CheckInCards.ReminderLine(t, round));
            await EnqueueAsync(coalition, ReminderPurpose, $"checkin-reminder:{request.Id}:{occurrence}", recipient, card, ct).ConfigureAwait(false);
            staged++;
        }

        return staged;
    }

    /// <summary>Closes an open round now (on schedule or early by hand); false when it was not open.</summary>
    public bool Close(CheckInRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.Status != RoundStatus.Open)
        {
            return false;
        }

        round.Close(Now);
        var answered = round.Requests.Count(r => r.IsAnswered);
        LogClosed(logger, round.Id, answered, round.Requests.Count);
        return true;
    }

    /// <summary>The people to address in <paramref name="coalition"/>: procesregisseurs and/or stuurgroep members.</summary>
    public async Task<IReadOnlyList<CheckInRecipient>> PeopleInRolesAsync(Coalition coalition, IReadOnlyCollection<CoalitionRole> roles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        var ids = await db.Set<RoleAssignment>().AsNoTracking()
            .Where(a => a.CoalitionId == coalition.Id && a.To == null && roles.Contains(a.Role))
            .Select(a => a.PersonId).Distinct().ToListAsync(ct).ConfigureAwait(false);
        var people = await PeopleAsync(coalition, ids, ct).ConfigureAwait(false);
        return [.. people.Values.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Stages one outbox row: the card for one person, falling back to the coalition's main channel.</summary>
    public Task<DeliveryItem> EnqueueAsync(Coalition coalition, string purpose, string key, CheckInRecipient recipient, Teams.Cards.AdaptiveCard card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(coalition);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(card);
        return outbox.EnqueueAsync(new DeliveryRequest(
            coalition.Id, purpose, key, recipient.TeamsUserId, recipient.AadObjectId, recipient.Name, coalition.MainChannelId, card.ToJson()), ct: ct);
    }

    /// <summary>The outbox key of the card for request <paramref name="requestId"/>.</summary>
    public static string RequestKey(Guid requestId) => $"checkin:{requestId}";

    private async Task ScheduleOpeningAsync(CheckInRound round, Instant after, CancellationToken ct)
    {
        var at = round.Plan.Schedule.NextOpening(after);
        if (at is { } due)
        {
            await jobs.ScheduleAsync(CheckInJobs.Open, round.Id.ToString(), CheckInJobs.Payload(round.Id), due, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The audience candidates of a coalition (current representatives of active partners, current stuurgroep members) and how to reach them.</summary>
    private async Task<(IReadOnlyList<AudienceCandidate> Candidates, IReadOnlyDictionary<Guid, CheckInRecipient> People)> RecipientsAsync(Coalition coalition, CancellationToken ct)
    {
        var today = coalition.Today(Now);
        var partners = await db.Set<Partner>().AsNoTracking().Where(p => p.CoalitionId == coalition.Id).ToListAsync(ct).ConfigureAwait(false);
        var seats = await db.Set<RoleAssignment>().AsNoTracking()
            .Where(a => a.CoalitionId == coalition.Id && a.To == null && a.Role == CoalitionRole.StuurgroepMember)
            .ToListAsync(ct).ConfigureAwait(false);

        var byPerson = new Dictionary<Guid, AudienceCandidate>();
        foreach (var partner in partners.Where(p => p.IsActiveOn(today)).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            if (partner.RepresentativeOn(today) is { } representation && !byPerson.ContainsKey(representation.PersonId))
            {
                byPerson[representation.PersonId] = new AudienceCandidate(representation.PersonId, partner.Id, partner.Domain, IsRepresentative: true, IsStuurgroepMember: false);
            }
        }

        foreach (var seat in seats)
        {
            byPerson[seat.PersonId] = byPerson.TryGetValue(seat.PersonId, out var known)
                ? known with { IsStuurgroepMember = true }
                : new AudienceCandidate(seat.PersonId, null, seat.DomainSeat, IsRepresentative: false, IsStuurgroepMember: true);
        }

        var people = await PeopleAsync(coalition, byPerson.Keys, ct).ConfigureAwait(false);
        return ([.. byPerson.Values.Where(c => people.ContainsKey(c.PersonId))], people);
    }

    /// <summary>Reachable (not erased) people by id, each in their chosen language (else the coalition's).</summary>
    private async Task<Dictionary<Guid, CheckInRecipient>> PeopleAsync(Coalition coalition, IEnumerable<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        var persons = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.ErasedAt == null).ToListAsync(ct).ConfigureAwait(false);
        var keys = persons.SelectMany(PreferenceKeys).ToList();
        var preferences = await db.UserPreferences.AsNoTracking().Where(p => keys.Contains(p.UserKey)).ToListAsync(ct).ConfigureAwait(false);
        var fallback = LanguageExtensions.TryParse(coalition.Language, out var coalitionLanguage) ? coalitionLanguage : Language.Nl;
        var result = new Dictionary<Guid, CheckInRecipient>();
        foreach (var person in persons)
        {
            var chosen = preferences.FirstOrDefault(p => PreferenceKeys(person).Contains(p.UserKey))?.Language;
            var language = LanguageExtensions.TryParse(chosen, out var parsed) ? parsed : fallback;
            result[person.Id] = new CheckInRecipient(person.Id, person.TeamsUserId, person.AadObjectId, person.DisplayName, language);
        }

        return result;
    }

    private static string[] PreferenceKeys(Person person) =>
        person.AadObjectId is { Length: > 0 } aad ? ["aad:" + aad, "id:" + person.TeamsUserId] : ["id:" + person.TeamsUserId];

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in round {RoundId} opened with {Requests} requests")]
    private static partial void LogOpened(ILogger logger, Guid roundId, int requests);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in round {RoundId} closed: {Answered} of {Requests} answered")]
    private static partial void LogClosed(ILogger logger, Guid roundId, int answered, int requests);
}
