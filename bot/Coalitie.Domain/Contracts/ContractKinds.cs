namespace Coalitie.Domain.Contracts;

/// <summary>
/// What the coalition calls its agreement. The texts treat the names as equivalent ("what it is called is of
/// secondary importance", D3); the checklist also allows a declaration of intent.
/// </summary>
public enum ContractKind
{
    /// <summary><i>Lokaal (sociaal) contract</i>.</summary>
    Contract,

    /// <summary><i>Convenant</i> (covenant).</summary>
    Convenant,

    /// <summary><i>Lokaal pact</i>.</summary>
    Pact,

    /// <summary><i>Intentieverklaring</i> (declaration of intent).</summary>
    Intentieverklaring,
}

/// <summary>
/// How a version came about. The first version is <see cref="Vastgesteld"/>; every later one is one of the three
/// outcomes the texts name for the three- to four-yearly evaluation: <i>herzien, bijgesteld of aangescherpt</i>.
/// </summary>
public enum ContractVersionKind
{
    /// <summary>The contract as first laid down (version 1 only).</summary>
    Vastgesteld,

    /// <summary>Revised.</summary>
    Herzien,

    /// <summary>Adjusted.</summary>
    Bijgesteld,

    /// <summary>Tightened.</summary>
    Aangescherpt,
}
