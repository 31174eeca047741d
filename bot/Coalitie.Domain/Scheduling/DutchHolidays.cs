using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Scheduling;

/// <summary>The Dutch public holidays, in the order they fall in a year.</summary>
public enum HolidayKind
{
    /// <summary>1 January.</summary>
    Nieuwjaarsdag,

    /// <summary>The Friday before Easter; only listed when <see cref="DutchHolidays.IncludeGoedeVrijdag"/> is on.</summary>
    GoedeVrijdag,

    /// <summary>Easter Sunday (Gregorian computus).</summary>
    EerstePaasdag,

    /// <summary>Easter Monday.</summary>
    TweedePaasdag,

    /// <summary>27 April, or Saturday 26 April when 27 April is a Sunday.</summary>
    Koningsdag,

    /// <summary>5 May, every year or every fifth year (<see cref="BevrijdingsdagRule"/>).</summary>
    Bevrijdingsdag,

    /// <summary>Ascension Day: Easter + 39 days (a Thursday).</summary>
    Hemelvaartsdag,

    /// <summary>Whit Sunday: Easter + 49 days.</summary>
    EerstePinksterdag,

    /// <summary>Whit Monday: Easter + 50 days.</summary>
    TweedePinksterdag,

    /// <summary>25 December.</summary>
    EersteKerstdag,

    /// <summary>26 December.</summary>
    TweedeKerstdag,
}

/// <summary>Which years Bevrijdingsdag (5 May) counts as a day off.</summary>
public enum BevrijdingsdagRule
{
    /// <summary>Every year: it is a national holiday every year. The default.</summary>
    EveryYear,

    /// <summary>
    /// Only in lustrum years (years divisible by five: 2025, 2030, …), as many collective agreements (cao's) grant it.
    /// </summary>
    EveryFifthYear,
}

/// <summary>One public holiday: its date, kind and name in Dutch and English.</summary>
public sealed record PublicHoliday(LocalDate Date, HolidayKind Kind, string DutchName, string EnglishName);

/// <summary>
/// The Dutch public holidays of a year, computed (no table): Nieuwjaarsdag, optionally Goede Vrijdag, Eerste en
/// Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
/// </summary>
/// <remarks>
/// <para>
/// Choices: Goede Vrijdag is off by default (it is not a general day off; some employers give it).
/// Bevrijdingsdag counts every year by default (<see cref="BevrijdingsdagRule.EveryYear"/>); coalitions whose
/// partners follow a cao that only grants it every fifth year choose <see cref="BevrijdingsdagRule.EveryFifthYear"/>.
/// </para>
/// <para>
/// Koningsdag is 27 April; when 27 April is a Sunday it is Saturday 26 April (as in 2025 and 2031). These are
/// today's rules; Koningsdag exists since 2014, so years before <see cref="FirstYear"/> are refused rather than
/// answered wrongly. Holidays that fall in a weekend are still listed (they are holidays, just not extra days off);
/// two holidays on one date (Hemelvaartsdag on 5 May, as in 2016) are both listed.
/// </para>
/// </remarks>
public sealed record DutchHolidays
{
    /// <summary>The first year these rules describe (Koningsdag replaced Koninginnedag in 2014).</summary>
    public const int FirstYear = 2014;

    /// <summary>The last year a <see cref="LocalDate"/> can hold.</summary>
    public const int LastYear = 9999;

    public DutchHolidays(bool includeGoedeVrijdag = false, BevrijdingsdagRule bevrijdingsdag = BevrijdingsdagRule.EveryYear)
    {
        if (!Enum.IsDefined(bevrijdingsdag))
        {
            throw new DomainException(SchedulingErrors.OptionInvalid, $"Unknown Bevrijdingsdag rule {bevrijdingsdag}.", SchedulingFieldNames.SkipPolicy, bevrijdingsdag);
        }

        IncludeGoedeVrijdag = includeGoedeVrijdag;
        Bevrijdingsdag = bevrijdingsdag;
    }

    /// <summary>Without Goede Vrijdag, with Bevrijdingsdag every year.</summary>
    public static DutchHolidays Default { get; } = new();

    /// <summary>Whether Goede Vrijdag counts as a holiday.</summary>
    public bool IncludeGoedeVrijdag { get; }

    /// <summary>Which years Bevrijdingsdag counts.</summary>
    public BevrijdingsdagRule Bevrijdingsdag { get; }

    /// <summary>
    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and Butcher). Valid for
    /// 1583 to 9999; the result lies between 22 March and 25 April.
    /// </summary>
    public static LocalDate EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        var a = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var d = century / 4;
        var e = century % 4;
        var f = (century + 8) / 25;
        var g = (century - f + 1) / 3;
        var h = ((19 * a) + century - d - g + 15) % 30;
        var i = yearOfCentury / 4;
        var k = yearOfCentury % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>The holidays of <paramref name="year"/> under these options, ordered by date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year before <see cref="FirstYear"/> or after <see cref="LastYear"/>.</exception>
    public IReadOnlyList<PublicHoliday> ForYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);

        var easter = EasterSunday(year);
        var kingsDay = new LocalDate(year, 4, 27);
        if (kingsDay.DayOfWeek == IsoDayOfWeek.Sunday)
        {
            kingsDay = kingsDay.PlusDays(-1);
        }

        var holidays = new List<PublicHoliday>(11)
        {
            Holiday(new LocalDate(year, 1, 1), HolidayKind.Nieuwjaarsdag),
        };
        if (IncludeGoedeVrijdag)
        {
            holidays.Add(Holiday(easter.PlusDays(-2), HolidayKind.GoedeVrijdag));
        }

        holidays.Add(Holiday(easter, HolidayKind.EerstePaasdag));
        holidays.Add(Holiday(easter.PlusDays(1), HolidayKind.TweedePaasdag));
        holidays.Add(Holiday(kingsDay, HolidayKind.Koningsdag));
        if (Bevrijdingsdag == BevrijdingsdagRule.EveryYear || year % 5 == 0)
        {
            holidays.Add(Holiday(new LocalDate(year, 5, 5), HolidayKind.Bevrijdingsdag));
        }

        holidays.Add(Holiday(easter.PlusDays(39), HolidayKind.Hemelvaartsdag));
        holidays.Add(Holiday(easter.PlusDays(49), HolidayKind.EerstePinksterdag));
        holidays.Add(Holiday(easter.PlusDays(50), HolidayKind.TweedePinksterdag));
        holidays.Add(Holiday(new LocalDate(year, 12, 25), HolidayKind.EersteKerstdag));
        holidays.Add(Holiday(new LocalDate(year, 12, 26), HolidayKind.TweedeKerstdag));
        return [.. holidays.OrderBy(holiday => holiday.Date).ThenBy(holiday => holiday.Kind)];
    }

    /// <summary>The holidays on <paramref name="date"/> (usually none or one; two when Hemelvaartsdag is 5 May).</summary>
    public IReadOnlyList<PublicHoliday> On(LocalDate date) =>
        [.. ForYear(date.Year).Where(holiday => holiday.Date == date)];

    /// <summary>Whether <paramref name="date"/> is a holiday under these options.</summary>
    public bool IsHoliday(LocalDate date) => ForYear(date.Year).Any(holiday => holiday.Date == date);

    /// <summary>
    /// Whether <paramref name="date"/> is a working day: not a Saturday or Sunday when <paramref name="skipWeekends"/>,
    /// and not a holiday when <paramref name="skipHolidays"/>. With both off every day is a working day.
    /// </summary>
    public bool IsWorkingDay(LocalDate date, bool skipWeekends, bool skipHolidays) =>
        !(skipWeekends && (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        && !(skipHolidays && IsHoliday(date));

    /// <summary>The Dutch and English name of a holiday kind.</summary>
    public static (string Dutch, string English) NameOf(HolidayKind kind) => kind switch
    {
        HolidayKind.Nieuwjaarsdag => ("Nieuwjaarsdag", "New Year's Day"),
        HolidayKind.GoedeVrijdag => ("Goede Vrijdag", "Good Friday"),
        HolidayKind.EerstePaasdag => ("Eerste Paasdag", "Easter Sunday"),
        HolidayKind.TweedePaasdag => ("Tweede Paasdag", "Easter Monday"),
        HolidayKind.Koningsdag => ("Koningsdag", "King's Day"),
        HolidayKind.Bevrijdingsdag => ("Bevrijdingsdag", "Liberation Day"),
        HolidayKind.Hemelvaartsdag => ("Hemelvaartsdag", "Ascension Day"),
        HolidayKind.EerstePinksterdag => ("Eerste Pinksterdag", "Whit Sunday"),
        HolidayKind.TweedePinksterdag => ("Tweede Pinksterdag", "Whit Monday"),
        HolidayKind.EersteKerstdag => ("Eerste Kerstdag", "Christmas Day"),
        HolidayKind.TweedeKerstdag => ("Tweede Kerstdag", "Boxing Day"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown holiday kind."),
    };

    private static PublicHoliday Holiday(LocalDate date, HolidayKind kind)
    {
        var (dutch, english) = NameOf(kind);
        return new PublicHoliday(date, kind, dutch, english);
    }
}
