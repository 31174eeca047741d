namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The codes of <see cref="Domain.Common.DomainException"/>s raised by <see cref="BurgerpanelLinks.IssueAsync"/> besides
/// the round's own (<see cref="Domain.CheckIns.CheckInErrors.NotOpen"/>, <see cref="Domain.CheckIns.CheckInErrors.Closed"/>,
/// <see cref="Domain.CheckIns.CheckInErrors.BurgerpanelLinkOff"/>). Arguments are listed per code.
/// </summary>
public static class BurgerpanelErrors
{
    /// <summary>Asked for fewer than 1 or more than <see cref="BurgerpanelLinks.MaxPerIssue"/> links. Field <c>count</c>; arguments: minimum, maximum.</summary>
    public const string CountOutOfRange = "burgerpanel.count-out-of-range";

    /// <summary>The coalition has no round with that id. Arguments: the round id.</summary>
    public const string RoundUnknown = "burgerpanel.round-unknown";
}
