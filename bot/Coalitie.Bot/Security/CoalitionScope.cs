using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Security;

/// <summary>Who is acting: the Teams user, and what they are in the coalition at hand.</summary>
/// <param name="PersonId">The stored person, when the user is known to the coalition.</param>
/// <param name="TeamsUserId">The channel user id (<c>29:…</c>, or the Playground's <c>user-id-N</c>).</param>
/// <param name="AadObjectId">Entra object id, when Teams sends it.</param>
/// <param name="Name">Display name as Teams sent it (never logged).</param>
/// <param name="Roles">Current roles in the coalition (empty: observer).</param>
/// <param name="RepresentedPartnerIds">Partners this person currently represents.</param>
public sealed record Actor(
    Guid? PersonId,
    string TeamsUserId,
    string? AadObjectId,
    string? Name,
    IReadOnlySet<CoalitionRole> Roles,
    IReadOnlySet<Guid> RepresentedPartnerIds)
{
    public bool Has(CoalitionRole role) => Roles.Contains(role);
}

/// <summary>The coalition a turn is about and who is acting in it.</summary>
public sealed record CoalitionScope(Guid CoalitionId, string CoalitionName, string TimeZoneId, Actor Actor);

/// <summary>
/// Finds the coalition of a turn: in a channel, the team's coalition (one per team); in a personal or group chat,
/// the coalition the user has a role in (if exactly one). Null when there is none.
/// </summary>
public interface ICoalitionResolver
{
    Task<CoalitionScope?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>The result of a capability check: allowed, or refused with the reason to show.</summary>
public sealed record AuthorizationResult(bool Allowed, string? RefusalCode)
{
    public static AuthorizationResult Allow { get; } = new(true, null);

    public static AuthorizationResult Refuse(string code) => new(false, code);
}

/// <summary>The capability matrix (docs/permissions.md).</summary>
public interface IAuthorizer
{
    /// <param name="partnerId">For partner-bound capabilities (reporting progress): the partner the object belongs to.</param>
    AuthorizationResult Check(CoalitionScope scope, Capability capability, Guid? partnerId = null);
}
