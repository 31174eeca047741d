using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Domain.Tests.Contracts;

public class HorizonTests
{
    [Theory]
    [InlineData(2026, 1, 1, 2035, 12, 31)] // exactly 10 years
    [InlineData(2026, 1, 1, 2045, 12, 31)] // exactly 20 years
    [InlineData(2026, 3, 1, 2041, 2, 28)] // 15 years
    [InlineData(2028, 2, 29, 2038, 2, 27)] // 10 years from a leap day: 29 feb + 10 y = 28 feb
    public void A_horizon_of_ten_to_twenty_years_is_accepted(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var contract = ContractSamples.Contract(ContractSamples.Fields(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)) with { SignedOn = null });

        Assert.Equal(new LocalDate(y1, m1, d1), contract.HorizonStart);
        Assert.Equal(new LocalDate(y2, m2, d2), contract.HorizonEnd);
    }

    [Theory]
    [InlineData(2026, 1, 1, 2035, 12, 30)] // one day short of 10 years
    [InlineData(2026, 1, 1, 2046, 1, 1)] // one day over 20 years
    [InlineData(2028, 2, 29, 2038, 2, 26)] // leap-day start, one day short
    [InlineData(2026, 1, 1, 2030, 12, 31)]
    public void A_horizon_outside_ten_to_twenty_years_is_refused(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var fields = ContractSamples.Fields(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2)) with { SignedOn = null };

        var error = Assert.Throws<DomainException>(() => ContractSamples.Contract(fields));

        Assert.Equal(ContractErrors.HorizonOutOfBounds, error.Code);
        Assert.Equal(ContractFieldNames.HorizonEnd, error.Field);
        Assert.Equal<object>([10, 20], error.Arguments);
    }

    [Fact]
    public void The_bounds_are_configurable()
    {
        var rules = ContractRules.Default with { MinimumHorizon = Period.FromYears(20), MaximumHorizon = Period.FromYears(30) };
        var thirty = ContractSamples.Fields(new LocalDate(2026, 1, 1), new LocalDate(2055, 12, 31));
        var fifteen = ContractSamples.Fields(new LocalDate(2026, 1, 1), new LocalDate(2040, 12, 31));

        var contract = LocalContract.Create(Guid.NewGuid(), ContractSamples.CoalitionId, thirty, new LocalDate(2025, 12, 15), null, rules);
        var error = Assert.Throws<DomainException>(() => LocalContract.Create(Guid.NewGuid(), ContractSamples.CoalitionId, fifteen, new LocalDate(2025, 12, 15), null, rules));

        Assert.Equal(Period.FromYears(30), contract.Fields.HorizonLength);
        Assert.Equal<object>([20, 30], error.Arguments);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_on_the_end_field()
    {
        var error = Assert.Throws<DomainException>(() => ContractHorizon.From(new LocalDate(2045, 12, 31), new LocalDate(2026, 1, 1)));

        Assert.Equal(ContractErrors.HorizonEndBeforeStart, error.Code);
        Assert.Equal(ContractFieldNames.HorizonEnd, error.Field);
    }

    [Fact]
    public void The_length_counts_both_ends()
    {
        Assert.Equal(Period.FromYears(20), ContractRules.Length(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2045, 12, 31))));
        Assert.Equal(new PeriodBuilder { Years = 19, Months = 6 }.Build(), ContractRules.Length(new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2045, 12, 31))));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void A_review_cycle_other_than_three_or_four_years_is_refused(int years)
    {
        var error = Assert.Throws<DomainException>(() => ContractSamples.Contract(ContractSamples.Fields(cycle: years)));

        Assert.Equal(ContractErrors.ReviewCycleOutOfBounds, error.Code);
        Assert.Equal(ContractFieldNames.ReviewCycle, error.Field);
        Assert.Equal<object>([3, 4], error.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void A_review_cycle_is_a_positive_number_of_years(int years)
    {
        var error = Assert.Throws<DomainException>(() => ReviewCycle.FromYears(years));

        Assert.Equal(ContractErrors.ReviewCycleInvalid, error.Code);
    }

    [Fact]
    public void Check_reports_every_problem_at_once_with_its_field()
    {
        var fields = ContractSamples.Fields(new LocalDate(2026, 1, 1), new LocalDate(2030, 12, 31), cycle: 6) with
        {
            Title = "  ",
            Area = "",
            SignedOn = new LocalDate(2031, 1, 1),
            DocumentUrl = new Uri("ftp://havenstad.nl/contract.pdf"),
        };

        var problems = fields.Check(ContractRules.Default);

        Assert.Equal(
            [
                (ContractErrors.TitleRequired, ContractFieldNames.Title),
                (ContractErrors.AreaRequired, ContractFieldNames.Area),
                (ContractErrors.HorizonOutOfBounds, ContractFieldNames.HorizonEnd),
                (ContractErrors.ReviewCycleOutOfBounds, ContractFieldNames.ReviewCycle),
                (ContractErrors.SignedAfterEnd, ContractFieldNames.SignedOn),
                (ContractErrors.DocumentUrlInvalid, ContractFieldNames.DocumentUrl),
            ],
            problems.Select(p => (p.Code, p.Field)));
    }

    [Theory]
    [InlineData("https://havenstad.nl/contract.pdf", true)]
    [InlineData("http://intranet.havenstad.nl/c", true)]
    [InlineData("file:///c:/contract.pdf", false)]
    [InlineData("mailto:fatima@havenstad.nl", false)]
    public void The_document_link_is_an_absolute_web_address(string url, bool accepted) =>
        Assert.Equal(accepted, ContractFields.IsWebLink(new Uri(url)));

    [Fact]
    public void Texts_are_trimmed_and_an_empty_optional_text_is_not_set()
    {
        var contract = ContractSamples.Contract(ContractSamples.Fields() with { Title = "  Pact Havenkwartier ", Principles = "   " });

        Assert.Equal("Pact Havenkwartier", contract.Title);
        Assert.Null(contract.Principles);
    }
}
