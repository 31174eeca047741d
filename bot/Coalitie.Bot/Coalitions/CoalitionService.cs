using System.Globalization;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Teams.Schema;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

/// <summary>What the setup card asks.</summary>
public sealed record CoalitionSetup(
    string Name, string Area, string Municipality, string TimeZoneId, string Language, CoalitionFormality Formality,
    string TeamId, string MainChannelId, string? StuurgroepChannelId);

/// <summary>What the partner form asks.</summary>
public sealed record PartnerDraft(string Name, PartnerDomain Domain, VoetbalLine? Line, LocalDate JoinedOn, ChannelAccount? Representative);

/// <summary>What the role card asks.</summary>
public sealed record RoleDraft(CoalitionRole Role, PartnerDomain? Seat, bool IsChair, Guid? PartnerId);

/// <summary>
/// The changes of the coalitions feature. Each one changes the aggregates, records its audit entries and saves once,
/// so the change and its audit are stored together. Rules that span aggregates (one coalition per team, one seat per
/// domain, one chair, at least one procesregisseur, one active partner per name) are checked here.
/// </summary>
public sealed class CoalitionService(CoalitieDbContext db, AuditLog audit, IClock clock, PersonDirectory people, PartnerDirectory partners)
{
    public const string CoalitionEntity = "Coalition";
    public const string PartnerEntity = "Partner";
    public const string RoleEntity = "RoleAssignment";

    public async Task<(Coalition Coalition, Person Procesregisseur)> CreateAsync(CoalitionSetup setup, ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(user);
        if (await db.Set<Coalition>().AsNoTracking().FirstOrDefaultAsync(c => c.TeamId == setup.TeamId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            throw new DomainException("coalition.exists", "The team has a coalition.", null, existing.Name);
        }

        var now = clock.GetCurrentInstant();
        var coalition = Coalition.Create(
            Guid.NewGuid(), setup.Name, setup.Area, setup.Municipality, setup.TeamId, setup.MainChannelId, setup.StuurgroepChannelId,
            now, setup.TimeZoneId, setup.Language, setup.Formality);
        var person = Person.Create(Guid.NewGuid(), coalition.Id, user.Id ?? string.Empty, user.AadObjectId, user.Name ?? user.Id ?? string.Empty);
        var role = RoleAssignment.Procesregisseur(Guid.NewGuid(), coalition.Id, person.Id, now);
        db.Set<Coalition>().Add(coalition);
        db.Set<Person>().Add(person);
        db.Set<RoleAssignment>().Add(role);
        audit.Record(coalition.Id, person.Id, person.DisplayName, CoalitionEntity, Id(coalition.Id), "created", null, null, coalition.Name);
        audit.Record(coalition.Id, person.Id, person.DisplayName, RoleEntity, Id(role.Id), "assigned", "role", null, Describe(role));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Two setups at the same moment: the unique team index lets one through.
            db.ChangeTracker.Clear();
            var winner = await db.Set<Coalition>().AsNoTracking().FirstOrDefaultAsync(c => c.TeamId == setup.TeamId, cancellationToken).ConfigureAwait(false);
            if (winner is null)
            {
                throw;
            }

            throw new DomainException("coalition.exists", "The team has a coalition.", null, winner.Name);
        }

        return (coalition, person);
    }

    public async Task<Coalition> GetCoalitionAsync(Guid coalitionId, CancellationToken cancellationToken) =>
        await db.Set<Coalition>().FirstAsync(c => c.Id == coalitionId, cancellationToken).ConfigureAwait(false);

    /// <summary>Today in the coalition's time zone.</summary>
    public LocalDate Today(CoalitionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(scope.TimeZoneId) ?? DateTimeZoneProviders.Tzdb[Coalition.DefaultTimeZoneId];
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    public async Task<(Partner Partner, Representation? Representation)> AddPartnerAsync(CoalitionScope scope, PartnerDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(draft);
        await EnsureUniqueNameAsync(scope.CoalitionId, draft.Name, null, cancellationToken).ConfigureAwait(false);
        var partner = Partner.Join(Guid.NewGuid(), scope.CoalitionId, draft.Name, draft.Domain, draft.Line, draft.JoinedOn);
        Person? representative = null;
        if (draft.Representative is { } user)
        {
            representative = await people.EnsureAsync(scope.CoalitionId, user, cancellationToken).ConfigureAwait(false);
        }

        db.Set<Partner>().Add(partner);
        audit.Record(scope, PartnerEntity, Id(partner.Id), "joined", null, null, $"{partner.Name} ({partner.Domain}, {Date(partner.JoinedOn)})");
        Representation? representation = null;
        if (representative is not null)
        {
            representation = StartRepresentation(scope, partner, representative, draft.JoinedOn, null);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (partner, representation);
    }

    public async Task<Representation> ChangeRepresentativeAsync(CoalitionScope scope, Guid partnerId, ChannelAccount user, LocalDate from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        var partner = await RequirePartnerAsync(scope, partnerId, cancellationToken).ConfigureAwait(false);
        var person = await people.EnsureAsync(scope.CoalitionId, user, cancellationToken).ConfigureAwait(false);
        var previous = partner.CurrentRepresentative;
        var representation = StartRepresentation(scope, partner, person, from, previous);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return representation;
    }

    public async Task<Partner> ConfirmMandateAsync(CoalitionScope scope, Guid partnerId, Guid representationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partner = await RequirePartnerAsync(scope, partnerId, cancellationToken).ConfigureAwait(false);
        if (partner.CurrentRepresentative?.Id != representationId)
        {
            throw new DomainException("partner.representative-changed", "The representative changed since the prompt.");
        }

        var confirmer = scope.Actor.PersonId ?? throw new DomainException("person.unknown", "The confirming person is not known to the coalition.");
        var today = Today(scope);
        var on = today < partner.CurrentRepresentative.From ? partner.CurrentRepresentative.From : today;
        partner.ConfirmMandate(on, confirmer);
        audit.Record(scope, PartnerEntity, Id(partner.Id), "mandate-confirmed", "representative", null, Id(partner.CurrentRepresentative.PersonId));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return partner;
    }

    public async Task<Partner> LeaveAsync(CoalitionScope scope, Guid partnerId, LocalDate on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var partner = await RequirePartnerAsync(scope, partnerId, cancellationToken).ConfigureAwait(false);
        partner.Leave(on);
        await EndRepresentativeRolesAsync(partnerId, cancellationToken).ConfigureAwait(false);
        audit.Record(scope, PartnerEntity, Id(partner.Id), "left", "leftOn", null, Date(on));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return partner;
    }

    /// <summary>The current role assignments of the coalition, with their people.</summary>
    public async Task<IReadOnlyList<RoleAssignment>> CurrentRolesAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var roles = await db.Set<RoleAssignment>().Where(r => r.CoalitionId == coalitionId && r.To == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        return roles.OrderBy(r => r.Role).ThenByDescending(r => r.IsChair).ThenBy(r => r.From).ToList();
    }

    public async Task<RoleAssignment> AssignRoleAsync(CoalitionScope scope, ChannelAccount user, RoleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Role == CoalitionRole.PartnerRepresentative)
        {
            var partnerId = draft.PartnerId ?? throw new DomainException("role.partner-required", "A representative represents a partner.", "partner");
            var partner = await RequirePartnerAsync(scope, partnerId, cancellationToken).ConfigureAwait(false);
            var person = await people.EnsureAsync(scope.CoalitionId, user, cancellationToken).ConfigureAwait(false);
            StartRepresentation(scope, partner, person, Today(scope), partner.CurrentRepresentative);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return db.ChangeTracker.Entries<RoleAssignment>().Select(e => e.Entity)
                .Last(r => r.PersonId == person.Id && r.PartnerId == partnerId && r.To == null);
        }

        var current = await CurrentRolesAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var holder = await people.EnsureAsync(scope.CoalitionId, user, cancellationToken).ConfigureAwait(false);
        if (current.Any(r => r.PersonId == holder.Id && r.Matches(draft.Role, draft.Seat, null)))
        {
            throw new DomainException("role.duplicate", "The person has this role already.", "role");
        }

        if (draft.Role == CoalitionRole.StuurgroepMember)
        {
            if (current.Any(r => r.Role == CoalitionRole.StuurgroepMember && r.DomainSeat == draft.Seat))
            {
                throw new DomainException("role.seat-taken", "The seat is taken.", "seat", draft.Seat!.Value);
            }

            if (draft.IsChair && current.Any(r => r.Role == CoalitionRole.StuurgroepMember && r.IsChair))
            {
                throw new DomainException("role.chair-taken", "The stuurgroep has a chair.", "chair");
            }
        }

        var role = RoleAssignment.Create(Guid.NewGuid(), scope.CoalitionId, holder.Id, draft.Role, draft.Seat, draft.IsChair, null, clock.GetCurrentInstant());
        db.Set<RoleAssignment>().Add(role);
        audit.Record(scope, RoleEntity, Id(role.Id), "assigned", "role", null, $"{Id(holder.Id)}: {Describe(role)}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return role;
    }

    public async Task<RoleAssignment> RemoveRoleAsync(CoalitionScope scope, Guid assignmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var role = await db.Set<RoleAssignment>().FirstOrDefaultAsync(r => r.Id == assignmentId && r.CoalitionId == scope.CoalitionId, cancellationToken).ConfigureAwait(false)
            ?? throw new DomainException("role.unknown", "No such role assignment.");
        if (role.To is not null)
        {
            throw new DomainException("role.already-ended", "This role has ended already.");
        }

        if (role.Role == CoalitionRole.Procesregisseur &&
            !await db.Set<RoleAssignment>().AnyAsync(r => r.CoalitionId == scope.CoalitionId && r.Role == CoalitionRole.Procesregisseur && r.To == null && r.Id != role.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainException("role.last-procesregisseur", "The coalition needs a procesregisseur.");
        }

        role.End(clock.GetCurrentInstant());
        if (role is { Role: CoalitionRole.PartnerRepresentative, PartnerId: { } partnerId } &&
            await partners.GetAsync(partnerId, cancellationToken).ConfigureAwait(false) is { HasLeft: false } partner &&
            partner.CurrentRepresentative?.PersonId == role.PersonId)
        {
            var today = Today(scope);
            partner.EndRepresentation(today < partner.CurrentRepresentative.From ? partner.CurrentRepresentative.From : today);
            audit.Record(scope, PartnerEntity, Id(partner.Id), "representative-ended", "representative", Id(role.PersonId), null);
        }

        audit.Record(scope, RoleEntity, Id(role.Id), "removed", "role", $"{Id(role.PersonId)}: {Describe(role)}", null);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return role;
    }

    internal static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    internal static string Date(LocalDate date) => DomainDate(date);

    private static string DomainDate(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(RoleAssignment role) => role.Role switch
    {
        CoalitionRole.StuurgroepMember => $"{role.Role} {role.DomainSeat}{(role.IsChair ? " chair" : string.Empty)}",
        CoalitionRole.PartnerRepresentative => $"{role.Role} {role.PartnerId}",
        _ => role.Role.ToString(),
    };

    private Representation StartRepresentation(CoalitionScope scope, Partner partner, Person person, LocalDate from, Representation? previous)
    {
        var representation = partner.ChangeRepresentative(Guid.NewGuid(), person.Id, from);
        db.Set<Representation>().Add(representation);
        var now = clock.GetCurrentInstant();
        foreach (var entry in db.ChangeTracker.Entries<RoleAssignment>().Select(e => e.Entity)
                     .Where(r => r.PartnerId == partner.Id && r.To == null && r.Role == CoalitionRole.PartnerRepresentative).ToList())
        {
            entry.End(now < entry.From ? entry.From : now);
        }

        var role = RoleAssignment.Representative(Guid.NewGuid(), scope.CoalitionId, person.Id, partner.Id, now);
        db.Set<RoleAssignment>().Add(role);
        audit.Record(scope, PartnerEntity, Id(partner.Id), "representative-changed", "representative",
            previous is null ? null : Id(previous.PersonId), $"{Id(person.Id)} ({DomainDate(from)})");
        audit.Record(scope, RoleEntity, Id(role.Id), "assigned", "role", null, $"{Id(person.Id)}: {Describe(role)}");
        return representation;
    }

    private async Task EndRepresentativeRolesAsync(Guid partnerId, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var roles = await db.Set<RoleAssignment>()
            .Where(r => r.PartnerId == partnerId && r.To == null && r.Role == CoalitionRole.PartnerRepresentative)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var role in roles)
        {
            role.End(now < role.From ? role.From : now);
        }
    }

    private async Task<Partner> RequirePartnerAsync(CoalitionScope scope, Guid partnerId, CancellationToken cancellationToken)
    {
        var partner = await partners.GetAsync(partnerId, cancellationToken).ConfigureAwait(false);
        if (partner is null || partner.CoalitionId != scope.CoalitionId)
        {
            throw new DomainException("partner.unknown", "No such partner in this coalition.");
        }

        // Load the partner's current representative roles into the unit of work, so a change ends them.
        await db.Set<RoleAssignment>().Where(r => r.PartnerId == partnerId && r.To == null).LoadAsync(cancellationToken).ConfigureAwait(false);
        return partner;
    }

    private async Task EnsureUniqueNameAsync(Guid coalitionId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var normalized = Commands.CommandCatalog.Normalize(name ?? string.Empty);
        var active = await partners.ListAsync(coalitionId, includeLeft: false, cancellationToken).ConfigureAwait(false);
        if (active.Any(p => p.Id != except && Commands.CommandCatalog.Normalize(p.Name) == normalized))
        {
            throw new DomainException("partner.duplicate", "An active partner has this name.", "name", name?.Trim() ?? string.Empty);
        }
    }
}
