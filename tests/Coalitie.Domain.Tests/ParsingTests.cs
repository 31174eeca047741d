using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Domain.Tests;

public class DutchDatesTests
{
    [Theory]
    [InlineData("1-3-2027", 2027, 3, 1)]
    [InlineData("01-03-2027", 2027, 3, 1)]
    [InlineData("1/3/2027", 2027, 3, 1)]
    [InlineData("1.3.2027", 2027, 3, 1)]
    [InlineData("1-3-27", 2027, 3, 1)]
    [InlineData("1 maart 2027", 2027, 3, 1)]
    [InlineData("1 MAART 2027", 2027, 3, 1)]
    [InlineData("3 mrt 2027", 2027, 3, 3)]
    [InlineData("di 3 mrt 2027", 2027, 3, 3)]
    [InlineData("2027-03-01", 2027, 3, 1)]
    [InlineData("1 March 2027", 2027, 3, 1)]
    [InlineData("March 1, 2027", 2027, 3, 1)]
    [InlineData("31 dec. 2026", 2026, 12, 31)]
    [InlineData("29-2-2028", 2028, 2, 29)]
    public void Dutch_and_English_notations_are_read(string text, int y, int m, int d)
    {
        Assert.True(DutchDates.TryParse(text, out var date));
        Assert.Equal(new LocalDate(y, m, d), date);
    }

    [Theory]
    [InlineData("31-2-2027")]
    [InlineData("29-2-2027")]
    [InlineData("13-13-2027")]
    [InlineData("morgen")]
    [InlineData("")]
    [InlineData("1 maartje 2027")]
    [InlineData("2027")]
    public void Impossible_or_unreadable_dates_are_refused(string text) => Assert.False(DutchDates.TryParse(text, out _));

    [Fact]
    public void Dates_are_written_as_the_product_speaks()
    {
        Assert.Equal("wo 3 mrt 2027", DutchDates.Format(new LocalDate(2027, 3, 3)));
        Assert.Equal("Wed 3 Mar 2027", DutchDates.Format(new LocalDate(2027, 3, 3), english: true));
        Assert.Equal("3-3-2027", DutchDates.FormatInput(new LocalDate(2027, 3, 3)));
        Assert.True(DutchDates.TryParse(DutchDates.Format(new LocalDate(2027, 3, 3)), out var back));
        Assert.Equal(new LocalDate(2027, 3, 3), back);
    }
}

public class DutchNumbersTests
{
    [Theory]
    [InlineData("42", 42)]
    [InlineData("4,6", 4.6)]
    [InlineData("4.6", 4.6)]
    [InlineData("1.234", 1234)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("-3", -3)]
    [InlineData("\u22123,5", -3.5)]
    [InlineData("4,6 %", 4.6)]
    [InlineData("0,05", 0.05)]
    public void Dutch_notations_are_read(string text, double expected)
    {
        Assert.True(DutchNumbers.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("4,6,7")]
    [InlineData("1.23.4")]
    [InlineData("veel")]
    [InlineData("")]
    [InlineData("12.34,5")]
    public void Unreadable_numbers_are_refused(string text) => Assert.False(DutchNumbers.TryParse(text, out _));

    [Fact]
    public void Numbers_are_written_with_a_decimal_comma()
    {
        Assert.Equal("4,6", DutchNumbers.Format(4.6m));
        Assert.Equal("1.234,5", DutchNumbers.Format(1234.5m));
        Assert.Equal("1,234.5", DutchNumbers.Format(1234.5m, english: true));
        Assert.Equal("1234,5", DutchNumbers.FormatInput(1234.5m));
        Assert.Equal("42", DutchNumbers.Format(42.000m));
    }
}
