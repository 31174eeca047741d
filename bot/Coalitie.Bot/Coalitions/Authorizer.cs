using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;

namespace Coalitie.Bot.Coalitions;

/// <summary>
/// The permission matrix (docs/permissions.md). Procesregisseur: everything. Stuurgroep member: view, export, audit, check-in results.
/// Partner representative: view, and report progress for the partners they represent. Anyone with a role may say "we zitten vast". Observer (anyone else in the
/// team): view. Setting up a coalition is for a team without one, so with a scope (there is a coalition) it is refused.
/// </summary>
public sealed class Authorizer : IAuthorizer
{
    /// <summary>Refusal code prefix; the rest is the capability (<c>refused.EditContract</c>).</summary>
    public const string RefusedPrefix = "refused.";

    /// <summary>A representative reporting on a partner they do not represent.</summary>
    public const string NotYourPartner = "refused.ReportProgress.not-your-partner";

    /// <summary>Setting up a coalition in a team that has one.</summary>
    public const string CoalitionExists = "refused.SetUpCoalition.exists";

    public AuthorizationResult Check(CoalitionScope scope, Capability capability, Guid? partnerId = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var actor = scope.Actor;
        if (capability == Capability.SetUpCoalition)
        {
            return AuthorizationResult.Refuse(CoalitionExists);
        }

        if (actor.Has(CoalitionRole.Procesregisseur))
        {
            return AuthorizationResult.Allow;
        }

        switch (capability)
        {
            case Capability.View:
                return AuthorizationResult.Allow;
            case Capability.Export or Capability.ViewAudit or Capability.ViewCheckInResults when actor.Has(CoalitionRole.StuurgroepMember):
                return AuthorizationResult.Allow;
            case Capability.RaiseStuck when actor.Roles.Count > 0:
                return AuthorizationResult.Allow;
            case Capability.ReportProgress when actor.Has(CoalitionRole.PartnerRepresentative):
                return partnerId is { } id && actor.RepresentedPartnerIds.Contains(id)
                    ? AuthorizationResult.Allow
                    : AuthorizationResult.Refuse(NotYourPartner);
            default:
                return AuthorizationResult.Refuse(RefusedPrefix + capability);
        }
    }
}
