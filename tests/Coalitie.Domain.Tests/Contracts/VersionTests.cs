using Coalitie.Domain.Common;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Domain.Tests.Contracts;

public class VersionTests
{
    private static readonly LocalDate Review2030 = new(2030, 1, 15);

    [Fact]
    public void Creating_makes_version_one_vastgesteld_listing_every_field_that_is_set()
    {
        var contract = ContractSamples.Contract();

        var v1 = Assert.Single(contract.Versions);
        Assert.Equal(1, v1.Number);
        Assert.Equal(ContractVersionKind.Vastgesteld, v1.Kind);
        Assert.Equal(new LocalDate(2025, 12, 15), v1.Date);
        Assert.Equal("Getekend in de raadszaal", v1.Reason);
        Assert.Equal(Enum.GetValues<ContractField>(), v1.Changes.Select(c => c.Field));
        Assert.All(v1.Changes, c => Assert.Null(c.OldValue));
        Assert.Equal(contract.Fields, v1.Snapshot);
        Assert.Same(v1, contract.CurrentVersion);
    }

    [Fact]
    public void An_edit_makes_the_next_version_with_the_computed_diff()
    {
        var contract = ContractSamples.Contract();
        var fields = contract.Fields with
        {
            Kind = ContractKind.Convenant,
            ReviewCycle = ReviewCycle.FromYears(3),
            Horizon = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2040, 12, 31)),
        };

        var v2 = contract.Edit(fields, ContractVersionKind.Bijgesteld, "Evaluatie 2030: kortere cyclus", Review2030, ContractRules.Default);

        Assert.Equal(2, v2.Number);
        Assert.Equal(ContractVersionKind.Bijgesteld, v2.Kind);
        Assert.Equal("Evaluatie 2030: kortere cyclus", v2.Reason);
        Assert.Equal(Review2030, v2.Date);
        Assert.Equal(
            [
                new FieldChange(ContractField.Kind, "Contract", "Convenant"),
                new FieldChange(ContractField.Horizon, "2026-01-01/2045-12-31", "2026-01-01/2040-12-31"),
                new FieldChange(ContractField.ReviewCycle, "4", "3"),
            ],
            v2.Changes);
        Assert.Equal(ContractKind.Convenant, contract.Kind);
        Assert.Equal(new LocalDate(2040, 12, 31), contract.HorizonEnd);
        Assert.Equal(3, contract.ReviewCycle.Years);
        Assert.Equal(2, contract.CurrentVersion.Number);
    }

    [Fact]
    public void Earlier_versions_stay_readable_after_later_edits()
    {
        var contract = ContractSamples.Contract();
        var original = contract.Fields;
        contract.Edit(original with { Title = "Pact Havenkwartier" }, ContractVersionKind.Herzien, "Nieuwe naam", Review2030, ContractRules.Default);
        contract.Edit(contract.Fields with { DocumentUrl = null, Principles = "Eerst de bewoners." }, ContractVersionKind.Aangescherpt, "Scherpere doelen", new LocalDate(2034, 1, 10), ContractRules.Default);

        var v1 = contract.VersionAt(1);
        var v2 = contract.VersionAt(2);
        var v3 = contract.VersionAt(3);

        Assert.Equal(original, v1.Snapshot);
        Assert.Equal("Lokaal contract Havenkwartier", v1.Snapshot.Title);
        Assert.Equal("Pact Havenkwartier", v2.Snapshot.Title);
        Assert.Equal(original.DocumentUrl, v2.Snapshot.DocumentUrl);
        Assert.Null(v3.Snapshot.DocumentUrl);
        Assert.Equal(
            [
                new FieldChange(ContractField.Principles, "School, werk en wonen op het niveau van vergelijkbare wijken.", "Eerst de bewoners."),
                new FieldChange(ContractField.DocumentUrl, "https://havenstad.nl/wijkaanpak/contract.pdf", null),
            ],
            v3.Changes);
        Assert.Equal([1, 2, 3], contract.Versions.Select(v => v.Number));
    }

    [Fact]
    public void An_edit_that_changes_nothing_is_refused_and_makes_no_version()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Edit(contract.Fields with { Title = " Lokaal contract Havenkwartier  " }, ContractVersionKind.Herzien, "Niets", Review2030, ContractRules.Default));

        Assert.Equal(ContractErrors.NoChanges, error.Code);
        Assert.Single(contract.Versions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_edit_without_a_reason_is_refused(string reason)
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Edit(contract.Fields with { Area = "Havenkwartier-Noord" }, ContractVersionKind.Herzien, reason, Review2030, ContractRules.Default));

        Assert.Equal(ContractErrors.ReasonRequired, error.Code);
        Assert.Equal(ContractFieldNames.Reason, error.Field);
        Assert.Equal("Havenkwartier", contract.Area);
    }

    [Fact]
    public void Only_the_first_version_is_vastgesteld()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Edit(contract.Fields with { Area = "Havenkwartier-Noord" }, ContractVersionKind.Vastgesteld, "Opnieuw", Review2030, ContractRules.Default));

        Assert.Equal(ContractErrors.VersionKindInvalid, error.Code);
    }

    [Fact]
    public void A_version_cannot_predate_the_previous_one()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Edit(contract.Fields with { Area = "Havenkwartier-Noord" }, ContractVersionKind.Herzien, "Terug in de tijd", new LocalDate(2025, 12, 14), ContractRules.Default));

        Assert.Equal(ContractErrors.VersionDateBeforePrevious, error.Code);
        Assert.Equal<object>([new LocalDate(2025, 12, 15)], error.Arguments);
    }

    [Fact]
    public void An_edit_breaking_a_field_rule_is_refused_with_the_field()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() =>
            contract.Edit(contract.Fields with { ReviewCycle = ReviewCycle.FromYears(6) }, ContractVersionKind.Herzien, "Minder vaak", Review2030, ContractRules.Default));

        Assert.Equal(ContractErrors.ReviewCycleOutOfBounds, error.Code);
        Assert.Equal(4, contract.ReviewCycle.Years);
    }

    [Fact]
    public void An_unknown_version_is_refused_with_the_latest_number()
    {
        var contract = ContractSamples.Contract();

        var error = Assert.Throws<DomainException>(() => contract.VersionAt(7));

        Assert.Equal(ContractErrors.VersionUnknown, error.Code);
        Assert.Equal<object>([7, 1], error.Arguments);
    }

    [Fact]
    public void The_horizon_cannot_shrink_past_a_programme_or_a_signature()
    {
        var contract = ContractSamples.Contract();
        contract.AddProgramme(Guid.NewGuid(), "Vierjarenplan 2038-2041", new LocalDate(2038, 1, 1), new LocalDate(2041, 12, 31), ContractRules.Default);
        contract.Sign(ContractSamples.Gemeente, "Ingrid Jansen", "wethouder", new LocalDate(2037, 6, 1), new LocalDate(2037, 6, 2));

        var problems = contract.CheckEdit(contract.Fields with { Horizon = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2036, 12, 31)) }, ContractRules.Default);

        Assert.Equal(
            [(ContractErrors.HorizonExcludesProgramme, ContractFieldNames.HorizonEnd), (ContractErrors.HorizonEndsBeforeSignature, ContractFieldNames.HorizonEnd)],
            problems.Select(p => (p.Code, p.Field)));
        Assert.Equal<object>(["Vierjarenplan 2038-2041"], problems[0].Arguments);
    }
}
