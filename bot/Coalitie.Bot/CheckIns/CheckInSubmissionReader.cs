using Coalitie.Bot.Cards;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Common;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// Reads a submitted nine-factor form (card inputs or the burgerpanel page: the same field names) into a
/// <see cref="CheckInSubmission"/>. Every mistake is put on its field in the <see cref="FormState"/>, so the form comes
/// back with everything the person typed; null when there was any.
/// </summary>
public static class CheckInSubmissionReader
{
    public static CheckInSubmission? Read(CheckInTexts t, CheckInScale scale, FormState state)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(state);
        var factors = new Dictionary<char, FactorAnswer>();
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            var comment = state.Get(CheckInFieldNames.FactorComment(factor.Key));
            if (comment is { Length: > CheckInAnswer.MaxCommentLength })
            {
                state.AddError(CheckInFieldNames.FactorComment(factor.Key), CommentTooLong(t));
            }

            try
            {
                factors[factor.Key] = new FactorAnswer(scale.ParseSubmitted(factor.Key, state.Get(CheckInFieldNames.Factor(factor.Key))), comment);
            }
            catch (DomainException ex)
            {
                state.AddError(CheckInFieldNames.Factor(factor.Key), Message(t, scale, ex));
            }
        }

        var overall = state.Get(CheckInFieldNames.OverallComment);
        if (overall is { Length: > CheckInAnswer.MaxCommentLength })
        {
            state.AddError(CheckInFieldNames.OverallComment, CommentTooLong(t));
        }

        return state.HasErrors ? null : new CheckInSubmission(factors, overall);
    }

    /// <summary>The sentence for a refused answer (the factor is the exception's first argument when it has one).</summary>
    public static string Message(CheckInTexts t, CheckInScale scale, DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Code == CheckInErrors.CommentTooLong)
        {
            return CommentTooLong(t);
        }

        var key = exception.Arguments.Count > 0 && exception.Arguments[0] is char c ? c : 'a';
        var factor = SlagvaardigheidFactors.All.FirstOrDefault(f => f.Key == key) ?? SlagvaardigheidFactors.All[0];
        return t.FactorMissing(factor);
    }

    private static string CommentTooLong(CheckInTexts t) => t.English
        ? $"A comment is at most {CheckInAnswer.MaxCommentLength} characters; shorten it a little."
        : $"Een toelichting is hooguit {CheckInAnswer.MaxCommentLength} tekens; kort hem wat in.";
}
