namespace Coalitie.Domain.CheckIns;

/// <summary>
/// The stable codes of <see cref="Common.DomainException"/>s raised by check-ins; the host turns each into a Dutch or
/// English sentence. Arguments are listed per code.
/// </summary>
public static class CheckInErrors
{
    /// <summary>A round without a name. No arguments.</summary>
    public const string NameRequired = "checkin.name-required";

    /// <summary>A round name longer than <see cref="RoundPlan.MaxNameLength"/>. Arguments: the maximum.</summary>
    public const string NameTooLong = "checkin.name-too-long";

    /// <summary>An audience that reaches nobody. No arguments.</summary>
    public const string AudienceEmpty = "checkin.audience-empty";

    /// <summary>A scale that is not a range of at least two whole numbers with one label per value. Arguments: minimum, maximum.</summary>
    public const string ScaleInvalid = "checkin.scale-invalid";

    /// <summary>A reminder rule with a non-positive lead time or interval, or a negative maximum. Arguments: the value given.</summary>
    public const string ReminderRuleInvalid = "checkin.reminder-rule-invalid";

    /// <summary>A minimum group size below 1. Arguments: the value given.</summary>
    public const string MinimumGroupSizeInvalid = "checkin.minimum-group-size-invalid";

    /// <summary>A coalition size below 1. Arguments: the value given.</summary>
    public const string CoalitionSizeInvalid = "checkin.coalition-size-invalid";

    /// <summary>A sub-network without a name or without partners. No arguments.</summary>
    public const string SubNetworkInvalid = "checkin.sub-network-invalid";

    /// <summary>A "we zitten vast" request without a reason. No arguments.</summary>
    public const string StuckReasonRequired = "checkin.stuck-reason-required";

    /// <summary>A value that is not one of the defined enum members. Arguments: the value given.</summary>
    public const string OptionInvalid = "checkin.option-invalid";

    /// <summary>A lifecycle step that is not allowed from the round's status. Arguments: current status, attempted status.</summary>
    public const string TransitionInvalid = "checkin.transition-invalid";

    /// <summary>An answer to a round that is not open yet. No arguments.</summary>
    public const string NotOpen = "checkin.not-open";

    /// <summary>An answer or new request for a round that has closed (or whose closing moment has passed). Arguments: the closing moment.</summary>
    public const string Closed = "checkin.closed";

    /// <summary>A request id the round does not know. Arguments: the id.</summary>
    public const string RequestUnknown = "checkin.request-unknown";

    /// <summary>A second request for the same respondent in one round. No arguments.</summary>
    public const string RequestDuplicate = "checkin.request-duplicate";

    /// <summary>A burgerpanel-link request in a round whose audience has the link off. No arguments.</summary>
    public const string BurgerpanelLinkOff = "checkin.burgerpanel-link-off";

    /// <summary>A factor without an answer. Field: the factor's field; arguments: the factor's letter.</summary>
    public const string FactorMissing = "checkin.factor-missing";

    /// <summary>An answer for a letter that is not a–i. Arguments: the letter.</summary>
    public const string FactorUnknown = "checkin.factor-unknown";

    /// <summary>A score outside the round's scale. Field: the factor's field; arguments: letter, value, minimum, maximum.</summary>
    public const string ScoreOutOfRange = "checkin.score-out-of-range";

    /// <summary>"Weet niet" on a scale that does not offer it. Field: the factor's field; arguments: the letter.</summary>
    public const string DontKnowNotAllowed = "checkin.dont-know-not-allowed";

    /// <summary>A submitted card value that is neither a number nor the "weet niet" token. Field: the factor's field; arguments: letter, value.</summary>
    public const string ScoreUnreadable = "checkin.score-unreadable";

    /// <summary>A comment longer than <see cref="CheckInAnswer.MaxCommentLength"/>. Field: the comment's field; arguments: the maximum.</summary>
    public const string CommentTooLong = "checkin.comment-too-long";
}

/// <summary>The names of the fields check-in errors point at (the host's card inputs use the same ids).</summary>
public static class CheckInFieldNames
{
    public const string Name = "name";
    public const string Audience = "audience";
    public const string Scale = "scale";
    public const string Reminders = "reminders";
    public const string MinimumGroupSize = "minimumGroupSize";
    public const string CoalitionSize = "coalitionSize";
    public const string SubNetwork = "subNetwork";
    public const string StuckReason = "stuckReason";
    public const string OverallComment = "comment";

    /// <summary>The field of factor <paramref name="key"/>'s score, e.g. "factor-a".</summary>
    public static string Factor(char key) => $"factor-{key}";

    /// <summary>The field of factor <paramref name="key"/>'s comment, e.g. "comment-a".</summary>
    public static string FactorComment(char key) => $"comment-{key}";
}
