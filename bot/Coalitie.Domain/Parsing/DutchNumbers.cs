using System.Globalization;

namespace Coalitie.Domain.Parsing;

/// <summary>
/// Reads numbers as people type them: decimal comma (<c>4,6</c>), thousands dots (<c>1.234,5</c>), spaces
/// (<c>1 234</c>), a trailing <c>%</c>, a minus sign (also U+2212). Without a comma, a dot followed by exactly three
/// digits in every group is a thousands separator (<c>1.234</c> = 1234); any other single dot is a decimal point
/// (<c>4.6</c>). Writes numbers with a decimal comma (Dutch) or point (English), without needless zeros.
/// </summary>
public static class DutchNumbers
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var t = text.Trim().Replace('\u2212', '-').Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('%');
        if (t.Length == 0)
        {
            return false;
        }

        string normalized;
        if (t.Contains(',', StringComparison.Ordinal))
        {
            if (t.Count(c => c == ',') > 1)
            {
                return false;
            }

            var parts = t.Split(',');
            if (parts[0].Contains('.', StringComparison.Ordinal) && !ThousandsGroups(parts[0]))
            {
                return false;
            }

            normalized = parts[0].Replace(".", string.Empty, StringComparison.Ordinal) + "." + parts[1];
        }
        else if (t.Count(c => c == '.') > 1 || (t.Contains('.', StringComparison.Ordinal) && ThousandsGroups(t)))
        {
            if (!ThousandsGroups(t))
            {
                return false;
            }

            normalized = t.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            normalized = t;
        }

        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>4,6</c> / <c>1.234,5</c> (Dutch) or <c>4.6</c> / <c>1,234.5</c> (English).</summary>
    public static string Format(decimal value, bool english = false) =>
        value.ToString("#,##0.############", english ? English : Dutch);

    /// <summary>How a number is put back into a text field: <c>4,6</c>, no thousands separators.</summary>
    public static string FormatInput(decimal value) => value.ToString("0.############", Dutch);

    private static bool ThousandsGroups(string s)
    {
        var body = s.TrimStart('-', '+');
        var groups = body.Split('.');
        return groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }
}
