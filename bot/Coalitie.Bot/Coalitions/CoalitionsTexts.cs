using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;

namespace Coalitie.Bot.Coalitions;

/// <summary>
/// The sentences of the coalitions feature (coalition, partners, roles) and the refusal sentence for every capability,
/// which the other features use too. Dutch (informal <i>je</i>) and English; pick with <see cref="For(Language)"/>.
/// </summary>
public abstract partial class CoalitionsTexts
{
    public abstract Language Language { get; }

    public bool English => Language == Language.En;

    public static CoalitionsTexts For(Language language) => language == Language.En ? EnglishCoalitionsTexts.Instance : DutchCoalitionsTexts.Instance;

    public static CoalitionsTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    // Refusals (the matrix in docs/permissions.md)

    /// <summary>The sentence for a refused capability: who may do it.</summary>
    public abstract string Refusal(Capability capability);

    /// <summary>The sentence for a refusal from <see cref="IAuthorizer"/> (also covers "not your partner").</summary>
    public string Refusal(AuthorizationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.RefusalCode switch
        {
            Authorizer.NotYourPartner => RefusalNotYourPartner,
            Authorizer.CoalitionExists => Refusal(Capability.SetUpCoalition),
            { } code when code.StartsWith(Authorizer.RefusedPrefix, StringComparison.Ordinal)
                && Enum.TryParse<Capability>(code[Authorizer.RefusedPrefix.Length..], out var capability) => Refusal(capability),
            _ => RefusalGeneric,
        };
    }

    public abstract string RefusalNotYourPartner { get; }

    public abstract string RefusalGeneric { get; }

    /// <summary>No coalition in this conversation (a team without one, or a chat where the user has no role).</summary>
    public abstract string NoCoalition(bool inTeam);

    // Names

    public abstract string DomainName(PartnerDomain domain);

    public abstract string LineName(VoetbalLine line);

    public abstract string RoleName(CoalitionRole role);

    public abstract string FormalityName(CoalitionFormality formality);
}
