namespace Coalitie.Domain.Coalitions;

/// <summary>
/// A person's role in a coalition. Everyone else in the team is an observer. A person can hold several roles
/// (e.g. stuurgroep member and representative of their partner).
/// </summary>
public enum CoalitionRole
{
    Observer,

    /// <summary>The independent process director: sets up and steers (one or more per coalition).</summary>
    Procesregisseur,

    /// <summary>A seat in the stuurgroep (one per domain; the chair is flagged on the assignment).</summary>
    StuurgroepMember,

    /// <summary>Represents one partner organisation (reports progress on that partner's commitments).</summary>
    PartnerRepresentative,
}
