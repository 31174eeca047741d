using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.CheckIns;

/// <summary>Where a round is in its life.</summary>
public enum RoundStatus
{
    Planned,
    Open,
    Closed,
}

/// <summary>
/// One check-in round: its <see cref="RoundPlan"/> (fixed when planned, scale included, so old answers keep their
/// meaning), why it was started, its lifecycle Planned → Open → Closed, its requests (one per respondent) and their
/// answers.
/// </summary>
/// <remarks>
/// Answers are accepted while the round is <see cref="RoundStatus.Open"/> and before <see cref="ClosesAt"/>; a submit
/// at or after that moment is refused even if the host has not closed the round yet (closing is excluded from the
/// open interval, as in <see cref="Scheduling.OpenPeriod"/>).
/// </remarks>
public sealed class CheckInRound
{
    private readonly List<CheckInRequest> _requests = [];

    private CheckInRound(Guid id, Guid coalitionId, RoundPlan plan, RoundTrigger trigger, Instant plannedAt)
    {
        Id = id;
        CoalitionId = coalitionId;
        Plan = plan;
        Trigger = trigger;
        PlannedAt = plannedAt;
        Status = RoundStatus.Planned;
    }

    public Guid Id { get; }

    public Guid CoalitionId { get; }

    public RoundPlan Plan { get; }

    public RoundTrigger Trigger { get; }

    public Instant PlannedAt { get; }

    public RoundStatus Status { get; private set; }

    public Instant? OpenedAt { get; private set; }

    /// <summary>The scheduled closing moment (set when opened).</summary>
    public Instant? ClosesAt { get; private set; }

    /// <summary>When the round actually closed (on time, or early by hand).</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>The requests, in the order they were added.</summary>
    public IReadOnlyList<CheckInRequest> Requests => _requests.AsReadOnly();

    /// <summary>Plans a round for <paramref name="coalitionId"/>.</summary>
    public static CheckInRound Create(Guid id, Guid coalitionId, RoundPlan plan, RoundTrigger trigger, Instant plannedAt)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(trigger);
        return new CheckInRound(id, coalitionId, plan, trigger, plannedAt);
    }

    /// <summary>Opens the round at <paramref name="at"/>; it closes <see cref="RoundPlan.OpenFor"/> later (local time).</summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.TransitionInvalid"/> unless planned.</exception>
    public void Open(Instant at)
    {
        Require(RoundStatus.Planned, RoundStatus.Open);
        var period = Plan.PeriodFrom(at);
        Status = RoundStatus.Open;
        OpenedAt = period.OpensAt;
        ClosesAt = period.ClosesAt;
    }

    /// <summary>Closes the round at <paramref name="at"/> (on schedule, or early by hand).</summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.TransitionInvalid"/> unless open.</exception>
    public void Close(Instant at)
    {
        Require(RoundStatus.Open, RoundStatus.Closed);
        Status = RoundStatus.Closed;
        ClosedAt = at;
    }

    /// <summary>Whether the round is open and its closing moment has come (the scheduler should close it).</summary>
    public bool IsDueToClose(Instant now) => Status == RoundStatus.Open && now >= ClosesAt;

    /// <summary>Whether answers are accepted at <paramref name="at"/>.</summary>
    public bool AcceptsAnswersAt(Instant at) => Status == RoundStatus.Open && at < ClosesAt;

    /// <summary>The reminder moments of the open round (empty unless open).</summary>
    public IReadOnlyList<Instant> ReminderMoments() =>
        Status == RoundStatus.Open && OpenedAt is { } opened ? Plan.Reminders.Moments(Plan.PeriodFrom(opened)) : [];

    /// <summary>The requests not yet answered (who gets a reminder).</summary>
    public IReadOnlyList<CheckInRequest> Unanswered() => _requests.Where(r => !r.IsAnswered).ToList();

    /// <summary>
    /// Adds one request per person in the audience (<see cref="RoundAudience.Select"/> with the round's sub-network)
    /// who has none yet; returns the new requests.
    /// </summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.Closed"/> when the round has closed.</exception>
    public IReadOnlyList<CheckInRequest> AddRequestsFor(IEnumerable<AudienceCandidate> candidates, Func<Guid> newId, Instant at)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(newId);
        RequireNotClosed();

        var added = new List<CheckInRequest>();
        foreach (var candidate in Plan.Audience.Select(candidates, Plan.SubNetwork))
        {
            var key = RespondentKey.Person(candidate.PersonId);
            if (_requests.Any(r => r.Respondent == key))
            {
                continue;
            }

            var request = new CheckInRequest(newId(), Id, key, candidate.PartnerId, candidate.Domain, at);
            _requests.Add(request);
            added.Add(request);
        }

        return added;
    }

    /// <summary>Adds a request for one respondent, e.g. a burgerpanel link (domain <see cref="PartnerDomain.Bewoners"/>).</summary>
    /// <exception cref="DomainException">
    /// <see cref="CheckInErrors.Closed"/>, <see cref="CheckInErrors.BurgerpanelLinkOff"/>, <see cref="CheckInErrors.RequestDuplicate"/>.
    /// </exception>
    public CheckInRequest AddRequest(Guid requestId, RespondentKey respondent, Guid? partnerId, PartnerDomain? domain, Instant at)
    {
        RequireNotClosed();
        if (respondent.Kind == RespondentKind.BurgerpanelLink && !Plan.Audience.BurgerpanelLink)
        {
            throw new DomainException(CheckInErrors.BurgerpanelLinkOff, "This round has no burgerpanel link.");
        }

        if (_requests.Any(r => r.Respondent == respondent || r.Id == requestId))
        {
            throw new DomainException(CheckInErrors.RequestDuplicate, "This respondent already has a request in this round.");
        }

        var request = new CheckInRequest(requestId, Id, respondent, partnerId, domain, at);
        _requests.Add(request);
        return request;
    }

    /// <summary>
    /// Stores the answer to <paramref name="requestId"/>: the first answer is <see cref="SubmitOutcome.Recorded"/>,
    /// the same answer again is <see cref="SubmitOutcome.Unchanged"/> (nothing stored), a different one while open is
    /// <see cref="SubmitOutcome.Replaced"/> and returns the previous answer for the audit.
    /// </summary>
    /// <exception cref="DomainException">
    /// <see cref="CheckInErrors.RequestUnknown"/>, <see cref="CheckInErrors.NotOpen"/>, <see cref="CheckInErrors.Closed"/>,
    /// or a validation code of the answer (<see cref="CheckInErrors.FactorMissing"/>, <see cref="CheckInErrors.ScoreOutOfRange"/>, …).
    /// </exception>
    public SubmitResult Submit(Guid requestId, CheckInSubmission submission, Instant at)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = _requests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new DomainException(CheckInErrors.RequestUnknown, $"Round {Id} has no request {requestId}.", null, requestId);

        if (Status == RoundStatus.Planned)
        {
            throw new DomainException(CheckInErrors.NotOpen, "The round is not open yet.");
        }

        if (!AcceptsAnswersAt(at))
        {
            throw new DomainException(CheckInErrors.Closed, "The round has closed.", null, (object?)ClosedAt ?? ClosesAt!.Value);
        }

        return request.Submit(submission, Plan.Scale, at);
    }

    private void Require(RoundStatus from, RoundStatus to)
    {
        if (Status != from)
        {
            throw new DomainException(CheckInErrors.TransitionInvalid, $"A {Status} round cannot become {to}.", null, Status, to);
        }
    }

    private void RequireNotClosed()
    {
        if (Status == RoundStatus.Closed)
        {
            throw new DomainException(CheckInErrors.Closed, "The round has closed.", null, ClosedAt!.Value);
        }
    }
}
