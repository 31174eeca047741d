using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.CheckIns;

/// <summary>Whether a respondent is a person in Teams or a burgerpanel web link.</summary>
public enum RespondentKind
{
    Person,
    BurgerpanelLink,
}

/// <summary>Who answers a request: a person's id, or a burgerpanel link's id (no personal data).</summary>
public readonly record struct RespondentKey(RespondentKind Kind, Guid Id)
{
    public static RespondentKey Person(Guid personId) => new(RespondentKind.Person, personId);

    public static RespondentKey BurgerpanelLink(Guid linkId) => new(RespondentKind.BurgerpanelLink, linkId);
}

/// <summary>One factor's answer: a score (or "weet niet") and an optional comment.</summary>
public sealed record FactorAnswer(FactorScore Score, string? Comment = null);

/// <summary>What a respondent submits: an answer per factor a–i and an optional overall comment.</summary>
public sealed record CheckInSubmission(IReadOnlyDictionary<char, FactorAnswer> Factors, string? OverallComment = null);

/// <summary>
/// A stored answer to one request: per factor a score or "weet niet" with an optional comment, an overall comment,
/// when it was given, and its version (1 for the first answer, +1 for each edit).
/// </summary>
public sealed record CheckInAnswer
{
    public const int MaxCommentLength = 2000;

    private CheckInAnswer(IReadOnlyDictionary<char, FactorAnswer> factors, string? overallComment, Instant answeredAt, int version)
    {
        Factors = factors;
        OverallComment = overallComment;
        AnsweredAt = answeredAt;
        Version = version;
    }

    /// <summary>The answers keyed a–i, all nine.</summary>
    public IReadOnlyDictionary<char, FactorAnswer> Factors { get; }

    public string? OverallComment { get; }

    public Instant AnsweredAt { get; }

    public int Version { get; }

    /// <summary>Whether this answer says the same as <paramref name="other"/> (scores and comments; not time or version).</summary>
    public bool SameContentAs(CheckInAnswer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return OverallComment == other.OverallComment
            && SlagvaardigheidFactors.Keys.All(k => Factors[k] == other.Factors[k]);
    }

    /// <summary>
    /// Validates <paramref name="submission"/> against <paramref name="scale"/> and normalises it: comments trimmed,
    /// blank comments dropped.
    /// </summary>
    /// <exception cref="DomainException">
    /// <see cref="CheckInErrors.FactorUnknown"/>, <see cref="CheckInErrors.FactorMissing"/>, a scale code, or <see cref="CheckInErrors.CommentTooLong"/>.
    /// </exception>
    internal static CheckInAnswer From(CheckInSubmission submission, CheckInScale scale, Instant answeredAt, int version)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(submission.Factors);

        foreach (var key in submission.Factors.Keys.Where(k => !SlagvaardigheidFactors.IsKey(k)))
        {
            throw new DomainException(CheckInErrors.FactorUnknown, $"There is no factor '{key}'.", null, key);
        }

        var factors = new SortedDictionary<char, FactorAnswer>();
        foreach (var key in SlagvaardigheidFactors.Keys)
        {
            if (!submission.Factors.TryGetValue(key, out var answer) || answer is null)
            {
                throw new DomainException(CheckInErrors.FactorMissing, $"Factor {key} has no answer.", CheckInFieldNames.Factor(key), key);
            }

            scale.Validate(key, answer.Score);
            factors[key] = new FactorAnswer(answer.Score, Normalise(answer.Comment, CheckInFieldNames.FactorComment(key)));
        }

        return new CheckInAnswer(factors, Normalise(submission.OverallComment, CheckInFieldNames.OverallComment), answeredAt, version);
    }

    private static string? Normalise(string? comment, string field)
    {
        var text = comment?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > MaxCommentLength)
        {
            throw new DomainException(CheckInErrors.CommentTooLong, $"A comment is at most {MaxCommentLength} characters.", field, MaxCommentLength);
        }

        return text;
    }
}

/// <summary>What a submit did.</summary>
public enum SubmitOutcome
{
    /// <summary>The first answer to the request.</summary>
    Recorded,

    /// <summary>The same answer again (a redelivery or double click): nothing changed.</summary>
    Unchanged,

    /// <summary>A different answer while the round is open: it replaced the previous one (see <see cref="SubmitResult.Previous"/> for the audit).</summary>
    Replaced,
}

/// <summary>The outcome of a submit, the answer now stored and, when replaced, the one it replaced.</summary>
public sealed record SubmitResult(SubmitOutcome Outcome, CheckInAnswer Current, CheckInAnswer? Previous);

/// <summary>A request to one respondent to answer a round; holds at most one (current) answer.</summary>
public sealed class CheckInRequest
{
    private readonly RespondentKind _respondentKind;
    private readonly Guid _respondentId;

    internal CheckInRequest(Guid id, Guid roundId, RespondentKey respondent, Guid? partnerId, PartnerDomain? domain, Instant createdAt)
    {
        Id = id;
        RoundId = roundId;
        _respondentKind = respondent.Kind;
        _respondentId = respondent.Id;
        PartnerId = partnerId;
        Domain = domain;
        CreatedAt = createdAt;
    }

    /// <summary>For storage: the fields are filled from the stored row.</summary>
    private CheckInRequest()
    {
    }

    public Guid Id { get; }

    public Guid RoundId { get; }

    public RespondentKey Respondent => new(_respondentKind, _respondentId);

    /// <summary>The partner the respondent answers for; null for the burgerpanel or a stuurgroep member without a partner.</summary>
    public Guid? PartnerId { get; }

    /// <summary>The domain the answer counts for (<see cref="PartnerDomain.Bewoners"/> for the burgerpanel).</summary>
    public PartnerDomain? Domain { get; }

    public Instant CreatedAt { get; }

    /// <summary>The current answer; null until answered.</summary>
    public CheckInAnswer? Answer { get; private set; }

    public bool IsAnswered => Answer is not null;

    internal SubmitResult Submit(CheckInSubmission submission, CheckInScale scale, Instant at)
    {
        var previous = Answer;
        var candidate = CheckInAnswer.From(submission, scale, at, (previous?.Version ?? 0) + 1);
        if (previous is null)
        {
            Answer = candidate;
            return new SubmitResult(SubmitOutcome.Recorded, candidate, null);
        }

        if (previous.SameContentAs(candidate))
        {
            return new SubmitResult(SubmitOutcome.Unchanged, previous, null);
        }

        Answer = candidate;
        return new SubmitResult(SubmitOutcome.Replaced, candidate, previous);
    }
}
