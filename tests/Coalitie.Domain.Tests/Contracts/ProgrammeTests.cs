using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Domain.Tests.Contracts;

public class ProgrammeTests
{
    [Fact]
    public void A_four_year_programme_within_the_horizon_is_added_without_warnings()
    {
        var contract = ContractSamples.Contract();
        var id = Guid.NewGuid();

        var outcome = contract.AddProgramme(id, " Uitvoeringsprogramma 2026-2029 ", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), ContractRules.Default);

        Assert.Empty(outcome.Warnings);
        var programme = Assert.Single(contract.Programmes);
        Assert.Equal(id, programme.Id);
        Assert.Equal("Uitvoeringsprogramma 2026-2029", programme.Name);
        Assert.Equal(Period.FromYears(4), programme.Length);
    }

    [Theory]
    [InlineData(2026, 12, 31)] // one year
    [InlineData(2031, 12, 31)] // six years
    public void An_unusual_length_is_accepted_with_a_warning(int y, int m, int d)
    {
        var contract = ContractSamples.Contract();

        var outcome = contract.AddProgramme(Guid.NewGuid(), "Startjaar", new LocalDate(2026, 1, 1), new LocalDate(y, m, d), ContractRules.Default);

        var warning = Assert.Single(outcome.Warnings);
        Assert.Equal(ContractErrors.ProgrammeUnusualLength, warning.Code);
        Assert.Equal<object>([3, 4], warning.Arguments);
        Assert.Single(contract.Programmes);
    }

    [Fact]
    public void A_programme_ending_before_it_starts_is_refused()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.AddProgramme(Guid.NewGuid(), "Achterstevoren", new LocalDate(2029, 1, 1), new LocalDate(2026, 1, 1), ContractRules.Default));

        Assert.Equal(ContractErrors.ProgrammeEndBeforeStart, error.Code);
        Assert.Equal(ContractFieldNames.ProgrammeEnd, error.Field);
        Assert.Empty(contract.Programmes);
    }

    [Theory]
    [InlineData(2025, 1, 1, 2028, 12, 31, ContractFieldNames.ProgrammeStart)]
    [InlineData(2043, 1, 1, 2046, 12, 31, ContractFieldNames.ProgrammeEnd)]
    public void A_programme_outside_the_horizon_is_refused(int y1, int m1, int d1, int y2, int m2, int d2, string field)
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.AddProgramme(Guid.NewGuid(), "Buiten de horizon", new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), ContractRules.Default));

        Assert.Equal(ContractErrors.ProgrammeOutsideHorizon, error.Code);
        Assert.Equal(field, error.Field);
        Assert.Equal<object>([new LocalDate(2026, 1, 1), new LocalDate(2045, 12, 31)], error.Arguments);
    }

    [Fact]
    public void Programme_names_are_unique_regardless_of_case()
    {
        var contract = ContractSamples.Contract();
        contract.AddProgramme(Guid.NewGuid(), "Vierjarenplan I", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), ContractRules.Default);

        var error = Assert.Throws<DomainException>(() =>
            contract.AddProgramme(Guid.NewGuid(), "VIERJARENPLAN i", new LocalDate(2030, 1, 1), new LocalDate(2033, 12, 31), ContractRules.Default));

        Assert.Equal(ContractErrors.ProgrammeNameTaken, error.Code);
    }

    [Fact]
    public void A_programme_changes_under_the_same_rules()
    {
        var contract = ContractSamples.Contract();
        var id = Guid.NewGuid();
        contract.AddProgramme(id, "Vierjarenplan I", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), ContractRules.Default);

        var outcome = contract.ChangeProgramme(id, "Vierjarenplan I", new LocalDate(2026, 1, 1), new LocalDate(2030, 6, 30), ContractRules.Default);
        var outside = Assert.Throws<DomainException>(() => contract.ChangeProgramme(id, "Vierjarenplan I", new LocalDate(2026, 1, 1), new LocalDate(2046, 6, 30), ContractRules.Default));
        var same = Assert.Throws<DomainException>(() => contract.ChangeProgramme(id, "Vierjarenplan I", new LocalDate(2026, 1, 1), new LocalDate(2030, 6, 30), ContractRules.Default));
        var unknown = Assert.Throws<DomainException>(() => contract.ChangeProgramme(Guid.NewGuid(), "X", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), ContractRules.Default));

        Assert.Equal(ContractErrors.ProgrammeUnusualLength, Assert.Single(outcome.Warnings).Code);
        Assert.Equal(new LocalDate(2030, 6, 30), Assert.Single(contract.Programmes).End);
        Assert.Equal(ContractErrors.ProgrammeOutsideHorizon, outside.Code);
        Assert.Equal(ContractErrors.NoChanges, same.Code);
        Assert.Equal(ContractErrors.ProgrammeUnknown, unknown.Code);
    }

    [Fact]
    public void Programmes_are_listed_by_start_date()
    {
        var contract = ContractSamples.Contract();
        contract.AddProgramme(Guid.NewGuid(), "Tweede", new LocalDate(2030, 1, 1), new LocalDate(2033, 12, 31), ContractRules.Default);
        contract.AddProgramme(Guid.NewGuid(), "Eerste", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), ContractRules.Default);

        Assert.Equal(["Eerste", "Tweede"], contract.Programmes.Select(p => p.Name));
    }
}
