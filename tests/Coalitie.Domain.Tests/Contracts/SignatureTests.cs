using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Domain.Tests.Contracts;

public class SignatureTests
{
    private static readonly LocalDate Today = new(2026, 3, 3);

    [Fact]
    public void A_partner_signs_once_with_name_function_and_date()
    {
        var contract = ContractSamples.Contract();

        var signatory = contract.Sign(ContractSamples.Gemeente, " Ingrid Jansen ", "wethouder", new LocalDate(2026, 1, 20), Today);
        var again = Assert.Throws<DomainException>(() => contract.Sign(ContractSamples.Gemeente, "Iemand anders", "burgemeester", Today, Today));

        Assert.Equal("Ingrid Jansen", signatory.PersonName);
        Assert.Equal("wethouder", signatory.Function);
        Assert.Equal(ContractErrors.AlreadySigned, again.Code);
        Assert.Equal<object>([new LocalDate(2026, 1, 20)], again.Arguments);
        Assert.Single(contract.Signatories);
    }

    [Fact]
    public void A_signature_before_the_horizon_starts_is_fine()
    {
        var contract = ContractSamples.Contract();

        contract.Sign(ContractSamples.Woonpartners, "Sander de Vries", "directeur-bestuurder", new LocalDate(2025, 11, 30), Today);

        Assert.Equal(new LocalDate(2025, 11, 30), Assert.Single(contract.Signatories).SignedOn);
    }

    [Fact]
    public void A_signature_after_the_horizon_ends_is_refused()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Sign(ContractSamples.Woonpartners, "Sander de Vries", "directeur", new LocalDate(2046, 1, 1), new LocalDate(2046, 2, 1)));

        Assert.Equal(ContractErrors.SignatureAfterEnd, error.Code);
        Assert.Equal(ContractFieldNames.SignatureDate, error.Field);
        Assert.Empty(contract.Signatories);
    }

    [Fact]
    public void A_signature_dated_in_the_future_is_refused()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Sign(ContractSamples.Woonpartners, "Sander de Vries", "directeur", Today.PlusDays(1), Today));

        Assert.Equal(ContractErrors.SignatureInFuture, error.Code);
    }

    [Theory]
    [InlineData("", "wethouder", ContractErrors.SignatoryNameRequired, ContractFieldNames.PersonName)]
    [InlineData("Ingrid Jansen", " ", ContractErrors.SignatoryFunctionRequired, ContractFieldNames.Function)]
    public void Name_and_function_are_required(string name, string function, string code, string field)
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() => contract.Sign(ContractSamples.Gemeente, name, function, Today, Today));

        Assert.Equal(code, error.Code);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Erasing_a_signatory_keeps_the_signature()
    {
        var contract = ContractSamples.Contract();
        contract.Sign(ContractSamples.Gemeente, "Ingrid Jansen", "wethouder", new LocalDate(2026, 1, 20), Today);

        Assert.True(contract.PseudonymiseSignatory(ContractSamples.Gemeente, "Verwijderde persoon"));
        Assert.False(contract.PseudonymiseSignatory(ContractSamples.Woonpartners, "Verwijderde persoon"));

        var signature = Assert.Single(contract.Signatories);
        Assert.Equal("Verwijderde persoon", signature.PersonName);
        Assert.Equal("wethouder", signature.Function);
        Assert.Equal(new LocalDate(2026, 1, 20), signature.SignedOn);
    }
}
