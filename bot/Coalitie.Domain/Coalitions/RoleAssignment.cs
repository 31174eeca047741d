using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Coalitions;

/// <summary>
/// A role a person holds in a coalition from a moment until (optionally) a later one. Stuurgroep seats carry the
/// domain they stand for and the chair flag; representatives carry the partner they represent. Ended assignments stay
/// as history.
/// </summary>
public sealed class RoleAssignment
{
    private RoleAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    public Guid PersonId { get; private set; }

    public CoalitionRole Role { get; private set; }

    /// <summary>For a stuurgroep member: the domain whose seat they hold.</summary>
    public PartnerDomain? DomainSeat { get; private set; }

    /// <summary>For a stuurgroep member: chairs the stuurgroep.</summary>
    public bool IsChair { get; private set; }

    /// <summary>For a partner representative: the partner.</summary>
    public Guid? PartnerId { get; private set; }

    public Instant From { get; private set; }

    public Instant? To { get; private set; }

    public bool IsCurrent => To is null;

    public static RoleAssignment Procesregisseur(Guid id, Guid coalitionId, Guid personId, Instant from) =>
        Create(id, coalitionId, personId, CoalitionRole.Procesregisseur, null, false, null, from);

    public static RoleAssignment StuurgroepMember(Guid id, Guid coalitionId, Guid personId, PartnerDomain domainSeat, bool isChair, Instant from) =>
        Create(id, coalitionId, personId, CoalitionRole.StuurgroepMember, domainSeat, isChair, null, from);

    public static RoleAssignment Representative(Guid id, Guid coalitionId, Guid personId, Guid partnerId, Instant from) =>
        Create(id, coalitionId, personId, CoalitionRole.PartnerRepresentative, null, false, partnerId, from);

    public static RoleAssignment Create(
        Guid id, Guid coalitionId, Guid personId, CoalitionRole role, PartnerDomain? domainSeat, bool isChair, Guid? partnerId, Instant from)
    {
        switch (role)
        {
            case CoalitionRole.Observer:
                throw new DomainException("role.observer-not-assigned", "Observer is not assigned: everyone in the team is one.", "role");
            case CoalitionRole.StuurgroepMember when domainSeat is null:
                throw new DomainException("role.seat-required", "A stuurgroep member holds a domain seat.", "seat");
            case CoalitionRole.PartnerRepresentative when partnerId is null || partnerId == Guid.Empty:
                throw new DomainException("role.partner-required", "A representative represents a partner.", "partner");
            case not CoalitionRole.StuurgroepMember when domainSeat is not null || isChair:
                throw new DomainException("role.seat-only-stuurgroep", "Only stuurgroep members hold a seat or the chair.", "seat");
            case not CoalitionRole.PartnerRepresentative when partnerId is not null:
                throw new DomainException("role.partner-only-representative", "Only representatives are bound to a partner.", "partner");
            default:
                break;
        }

        if (!Enum.IsDefined(role) || (domainSeat is { } seat && !Enum.IsDefined(seat)))
        {
            throw new DomainException("role.unknown", "Unknown role or seat.", "role");
        }

        return new RoleAssignment
        {
            Id = id == Guid.Empty ? throw new ArgumentException("An id is required.", nameof(id)) : id,
            CoalitionId = coalitionId,
            PersonId = personId,
            Role = role,
            DomainSeat = domainSeat,
            IsChair = isChair,
            PartnerId = partnerId,
            From = from,
        };
    }

    /// <summary>Ends the assignment at <paramref name="at"/> (not before it started; not twice).</summary>
    public void End(Instant at)
    {
        if (To is not null)
        {
            throw new DomainException("role.already-ended", "This role has ended already.");
        }

        if (at < From)
        {
            throw new DomainException("role.end-before-start", "A role cannot end before it started.");
        }

        To = at;
    }

    /// <summary>True when the assignment holds at <paramref name="at"/>.</summary>
    public bool IsActiveAt(Instant at) => From <= at && (To is null || at < To);

    /// <summary>True when this is the same role, seat and partner as the other description (for "already has it").</summary>
    public bool Matches(CoalitionRole role, PartnerDomain? domainSeat, Guid? partnerId) =>
        Role == role && DomainSeat == domainSeat && PartnerId == partnerId;
}
