using System.ComponentModel.DataAnnotations;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Bot.Contracts;

/// <summary>
/// The contract's bounds (section <c>Contracts</c>), validated at start-up. The defaults follow the texts; see
/// <see cref="ContractRules"/> for what each means and why the horizon is 10–20 years ("at least ten, preferably
/// twenty").
/// </summary>
public sealed class ContractOptions : IValidatableObject
{
    public const string SectionName = "Contracts";

    [Range(1, 50)]
    public int HorizonMinimumYears { get; set; } = 10;

    [Range(1, 50)]
    public int HorizonMaximumYears { get; set; } = 20;

    [Range(1, 10)]
    public int ReviewCycleMinimumYears { get; set; } = 3;

    [Range(1, 10)]
    public int ReviewCycleMaximumYears { get; set; } = 4;

    [Range(1, 20)]
    public int ProgrammeUsualMinimumYears { get; set; } = 3;

    [Range(1, 20)]
    public int ProgrammeUsualMaximumYears { get; set; } = 4;

    public ContractRules ToRules() => new()
    {
        MinimumHorizon = Period.FromYears(HorizonMinimumYears),
        MaximumHorizon = Period.FromYears(HorizonMaximumYears),
        MinimumReviewCycle = ReviewCycle.FromYears(ReviewCycleMinimumYears),
        MaximumReviewCycle = ReviewCycle.FromYears(ReviewCycleMaximumYears),
        UsualProgrammeMinimum = Period.FromYears(ProgrammeUsualMinimumYears),
        UsualProgrammeMaximum = Period.FromYears(ProgrammeUsualMaximumYears),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HorizonMinimumYears > HorizonMaximumYears)
        {
            yield return new ValidationResult("The shortest horizon is longer than the longest.", [nameof(HorizonMinimumYears), nameof(HorizonMaximumYears)]);
        }

        if (ReviewCycleMinimumYears > ReviewCycleMaximumYears)
        {
            yield return new ValidationResult("The shortest review cycle is longer than the longest.", [nameof(ReviewCycleMinimumYears), nameof(ReviewCycleMaximumYears)]);
        }

        if (ProgrammeUsualMinimumYears > ProgrammeUsualMaximumYears)
        {
            yield return new ValidationResult("The shortest usual programme is longer than the longest.", [nameof(ProgrammeUsualMinimumYears), nameof(ProgrammeUsualMaximumYears)]);
        }
    }
}
