using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>What the form page shows about the round.</summary>
/// <param name="RoundName">The round's name, e.g. "Q1 2027".</param>
/// <param name="CoalitionName">The coalition's name, when it is known.</param>
/// <param name="Scale">The round's scale.</param>
/// <param name="ClosesAt">When the round closes.</param>
/// <param name="Zone">The round's zone, for dates.</param>
/// <param name="Action">Where the form posts: the link's own path and query.</param>
internal sealed record BurgerpanelPageModel(string RoundName, string? CoalitionName, CheckInScale Scale, Instant ClosesAt, DateTimeZone Zone, string Action);

/// <summary>A refusal page: its status code, heading and paragraphs.</summary>
internal sealed record BurgerpanelRefusal(int StatusCode, string Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// The burgerpanel's HTML, server-rendered and Dutch (informal <i>je</i>, as the check-in card): the form, the
/// thank-you page and the refusal pages. No script and no external resource; every value is HTML-encoded. Semantics
/// do the work: one <c>fieldset</c> with <c>legend</c> per factor, native radio buttons and text areas with their own
/// labels, an error summary that links to each field, and <c>aria-invalid</c>/<c>aria-describedby</c> on fields in error.
/// </summary>
internal static class BurgerpanelPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CheckInTexts Nl = CheckInTexts.For(Language.Nl);

    /// <summary>The nine questions, filled with what <paramref name="form"/> holds and its errors summarised at the top.</summary>
    public static string Form(BurgerpanelPageModel model, BurgerpanelForm form)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(form);
        var html = new StringBuilder(24_000);
        if (form.HasErrors)
        {
            ErrorSummary(html, form);
        }

        html.Append("<h1>Slagvaardigheidscheck — ronde ").Append(E(model.RoundName)).Append("</h1>\n");
        html.Append("<p class=\"lead\">").Append(E(model.CoalitionName ?? "De coalitie"))
            .Append(" vraagt het burgerpanel: hoe goed werken de partijen in de wijk samen? Geef bij negen onderwerpen je oordeel.</p>\n");
        html.Append("<ul>\n")
            .Append("<li>Kies bij elk onderwerp één antwoord. Weet je het niet, kies dan ‘").Append(E(Nl.DontKnow)).Append("’.</li>\n")
            .Append("<li>Een toelichting mag, maar hoeft niet. Schrijf er geen namen, adressen of andere persoonsgegevens in.</li>\n")
            .Append("<li>We vragen niet wie je bent. Je antwoorden tellen mee als de stem van het burgerpanel.</li>\n")
            .Append("<li>Deze link werkt één keer: na het versturen kun je je antwoorden niet meer wijzigen.</li>\n")
            .Append("<li>Open ").Append(E(Until(model.ClosesAt, model.Zone))).Append(".</li>\n")
            .Append("</ul>\n");

        html.Append("<form method=\"post\" action=\"").Append(E(model.Action)).Append("\" novalidate id=\"vragen\">\n");
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            Factor(html, factor, model.Scale, form);
        }

        html.Append("<div class=\"field\">\n");
        Comment(html, CheckInFieldNames.OverallComment, "Algemene toelichting (mag leeg)", "Wat wil je nog meegeven over de samenwerking in de wijk? Hooguit "
            + MaxLength + " tekens.", rows: 5, form);
        html.Append("</div>\n");
        html.Append("<button type=\"submit\">Versturen</button>\n");
        html.Append("<p class=\"small\">Na het versturen is deze link gebruikt.</p>\n");
        html.Append("</form>\n");
        Footer(html, model.CoalitionName);
        var title = (form.HasErrors ? "Fout: " : string.Empty) + "Slagvaardigheidscheck burgerpanel — ronde " + model.RoundName;
        return Shell(title, html.ToString());
    }

    /// <summary>The thank-you page: when the answer arrived and what it says, read-only.</summary>
    public static string Thanks(string roundName, string? coalitionName, CheckInScale scale, CheckInAnswer answer, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(answer);
        var html = new StringBuilder(8_000);
        html.Append("<h1>Bedankt voor je antwoorden</h1>\n");
        html.Append("<p class=\"lead\">Je antwoorden zijn ontvangen op ").Append(E(LongDateTime(answer.AnsweredAt, zone)))
            .Append(". Ze tellen mee als de stem van het burgerpanel in ronde ").Append(E(roundName)).Append(".</p>\n");
        html.Append("<p>Deze link is nu gebruikt: wijzigen kan niet meer. Je kunt dit venster sluiten.</p>\n");
        html.Append("<h2>Wat je hebt ingevuld</h2>\n<dl class=\"answers\">\n");
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            var given = answer.Factors[factor.Key];
            html.Append("<div><dt>").Append(E(Nl.FactorTitle(factor))).Append("</dt><dd>").Append(E(Nl.Score(scale, given.Score))).Append("</dd>");
            if (given.Comment is { } comment)
            {
                html.Append("<dd class=\"comment\">Toelichting: ").Append(E(comment)).Append("</dd>");
            }

            html.Append("</div>\n");
        }

        if (answer.OverallComment is { } overall)
        {
            html.Append("<div><dt>Algemene toelichting</dt><dd class=\"comment\">").Append(E(overall)).Append("</dd></div>\n");
        }

        html.Append("</dl>\n");
        Footer(html, coalitionName);
        return Shell("Bedankt — slagvaardigheidscheck burgerpanel", html.ToString());
    }

    /// <summary>A page that says why the link does not work and whom to ask.</summary>
    public static string Refusal(BurgerpanelRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var html = new StringBuilder(2_000);
        html.Append("<h1>").Append(E(refusal.Title)).Append("</h1>\n");
        foreach (var paragraph in refusal.Paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        return Shell(refusal.Title + " — burgerpanel", html.ToString());
    }

    /// <summary>"tot vrijdag 15 januari 2027, 10:00 uur", or "tot en met donderdag 14 januari 2027" when the round closes at midnight.</summary>
    internal static string Until(Instant closesAt, DateTimeZone zone)
    {
        var local = closesAt.InZone(zone).LocalDateTime;
        return local.TimeOfDay == LocalTime.Midnight
            ? "tot en met " + LongDate(local.Date.PlusDays(-1))
            : "tot " + LongDateTime(closesAt, zone);
    }

    /// <summary>"maandag 11 januari 2027, 09:14 uur".</summary>
    internal static string LongDateTime(Instant at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = at.InZone(zone).LocalDateTime;
        return LongDate(local.Date) + ", " + local.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture) + " uur";
    }

    private static string MaxLength => CheckInAnswer.MaxCommentLength.ToString(CultureInfo.InvariantCulture);

    private static string LongDate(LocalDate date)
    {
        string[] days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
        string[] months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
        return string.Create(CultureInfo.InvariantCulture, $"{days[(int)date.DayOfWeek - 1]} {date.Day} {months[date.Month - 1]} {date.Year}");
    }

    private static void ErrorSummary(StringBuilder html, BurgerpanelForm form)
    {
        html.Append("<div class=\"error-summary\" id=\"fouten\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"fouten-titel\">\n")
            .Append("<h2 id=\"fouten-titel\">Er ontbreekt nog iets</h2>\n")
            .Append("<p>Verbeter het volgende en verstuur opnieuw. Wat je al had ingevuld, staat er nog.</p>\n<ul>\n");
        foreach (var error in form.Errors)
        {
            html.Append("<li><a href=\"#").Append(E(error.Anchor)).Append("\">").Append(E(error.Message)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }

    private static void Factor(StringBuilder html, SlagvaardigheidFactor factor, CheckInScale scale, BurgerpanelForm form)
    {
        var field = factor.FieldName;
        var error = form.ErrorFor(field);
        var errorId = BurgerpanelForm.ErrorId(field);
        html.Append("<fieldset id=\"vraag-").Append(factor.Key).Append('"');
        if (error is not null)
        {
            html.Append(" class=\"invalid\" aria-describedby=\"").Append(errorId).Append('"');
        }

        html.Append(">\n<legend><span class=\"name\">").Append(E(Nl.FactorTitle(factor))).Append("</span> — <span class=\"summary\">")
            .Append(E(Nl.FactorSummary(factor))).Append("</span></legend>\n");
        html.Append("<details><summary>Wat wordt hiermee bedoeld?</summary><p>").Append(E(Nl.FactorDefinition(factor))).Append("</p></details>\n");
        if (error is not null)
        {
            html.Append("<p class=\"error-message\" id=\"").Append(errorId).Append("\"><span class=\"visually-hidden\">Fout: </span>").Append(E(error.Message)).Append("</p>\n");
        }

        html.Append("<div class=\"choices\">\n");
        var chosen = form.Value(field);
        foreach (var label in scale.Labels)
        {
            Radio(html, factor.Key, label.Value.ToString(CultureInfo.InvariantCulture), Nl.ScaleChoice(label), chosen, error is not null);
        }

        if (scale.AllowsDontKnow)
        {
            Radio(html, factor.Key, CheckInScale.DontKnowToken, Nl.DontKnow, chosen, error is not null);
        }

        html.Append("</div>\n<div class=\"comment\">\n");
        Comment(html, CheckInFieldNames.FactorComment(factor.Key), Nl.FactorCommentLabel(factor), "Hooguit " + MaxLength + " tekens.", rows: 2, form);
        html.Append("</div>\n</fieldset>\n");
    }

    private static void Radio(StringBuilder html, char key, string value, string text, string? chosen, bool invalid)
    {
        var id = BurgerpanelForm.RadioId(key, value);
        html.Append("<label class=\"choice\" for=\"").Append(id).Append("\"><input type=\"radio\" id=\"").Append(id)
            .Append("\" name=\"").Append(CheckInFieldNames.Factor(key)).Append("\" value=\"").Append(E(value)).Append("\" required");
        if (value == chosen)
        {
            html.Append(" checked");
        }

        if (invalid)
        {
            html.Append(" aria-invalid=\"true\"");
        }

        html.Append("><span>").Append(E(text)).Append("</span></label>\n");
    }

    private static void Comment(StringBuilder html, string field, string label, string hint, int rows, BurgerpanelForm form)
    {
        var error = form.ErrorFor(field);
        var hintId = field + "-hint";
        var errorId = BurgerpanelForm.ErrorId(field);
        html.Append("<label for=\"").Append(field).Append("\">").Append(E(label)).Append("</label>\n");
        html.Append("<p class=\"hint\" id=\"").Append(hintId).Append("\">").Append(E(hint)).Append("</p>\n");
        if (error is not null)
        {
            html.Append("<p class=\"error-message\" id=\"").Append(errorId).Append("\"><span class=\"visually-hidden\">Fout: </span>").Append(E(error.Message)).Append("</p>\n");
        }

        html.Append("<textarea id=\"").Append(field).Append("\" name=\"").Append(field).Append("\" rows=\"").Append(rows.ToString(CultureInfo.InvariantCulture))
            .Append("\" maxlength=\"").Append(MaxLength).Append("\" aria-describedby=\"").Append(hintId);
        if (error is not null)
        {
            html.Append(' ').Append(errorId).Append("\" aria-invalid=\"true");
        }

        // A newline right after the start tag is dropped by the parser, so one is written before the value.
        html.Append("\">\n").Append(E(form.Value(field) ?? string.Empty)).Append("</textarea>\n");
    }

    private static void Footer(StringBuilder html, string? coalitionName)
    {
        html.Append("<footer><p class=\"small\">Vragen over deze vragenlijst? Neem contact op met de procesregisseur")
            .Append(coalitionName is null ? string.Empty : " van " + E(coalitionName))
            .Append(" — de persoon die je deze link stuurde.</p></footer>\n");
    }

    private static string Shell(string title, string main) =>
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
        + "<title>" + E(title) + "</title>\n"
        + "<style>" + BurgerpanelStyle.Css + "</style>\n"
        + "</head>\n<body>\n<main id=\"inhoud\">\n" + main + "</main>\n</body>\n</html>\n";

    private static string E(string text) => Encoder.Encode(text);
}
