using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Domain.Tests.Contracts;

public class ReviewDateTests
{
    [Fact]
    public void Without_a_signing_or_revision_the_first_review_is_one_cycle_after_the_start()
    {
        var contract = ContractSamples.Contract(ContractSamples.Fields() with { SignedOn = null });

        Assert.Null(contract.LastReviewOrSigning);
        Assert.Equal(new LocalDate(2030, 1, 1), contract.NextReviewDate);
    }

    [Fact]
    public void A_signing_before_the_start_leads_to_the_first_scheduled_review()
    {
        var contract = ContractSamples.Contract();

        Assert.Equal(new LocalDate(2025, 12, 15), contract.LastReviewOrSigning);
        Assert.Equal(new LocalDate(2030, 1, 1), contract.NextReviewDate);
    }

    [Fact]
    public void A_revision_on_or_after_a_due_date_counts_as_that_review()
    {
        var contract = ContractSamples.Contract();
        contract.Edit(contract.Fields with { Area = "Havenkwartier en Kop" }, ContractVersionKind.Herzien, "Evaluatie", new LocalDate(2030, 3, 10), ContractRules.Default);

        Assert.Equal(new LocalDate(2030, 3, 10), contract.LastReviewOrSigning);
        Assert.Equal(new LocalDate(2034, 1, 1), contract.NextReviewDate);
    }

    [Fact]
    public void An_early_revision_does_not_move_the_rhythm()
    {
        var contract = ContractSamples.Contract();
        contract.Edit(contract.Fields with { Area = "Havenkwartier en Kop" }, ContractVersionKind.Bijgesteld, "Tussentijds", new LocalDate(2028, 6, 1), ContractRules.Default);

        Assert.Equal(new LocalDate(2030, 1, 1), contract.NextReviewDate);
    }

    [Fact]
    public void An_overdue_review_keeps_its_date_until_a_revision_is_recorded()
    {
        var contract = ContractSamples.Contract();
        contract.Edit(contract.Fields with { Area = "Havenkwartier en Kop" }, ContractVersionKind.Herzien, "Evaluatie", new LocalDate(2030, 1, 1), ContractRules.Default);

        // Due 1 jan 2034, whatever today is; the next revision moves it on.
        Assert.Equal(new LocalDate(2034, 1, 1), contract.NextReviewDate);
    }

    [Fact]
    public void The_schedule_is_anchored_to_a_leap_day_start()
    {
        var fields = ContractSamples.Fields(new LocalDate(2028, 2, 29), new LocalDate(2043, 2, 28), cycle: 3) with { SignedOn = null };
        var contract = ContractSamples.Contract(fields);

        Assert.Equal(
            [new LocalDate(2031, 2, 28), new LocalDate(2034, 2, 28), new LocalDate(2037, 2, 28), new LocalDate(2040, 2, 29), new LocalDate(2043, 2, 28)],
            contract.ReviewSchedule());
        Assert.Equal(new LocalDate(2031, 2, 28), contract.NextReviewDate);
    }

    [Fact]
    public void A_change_of_cycle_recomputes_the_schedule_from_the_start()
    {
        var contract = ContractSamples.Contract();
        contract.Edit(contract.Fields with { ReviewCycle = ReviewCycle.FromYears(3) }, ContractVersionKind.Aangescherpt, "Vaker evalueren", new LocalDate(2026, 6, 1), ContractRules.Default);

        Assert.Equal(new LocalDate(2029, 1, 1), contract.NextReviewDate);
        Assert.Equal(6, contract.ReviewSchedule().Count());
    }

    [Fact]
    public void After_the_last_scheduled_review_there_is_none_left()
    {
        var contract = ContractSamples.Contract();
        contract.Edit(contract.Fields with { Area = "Havenkwartier en Kop" }, ContractVersionKind.Herzien, "Laatste evaluatie", new LocalDate(2042, 1, 5), ContractRules.Default);

        Assert.Equal([new LocalDate(2030, 1, 1), new LocalDate(2034, 1, 1), new LocalDate(2038, 1, 1), new LocalDate(2042, 1, 1)], contract.ReviewSchedule());
        Assert.Null(contract.NextReviewDate);
    }
}
