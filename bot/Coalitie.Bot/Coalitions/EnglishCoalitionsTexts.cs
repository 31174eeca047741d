using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;

namespace Coalitie.Bot.Coalitions;

internal sealed partial class EnglishCoalitionsTexts : CoalitionsTexts
{
    public static EnglishCoalitionsTexts Instance { get; } = new();

    public override Language Language => Language.En;

    public override string Refusal(Capability capability) => capability switch
    {
        Capability.View => "Only members of the coalition's team can see this.",
        Capability.SetUpCoalition => "A coalition can only be set up in a channel of a team that has none yet.",
        Capability.ManageCoalition => "Only the procesregisseur (process director) can change the coalition.",
        Capability.ManagePartners => "Only the procesregisseur (process director) can add or change partners.",
        Capability.AssignRoles => "Only the procesregisseur (process director) can assign roles.",
        Capability.ConfirmMandate => "Only the procesregisseur (process director) can confirm a mandate.",
        Capability.EditContract => "Only the procesregisseur (process director) can change the contract.",
        Capability.SignContract => "Only the procesregisseur (process director) can record a signature.",
        Capability.ManageCommitments => "Only the procesregisseur (process director) can add or change commitments.",
        Capability.ReportProgress => "Only the partner's representative or the procesregisseur can report progress.",
        Capability.Export => "Only the procesregisseur or a stuurgroep member can export.",
        Capability.ViewAudit => "Only the procesregisseur or a stuurgroep member can see the history.",
        Capability.ErasePerson => "Only the procesregisseur (process director) can erase a person.",
        Capability.ManageCheckIns => "Only the procesregisseur (process director) can plan, open, remind or close check-in rounds.",
        Capability.ViewCheckInResults => "Only the procesregisseur or a stuurgroep member can see the results of a check-in.",
        Capability.RaiseStuck => "Anyone with a role in the coalition (partner representative, stuurgroep member or procesregisseur) can report that collaboration is stuck.",
        _ => RefusalGeneric,
    };

    public override string RefusalNotYourPartner => "You can only report progress on commitments of the partner you represent.";

    public override string RefusalGeneric => "Your role in this coalition does not allow that.";

    public override string NoCoalition(bool inTeam) => inTeam
        ? "This team has no coalition yet. The procesregisseur sets it up with `coalition start` in one of the team's channels."
        : "I don't know which coalition you mean: you have no role in a coalition (yet), or roles in more than one. Ask in your coalition's channel.";

    public override string DomainName(PartnerDomain domain) => domain switch
    {
        PartnerDomain.Gemeente => "municipality",
        PartnerDomain.Onderwijs => "education",
        PartnerDomain.Wonen => "housing / housing association",
        PartnerDomain.Politie => "police",
        PartnerDomain.OpenbaarMinisterie => "Public Prosecution / justice",
        PartnerDomain.ZorgEnWelzijn => "care and welfare",
        PartnerDomain.Werk => "work / employers",
        PartnerDomain.Cultuur => "culture",
        PartnerDomain.Rijk => "central government (Rijk)",
        PartnerDomain.Bewoners => "residents / citizen panel",
        PartnerDomain.Overig => "other",
        _ => domain.ToString(),
    };

    public override string LineName(VoetbalLine line) => line switch
    {
        VoetbalLine.Keeper => "keeper",
        VoetbalLine.Verdediging => "defence",
        VoetbalLine.Middenveld => "midfield",
        VoetbalLine.Aanval => "attack",
        _ => line.ToString(),
    };

    public override string RoleName(CoalitionRole role) => role switch
    {
        CoalitionRole.Procesregisseur => "procesregisseur (process director)",
        CoalitionRole.StuurgroepMember => "stuurgroep member",
        CoalitionRole.PartnerRepresentative => "representative",
        CoalitionRole.Observer => "observer",
        _ => role.ToString(),
    };

    public override string FormalityName(CoalitionFormality formality) => formality switch
    {
        CoalitionFormality.Mandated => "mandated",
        _ => "voluntary",
    };
}
