namespace Coalitie.Domain.Coalitions;

/// <summary>
/// The domain (sector) a partner organisation comes from, and the domain a stuurgroep seat stands for (brief §4).
/// The Dutch display names are in the host's texts.
/// </summary>
public enum PartnerDomain
{
    /// <summary>gemeente</summary>
    Gemeente,

    /// <summary>onderwijs</summary>
    Onderwijs,

    /// <summary>wonen / woningcorporatie</summary>
    Wonen,

    /// <summary>politie</summary>
    Politie,

    /// <summary>Openbaar Ministerie / justitie</summary>
    OpenbaarMinisterie,

    /// <summary>zorg en welzijn</summary>
    ZorgEnWelzijn,

    /// <summary>werk / werkgevers</summary>
    Werk,

    /// <summary>cultuur</summary>
    Cultuur,

    /// <summary>Rijk (central government)</summary>
    Rijk,

    /// <summary>bewoners / burgerpanel</summary>
    Bewoners,

    /// <summary>overig</summary>
    Overig,
}

/// <summary>
/// The line of the <i>voetbalmodel</i> (football model) a partner plays in: keeper (the process director's safe
/// base), defence (basic services), midfield (connecting) and attack (the front line in the neighbourhood).
/// Optional per partner.
/// </summary>
public enum VoetbalLine
{
    Keeper,
    Verdediging,
    Middenveld,
    Aanval,
}
