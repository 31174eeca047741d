using System.Globalization;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Common;
using Microsoft.Extensions.Primitives;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>One error on the page: the form field, the element the error summary links to, and the Dutch sentence.</summary>
internal sealed record FieldError(string Field, string Anchor, string Message);

/// <summary>
/// The burgerpanel form as the person filled it in: the values to show again (as typed, line breaks normalised) and
/// the errors per field. Field names are <see cref="CheckInFieldNames"/>' (<c>factor-a</c>, <c>comment-a</c>,
/// <c>comment</c>); score values are the scale's numbers or <see cref="CheckInScale.DontKnowToken"/>.
/// </summary>
internal sealed class BurgerpanelForm
{
    private static readonly CheckInTexts Nl = CheckInTexts.For(Language.Nl);

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<FieldError> _errors = [];

    private BurgerpanelForm()
    {
    }

    public static BurgerpanelForm Empty => new();

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>The id of the radio button of <paramref name="key"/> for <paramref name="value"/> (a number or the "weet niet" token).</summary>
    public static string RadioId(char key, string value) => $"{CheckInFieldNames.Factor(key)}-{value}";

    /// <summary>The id of the error message of <paramref name="field"/>.</summary>
    public static string ErrorId(string field) => field + "-fout";

    public string? Value(string field) => _values.GetValueOrDefault(field);

    public FieldError? ErrorFor(string field) => _errors.FirstOrDefault(e => e.Field == field);

    /// <summary>
    /// Reads the posted fields against <paramref name="scale"/>. Every factor needs one answer; comments are optional
    /// and at most <see cref="CheckInAnswer.MaxCommentLength"/> characters after trimming. Returns the submission when
    /// nothing is wrong, else null (the errors are on the form).
    /// </summary>
    public static BurgerpanelForm Read(IReadOnlyDictionary<string, StringValues> posted, CheckInScale scale, out CheckInSubmission? submission)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(scale);
        var form = new BurgerpanelForm();
        var factors = new Dictionary<char, FactorAnswer>();
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            var score = form.Score(posted, factor, scale);
            var comment = form.Comment(posted, CheckInFieldNames.FactorComment(factor.Key), Nl.FactorName(factor));
            if (score is { } s)
            {
                factors[factor.Key] = new FactorAnswer(s, comment);
            }
        }

        var overall = form.Comment(posted, CheckInFieldNames.OverallComment, null);
        submission = form.HasErrors ? null : new CheckInSubmission(factors, overall);
        return form;
    }

    /// <summary>Puts a refusal of the domain on the form (a rule this form did not check itself); unknown fields go to the top.</summary>
    public void Add(DomainException error, CheckInScale scale)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(scale);
        var field = error.Field ?? string.Empty;
        var factor = SlagvaardigheidFactors.All.FirstOrDefault(f => f.FieldName == field || CheckInFieldNames.FactorComment(f.Key) == field);
        var message = error.Code switch
        {
            CheckInErrors.CommentTooLong when factor is not null => TooLong(Nl.FactorName(factor), null),
            CheckInErrors.CommentTooLong => TooLong(null, null),
            CheckInErrors.FactorMissing when factor is not null => Nl.FactorMissing(factor),
            _ when factor is not null => NotAChoice(factor),
            _ => "Je antwoorden konden niet worden opgeslagen. Controleer ze en verstuur ze opnieuw.",
        };
        var anchor = factor is not null && field == factor.FieldName ? RadioId(factor.Key, FirstValue(scale)) : (field.Length > 0 ? field : "vragen");
        _errors.Add(new FieldError(field, anchor, message));
    }

    private static string FirstValue(CheckInScale scale) => scale.Minimum.ToString(CultureInfo.InvariantCulture);

    private static string NotAChoice(SlagvaardigheidFactor factor) =>
        $"Kies bij {Nl.FactorName(factor)} een van de antwoorden uit de lijst.";

    private static string TooLong(string? factorName, int? length)
    {
        var subject = factorName is null ? "De algemene toelichting" : $"De toelichting bij {factorName}";
        var now = length is { } n ? string.Create(CultureInfo.InvariantCulture, $" (nu {n})") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{subject} is te lang: maximaal {CheckInAnswer.MaxCommentLength} tekens{now}. Maak de tekst korter.");
    }

    private FactorScore? Score(IReadOnlyDictionary<string, StringValues> posted, SlagvaardigheidFactor factor, CheckInScale scale)
    {
        var field = factor.FieldName;
        var values = posted.TryGetValue(field, out var v) ? v : StringValues.Empty;
        var anchor = RadioId(factor.Key, FirstValue(scale));
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            _errors.Add(new FieldError(field, anchor, Nl.FactorMissing(factor)));
            return null;
        }

        try
        {
            if (values.Count > 1)
            {
                throw new DomainException(CheckInErrors.ScoreUnreadable, "More than one answer.", field, factor.Key, values.Count);
            }

            var score = scale.ParseSubmitted(factor.Key, values[0]);
            _values[field] = score.ToString();
            return score;
        }
        catch (DomainException)
        {
            _errors.Add(new FieldError(field, anchor, NotAChoice(factor)));
            return null;
        }
    }

    private string? Comment(IReadOnlyDictionary<string, StringValues> posted, string field, string? factorName)
    {
        var raw = posted.TryGetValue(field, out var v) && v.Count > 0 ? string.Join('\n', v.ToArray()) : null;
        var text = Clean(raw);
        if (text.Length == 0)
        {
            return null;
        }

        _values[field] = text;
        var trimmed = text.Trim();
        if (trimmed.Length > CheckInAnswer.MaxCommentLength)
        {
            _errors.Add(new FieldError(field, field, TooLong(factorName, trimmed.Length)));
        }

        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string Clean(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Teams.Routing.UserText.Clean(text);
}
