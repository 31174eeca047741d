using Coalitie.Domain.Common;
using Coalitie.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Domain.Tests.Scheduling;

public class DutchHolidaysTests
{
    public static TheoryData<int, string[]> HolidaysPerYear => new()
    {
        {
            2025,
            ["2025-01-01 Nieuwjaarsdag", "2025-04-20 EerstePaasdag", "2025-04-21 TweedePaasdag", "2025-04-26 Koningsdag", "2025-05-05 Bevrijdingsdag",
             "2025-05-29 Hemelvaartsdag", "2025-06-08 EerstePinksterdag", "2025-06-09 TweedePinksterdag", "2025-12-25 EersteKerstdag", "2025-12-26 TweedeKerstdag"]
        },
        {
            2026,
            ["2026-01-01 Nieuwjaarsdag", "2026-04-05 EerstePaasdag", "2026-04-06 TweedePaasdag", "2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag",
             "2026-05-14 Hemelvaartsdag", "2026-05-24 EerstePinksterdag", "2026-05-25 TweedePinksterdag", "2026-12-25 EersteKerstdag", "2026-12-26 TweedeKerstdag"]
        },
        {
            2027,
            ["2027-01-01 Nieuwjaarsdag", "2027-03-28 EerstePaasdag", "2027-03-29 TweedePaasdag", "2027-04-27 Koningsdag", "2027-05-05 Bevrijdingsdag",
             "2027-05-06 Hemelvaartsdag", "2027-05-16 EerstePinksterdag", "2027-05-17 TweedePinksterdag", "2027-12-25 EersteKerstdag", "2027-12-26 TweedeKerstdag"]
        },
        {
            2028,
            ["2028-01-01 Nieuwjaarsdag", "2028-04-16 EerstePaasdag", "2028-04-17 TweedePaasdag", "2028-04-27 Koningsdag", "2028-05-05 Bevrijdingsdag",
             "2028-05-25 Hemelvaartsdag", "2028-06-04 EerstePinksterdag", "2028-06-05 TweedePinksterdag", "2028-12-25 EersteKerstdag", "2028-12-26 TweedeKerstdag"]
        },
        {
            2029,
            ["2029-01-01 Nieuwjaarsdag", "2029-04-01 EerstePaasdag", "2029-04-02 TweedePaasdag", "2029-04-27 Koningsdag", "2029-05-05 Bevrijdingsdag",
             "2029-05-10 Hemelvaartsdag", "2029-05-20 EerstePinksterdag", "2029-05-21 TweedePinksterdag", "2029-12-25 EersteKerstdag", "2029-12-26 TweedeKerstdag"]
        },
        {
            2030,
            ["2030-01-01 Nieuwjaarsdag", "2030-04-21 EerstePaasdag", "2030-04-22 TweedePaasdag", "2030-04-27 Koningsdag", "2030-05-05 Bevrijdingsdag",
             "2030-05-30 Hemelvaartsdag", "2030-06-09 EerstePinksterdag", "2030-06-10 TweedePinksterdag", "2030-12-25 EersteKerstdag", "2030-12-26 TweedeKerstdag"]
        },
        {
            2031,
            ["2031-01-01 Nieuwjaarsdag", "2031-04-13 EerstePaasdag", "2031-04-14 TweedePaasdag", "2031-04-26 Koningsdag", "2031-05-05 Bevrijdingsdag",
             "2031-05-22 Hemelvaartsdag", "2031-06-01 EerstePinksterdag", "2031-06-02 TweedePinksterdag", "2031-12-25 EersteKerstdag", "2031-12-26 TweedeKerstdag"]
        },
    };

    [Theory]
    [MemberData(nameof(HolidaysPerYear))]
    public void The_default_holidays_of_a_year_are_computed(int year, string[] expected)
    {
        var holidays = DutchHolidays.Default.ForYear(year);

        Assert.Equal(expected, holidays.Select(holiday => $"{LocalDatePattern.Iso.Format(holiday.Date)} {holiday.Kind}"));
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2030, 4, 21)]
    [InlineData(2000, 4, 23)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_follows_the_Gregorian_computus(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), DutchHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2031)]
    public void Koningsdag_moves_to_Saturday_26_April_when_27_April_is_a_Sunday(int year)
    {
        Assert.Equal(IsoDayOfWeek.Sunday, new LocalDate(year, 4, 27).DayOfWeek);

        var kingsDay = Assert.Single(DutchHolidays.Default.ForYear(year), holiday => holiday.Kind == HolidayKind.Koningsdag);

        Assert.Equal(new LocalDate(year, 4, 26), kingsDay.Date);
        Assert.Equal(IsoDayOfWeek.Saturday, kingsDay.Date.DayOfWeek);
        Assert.False(DutchHolidays.Default.IsHoliday(new LocalDate(year, 4, 27)));
    }

    [Fact]
    public void Koningsdag_on_a_weekday_stays_on_27_April()
    {
        Assert.True(DutchHolidays.Default.IsHoliday(new LocalDate(2026, 4, 27)));
        Assert.False(DutchHolidays.Default.IsHoliday(new LocalDate(2026, 4, 26)));
    }

    [Fact]
    public void Holidays_carry_Dutch_and_English_names()
    {
        var holidays = DutchHolidays.Default.ForYear(2026);

        var kingsDay = Assert.Single(holidays, holiday => holiday.Date == new LocalDate(2026, 4, 27));
        Assert.Equal(("Koningsdag", "King's Day"), (kingsDay.DutchName, kingsDay.EnglishName));
        var whitMonday = Assert.Single(holidays, holiday => holiday.Date == new LocalDate(2026, 5, 25));
        Assert.Equal(("Tweede Pinksterdag", "Whit Monday"), (whitMonday.DutchName, whitMonday.EnglishName));
        Assert.All(Enum.GetValues<HolidayKind>(), kind => Assert.False(string.IsNullOrWhiteSpace(DutchHolidays.NameOf(kind).English)));
    }

    [Fact]
    public void Goede_Vrijdag_is_only_a_holiday_when_chosen()
    {
        var goodFriday = new LocalDate(2026, 4, 3);

        Assert.False(DutchHolidays.Default.IsHoliday(goodFriday));
        var withGoodFriday = new DutchHolidays(includeGoedeVrijdag: true);
        Assert.True(withGoodFriday.IsHoliday(goodFriday));
        Assert.Equal("Goede Vrijdag", Assert.Single(withGoodFriday.On(goodFriday)).DutchName);
        Assert.Equal(11, withGoodFriday.ForYear(2026).Count);
    }

    [Theory]
    [InlineData(2025, true)]
    [InlineData(2026, false)]
    [InlineData(2029, false)]
    [InlineData(2030, true)]
    public void Bevrijdingsdag_every_fifth_year_counts_only_in_lustrum_years(int year, bool expected)
    {
        var lustrum = new DutchHolidays(bevrijdingsdag: BevrijdingsdagRule.EveryFifthYear);

        Assert.Equal(expected, lustrum.IsHoliday(new LocalDate(year, 5, 5)));
        Assert.True(DutchHolidays.Default.IsHoliday(new LocalDate(year, 5, 5)));
    }

    [Fact]
    public void Two_holidays_on_one_date_are_both_listed()
    {
        var onFifthOfMay = DutchHolidays.Default.On(new LocalDate(2016, 5, 5));

        Assert.Equal([HolidayKind.Bevrijdingsdag, HolidayKind.Hemelvaartsdag], onFifthOfMay.Select(holiday => holiday.Kind));
    }

    [Theory]
    [InlineData(2026, 4, 6, true, true, false)]   // Tweede Paasdag, a Monday
    [InlineData(2026, 4, 6, true, false, true)]
    [InlineData(2026, 4, 4, true, true, false)]   // a Saturday
    [InlineData(2026, 4, 4, false, true, true)]
    [InlineData(2026, 4, 5, false, true, false)]  // Eerste Paasdag, a Sunday
    [InlineData(2026, 4, 7, true, true, true)]    // an ordinary Tuesday
    [InlineData(2026, 12, 25, false, false, true)]
    public void A_working_day_depends_on_what_is_skipped(int year, int month, int day, bool skipWeekends, bool skipHolidays, bool expected)
    {
        Assert.Equal(expected, DutchHolidays.Default.IsWorkingDay(new LocalDate(year, month, day), skipWeekends, skipHolidays));
    }

    [Fact]
    public void Years_before_Koningsdag_existed_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.Default.ForYear(2013));
        Assert.Throws<ArgumentOutOfRangeException>(() => DutchHolidays.Default.IsHoliday(new LocalDate(2013, 4, 30)));
    }

    [Fact]
    public void An_unknown_Bevrijdingsdag_rule_is_a_domain_error()
    {
        var error = Assert.Throws<DomainException>(() => new DutchHolidays(bevrijdingsdag: (BevrijdingsdagRule)7));

        Assert.Equal(SchedulingErrors.OptionInvalid, error.Code);
    }
}
