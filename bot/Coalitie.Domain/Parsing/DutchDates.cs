using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Domain.Parsing;

/// <summary>
/// Reads dates as people type them in Dutch (and English): <c>1-3-2027</c>, <c>01/03/2027</c>, <c>1.3.2027</c>,
/// <c>1 maart 2027</c>, <c>1 mrt 2027</c>, <c>di 3 mrt 2027</c>, <c>2027-03-01</c> (ISO, as date inputs send it),
/// <c>1 March 2027</c>, <c>March 1, 2027</c>. Day-month order is always Dutch (day first); a two-digit year means
/// 20xx. Writes them the way the product speaks: <c>di 3 mrt 2027</c> / <c>Tue 3 Mar 2027</c>.
/// </summary>
public static partial class DutchDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["jan"] = 1, ["january"] = 1,
        ["februari"] = 2, ["feb"] = 2, ["febr"] = 2, ["february"] = 2,
        ["maart"] = 3, ["mrt"] = 3, ["mar"] = 3, ["march"] = 3, ["maa"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["jun"] = 6, ["june"] = 6,
        ["juli"] = 7, ["jul"] = 7, ["july"] = 7,
        ["augustus"] = 8, ["aug"] = 8, ["august"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Parses <paramref name="text"/>; false when it is not a real date (e.g. 31-2-2027).</summary>
    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var t = text.Trim().TrimEnd('.');
        var iso = LocalDatePattern.Iso.Parse(t);
        if (iso.Success)
        {
            date = iso.Value;
            return true;
        }

        var numeric = NumericDate().Match(t);
        if (numeric.Success)
        {
            return TryCreate(Year(numeric.Groups["y"].Value), Int(numeric.Groups["m"].Value), Int(numeric.Groups["d"].Value), out date);
        }

        var named = NamedMonthDayFirst().Match(t);
        if (named.Success && Months.TryGetValue(named.Groups["m"].Value.TrimEnd('.'), out var month))
        {
            return TryCreate(Year(named.Groups["y"].Value), month, Int(named.Groups["d"].Value), out date);
        }

        var english = NamedMonthFirst().Match(t);
        if (english.Success && Months.TryGetValue(english.Groups["m"].Value.TrimEnd('.'), out var month2))
        {
            return TryCreate(Year(english.Groups["y"].Value), month2, Int(english.Groups["d"].Value), out date);
        }

        return false;
    }

    /// <summary><c>di 3 mrt 2027</c> (Dutch) or <c>Tue 3 Mar 2027</c> (English).</summary>
    public static string Format(LocalDate date, bool english = false)
    {
        var culture = english ? English : Dutch;
        var day = culture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)((int)date.DayOfWeek % 7)).TrimEnd('.');
        var month = culture.DateTimeFormat.GetAbbreviatedMonthName(date.Month).TrimEnd('.');
        return string.Create(CultureInfo.InvariantCulture, $"{day} {date.Day} {month} {date.Year}");
    }

    /// <summary><c>3-3-2027</c>: how a date is put back into a text field (round-trips through <see cref="TryParse"/>).</summary>
    public static string FormatInput(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}-{date.Month}-{date.Year}");

    private static bool TryCreate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(string s) => s.Length == 2 ? 2000 + Int(s) : Int(s);

    [GeneratedRegex(@"^(?:[a-z]{2,3}\.?\s+)?(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{4}|\d{2})$", RegexOptions.IgnoreCase, 100)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:[a-z]{2,9}\.?,?\s+)?(?<d>\d{1,2})\s+(?<m>[a-z]{3,9}\.?)\s+(?<y>\d{4})$", RegexOptions.IgnoreCase, 100)]
    private static partial Regex NamedMonthDayFirst();

    [GeneratedRegex(@"^(?<m>[a-z]{3,9}\.?)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase, 100)]
    private static partial Regex NamedMonthFirst();
}
