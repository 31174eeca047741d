using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Domain.Tests.Contracts;

/// <summary>A realistic contract to start from: Havenkwartier, 20 years from 1 jan 2026, evaluated every 4 years.</summary>
internal static class ContractSamples
{
    public static readonly Guid CoalitionId = Guid.Parse("6d1f7c55-0000-4000-8000-000000000001");
    public static readonly Guid Gemeente = Guid.Parse("6d1f7c55-0000-4000-8000-0000000000a1");
    public static readonly Guid Woonpartners = Guid.Parse("6d1f7c55-0000-4000-8000-0000000000a2");

    public static ContractFields Fields(LocalDate? start = null, LocalDate? end = null, int cycle = 4) => new(
        "Lokaal contract Havenkwartier",
        "Havenkwartier",
        ContractKind.Contract,
        new LocalDate(2025, 12, 15),
        new DateInterval(start ?? new LocalDate(2026, 1, 1), end ?? new LocalDate(2045, 12, 31)),
        ReviewCycle.FromYears(cycle),
        "School, werk en wonen op het niveau van vergelijkbare wijken.",
        new Uri("https://havenstad.nl/wijkaanpak/contract.pdf"));

    public static LocalContract Contract(ContractFields? fields = null) =>
        LocalContract.Create(Guid.NewGuid(), CoalitionId, fields ?? Fields(), new LocalDate(2025, 12, 15), "Getekend in de raadszaal", ContractRules.Default);
}
