namespace Coalitie.Domain.CheckIns.Results;

/// <summary>
/// The stable codes of <see cref="Common.DomainException"/>s raised while computing check-in results; the host turns
/// each into a Dutch or English sentence. Arguments are listed per code.
/// </summary>
public static class ResultsErrors
{
    /// <summary>A scale whose minimum is not below its maximum. Arguments: minimum, maximum.</summary>
    public const string ScaleInvalid = "checkin-results.scale-invalid";

    /// <summary>A minimum group size below 1. Arguments: the value given.</summary>
    public const string MinimumGroupSizeInvalid = "checkin-results.minimum-group-size-invalid";

    /// <summary>A negative number invited, or fewer invited than respondents. Arguments: invited, respondents.</summary>
    public const string InvitedInvalid = "checkin-results.invited-invalid";

    /// <summary>A factor letter outside a–i. Arguments: the letter given.</summary>
    public const string FactorUnknown = "checkin-results.factor-unknown";

    /// <summary>A score outside the round's scale. Arguments: factor, score, minimum, maximum.</summary>
    public const string ScoreOutOfScale = "checkin-results.score-out-of-scale";

    /// <summary>An empty respondent key. No arguments.</summary>
    public const string RespondentMissing = "checkin-results.respondent-missing";

    /// <summary>The same respondent scored the same factor twice. Arguments: factor.</summary>
    public const string DuplicateScore = "checkin-results.duplicate-score";

    /// <summary>Signal options that make no sense (a drop that is not positive). Arguments: the value given.</summary>
    public const string SignalOptionInvalid = "checkin-results.signal-option-invalid";
}
