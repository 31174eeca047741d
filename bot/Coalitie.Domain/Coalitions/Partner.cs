using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Coalitions;

/// <summary>
/// A partner organisation (<i>partij</i>) in a coalition. Partners join and leave; a partner that left stays readable
/// (with its history) but can no longer be changed. One representative at a time; every change of representative is
/// kept, and a new representative's organisational mandate (<i>organisatiemandaat</i>, factor c) starts unconfirmed.
/// </summary>
public sealed class Partner
{
    public const int MaxNameLength = 120;

    private readonly List<Representation> _representations = [];

    private Partner()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CoalitionId { get; private set; }

    public string Name { get; private set; }

    public PartnerDomain Domain { get; private set; }

    public VoetbalLine? VoetbalLine { get; private set; }

    public LocalDate JoinedOn { get; private set; }

    public LocalDate? LeftOn { get; private set; }

    public bool HasLeft => LeftOn is not null;

    /// <summary>Every representative the partner had, oldest first.</summary>
    public IReadOnlyList<Representation> Representations => _representations.OrderBy(r => r.From).ThenBy(r => r.To is null).ToList();

    /// <summary>The representative now (the one without an end date), or null.</summary>
    public Representation? CurrentRepresentative => _representations.FirstOrDefault(r => r.To is null);

    /// <summary>A partner joins the coalition on <paramref name="joinedOn"/>.</summary>
    public static Partner Join(Guid id, Guid coalitionId, string name, PartnerDomain domain, VoetbalLine? voetbalLine, LocalDate joinedOn)
    {
        var partner = new Partner
        {
            Id = id == Guid.Empty ? throw new ArgumentException("An id is required.", nameof(id)) : id,
            CoalitionId = coalitionId,
            JoinedOn = joinedOn,
        };
        partner.SetDetails(name, domain, voetbalLine);
        return partner;
    }

    /// <summary>Changes name, domain and voetbal line (not after the partner left).</summary>
    public void ChangeDetails(string name, PartnerDomain domain, VoetbalLine? voetbalLine)
    {
        EnsureNotLeft();
        SetDetails(name, domain, voetbalLine);
    }

    /// <summary>The partner leaves on <paramref name="on"/>; its current representation ends that day.</summary>
    public void Leave(LocalDate on)
    {
        EnsureNotLeft();
        if (on < JoinedOn)
        {
            throw new DomainException("partner.leave-before-join", "A partner cannot leave before it joined.", "leftOn", JoinedOn);
        }

        if (CurrentRepresentative is { } current && on < current.From)
        {
            throw new DomainException("partner.leave-before-representative", "The current representative started after that date.", "leftOn", current.From);
        }

        CurrentRepresentative?.EndOn(on);
        LeftOn = on;
    }

    /// <summary>
    /// <paramref name="personId"/> represents the partner from <paramref name="from"/>: the current representative (if
    /// any) ends that day, the new one starts with the mandate unconfirmed. Returns the new representation.
    /// </summary>
    public Representation ChangeRepresentative(Guid representationId, Guid personId, LocalDate from)
    {
        EnsureNotLeft();
        if (personId == Guid.Empty)
        {
            throw new DomainException("partner.representative-required", "A representative is required.", "representative");
        }

        if (from < JoinedOn)
        {
            throw new DomainException("partner.representative-before-join", "A representative cannot start before the partner joined.", "from", JoinedOn);
        }

        var current = CurrentRepresentative;
        if (current is not null)
        {
            if (current.PersonId == personId)
            {
                throw new DomainException("partner.representative-unchanged", "This person already represents the partner.", "representative");
            }

            if (from < current.From)
            {
                throw new DomainException("partner.representative-before-current", "The new representative cannot start before the current one.", "from", current.From);
            }

            current.EndOn(from);
        }

        var representation = new Representation(representationId, Id, personId, from);
        _representations.Add(representation);
        return representation;
    }

    /// <summary>The current representative stops on <paramref name="on"/> without a successor.</summary>
    public void EndRepresentation(LocalDate on)
    {
        EnsureNotLeft();
        var current = CurrentRepresentative ?? throw new DomainException("partner.no-representative", "The partner has no representative.");
        if (on < current.From)
        {
            throw new DomainException("partner.representation-end-before-start", "A representation cannot end before it started.", "to", current.From);
        }

        current.EndOn(on);
    }

    /// <summary>Confirms the current representative's organisational mandate on <paramref name="on"/>.</summary>
    public void ConfirmMandate(LocalDate on, Guid confirmedBy)
    {
        EnsureNotLeft();
        var current = CurrentRepresentative ?? throw new DomainException("partner.no-representative", "The partner has no representative.");
        current.Confirm(on, confirmedBy);
    }

    /// <summary>True when the partner is a member of the coalition on <paramref name="date"/>.</summary>
    public bool IsActiveOn(LocalDate date) => JoinedOn <= date && (LeftOn is null || date < LeftOn);

    /// <summary>The representative on <paramref name="date"/>, or null.</summary>
    public Representation? RepresentativeOn(LocalDate date) => _representations.FirstOrDefault(r => r.IsActiveOn(date));

    private void EnsureNotLeft()
    {
        if (LeftOn is { } left)
        {
            throw new DomainException("partner.left", "A partner that left cannot be changed.", null, left);
        }
    }

    private void SetDetails(string name, PartnerDomain domain, VoetbalLine? voetbalLine)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("partner.name-required", "The partner's name is required.", "name");
        }

        var trimmed = name.Trim();
        if (trimmed.Length > MaxNameLength)
        {
            throw new DomainException("partner.name-too-long", "The partner's name is too long.", "name", MaxNameLength);
        }

        if (!Enum.IsDefined(domain))
        {
            throw new DomainException("partner.domain-unknown", "Unknown domain.", "domain");
        }

        if (voetbalLine is { } line && !Enum.IsDefined(line))
        {
            throw new DomainException("partner.line-unknown", "Unknown voetbal line.", "line");
        }

        Name = trimmed;
        Domain = domain;
        VoetbalLine = voetbalLine;
    }
}

/// <summary>One person representing a partner for a period, with the confirmation of their mandate.</summary>
public sealed class Representation
{
    private Representation()
    {
    }

    internal Representation(Guid id, Guid partnerId, Guid personId, LocalDate from)
    {
        Id = id == Guid.Empty ? throw new ArgumentException("An id is required.", nameof(id)) : id;
        PartnerId = partnerId;
        PersonId = personId;
        From = from;
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid PersonId { get; private set; }

    public LocalDate From { get; private set; }

    /// <summary>The day the representation ended (exclusive), or null while current.</summary>
    public LocalDate? To { get; private set; }

    public LocalDate? MandateConfirmedOn { get; private set; }

    /// <summary>The person (procesregisseur) who confirmed the mandate.</summary>
    public Guid? MandateConfirmedBy { get; private set; }

    public bool IsMandateConfirmed => MandateConfirmedOn is not null;

    public bool IsActiveOn(LocalDate date) => From <= date && (To is null || date < To);

    internal void EndOn(LocalDate on)
    {
        if (To is not null)
        {
            throw new DomainException("partner.representation-ended", "This representation has ended already.");
        }

        To = on;
    }

    internal void Confirm(LocalDate on, Guid confirmedBy)
    {
        if (IsMandateConfirmed)
        {
            throw new DomainException("partner.mandate-already-confirmed", "The mandate is confirmed already.");
        }

        if (on < From)
        {
            throw new DomainException("partner.mandate-before-start", "A mandate cannot be confirmed before the representation started.", "confirmedOn", From);
        }

        if (confirmedBy == Guid.Empty)
        {
            throw new ArgumentException("Who confirmed is required.", nameof(confirmedBy));
        }

        MandateConfirmedOn = on;
        MandateConfirmedBy = confirmedBy;
    }
}
