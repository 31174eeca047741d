using NodaTime;

namespace Coalitie.Domain.Contracts;

/// <summary>
/// One version of the contract: its number (1, 2, …), the date it took effect, how it came about, why, what changed
/// (old → new per field, computed by the contract) and a snapshot of the fields as they were after it, so every
/// earlier version stays readable. Versions are never changed after they are made.
/// </summary>
public sealed class ContractVersion
{
    internal ContractVersion(int number, LocalDate date, ContractVersionKind kind, string reason, IReadOnlyList<FieldChange> changes, ContractFields snapshot)
    {
        Number = number;
        Date = date;
        Kind = kind;
        Reason = reason;
        Changes = changes;
        Snapshot = snapshot;
    }

    // For the persistence layer.
    private ContractVersion()
    {
        Reason = string.Empty;
        Changes = [];
        Snapshot = null!;
    }

    public const int MaxReasonLength = 1000;

    public int Number { get; private set; }

    public LocalDate Date { get; private set; }

    public ContractVersionKind Kind { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The fields this version changed; for version 1, every field that was set (old value null).</summary>
    public IReadOnlyList<FieldChange> Changes { get; private set; }

    /// <summary>The contract's fields as they were after this version.</summary>
    public ContractFields Snapshot { get; private set; }
}
