using Coalitie.Domain.Common;

namespace Coalitie.Domain.CheckIns;

/// <summary>Why a round was started (brief §2: at a partnership's start, when collaboration gets stuck; periodic rounds are our addition).</summary>
public enum TriggerReason
{
    /// <summary>By the round plan's schedule, or by hand (<c>checkin start</c>).</summary>
    Scheduled,

    /// <summary>From a new coalition's setup.</summary>
    PartnershipStart,

    /// <summary>A member said "we zitten vast" ("we are stuck").</summary>
    Stuck,
}

/// <summary>Why a round was started; for <see cref="TriggerReason.Stuck"/> also who raised it and why.</summary>
public sealed record RoundTrigger
{
    public const int MaxReasonLength = 1000;

    private RoundTrigger(TriggerReason reason, Guid? raisedBy, string? stuckReason)
    {
        Reason = reason;
        RaisedBy = raisedBy;
        StuckReason = stuckReason;
    }

    public TriggerReason Reason { get; }

    /// <summary>The member who said "we zitten vast"; null otherwise.</summary>
    public Guid? RaisedBy { get; }

    /// <summary>The member's own words; null unless <see cref="TriggerReason.Stuck"/>.</summary>
    public string? StuckReason { get; }

    public static RoundTrigger Scheduled { get; } = new(TriggerReason.Scheduled, null, null);

    public static RoundTrigger PartnershipStart { get; } = new(TriggerReason.PartnershipStart, null, null);

    /// <exception cref="DomainException"><see cref="CheckInErrors.StuckReasonRequired"/> or <see cref="CheckInErrors.CommentTooLong"/>.</exception>
    public static RoundTrigger Stuck(Guid raisedBy, string reason)
    {
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new DomainException(CheckInErrors.StuckReasonRequired, "Say why the collaboration is stuck.", CheckInFieldNames.StuckReason);
        }

        if (text.Length > MaxReasonLength)
        {
            throw new DomainException(CheckInErrors.CommentTooLong, $"A reason is at most {MaxReasonLength} characters.", CheckInFieldNames.StuckReason, MaxReasonLength);
        }

        return new(TriggerReason.Stuck, raisedBy, text);
    }
}
