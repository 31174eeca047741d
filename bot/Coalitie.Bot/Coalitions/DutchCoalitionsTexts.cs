using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;

namespace Coalitie.Bot.Coalitions;

internal sealed partial class DutchCoalitionsTexts : CoalitionsTexts
{
    public static DutchCoalitionsTexts Instance { get; } = new();

    public override Language Language => Language.Nl;

    public override string Refusal(Capability capability) => capability switch
    {
        Capability.View => "Dit kun je alleen zien als je in het team van de coalitie zit.",
        Capability.SetUpCoalition => "Een coalitie opzetten kan alleen in een teamkanaal van een team dat nog geen coalitie heeft.",
        Capability.ManageCoalition => "De coalitie wijzigen kan alleen de procesregisseur.",
        Capability.ManagePartners => "Partners toevoegen of wijzigen kan alleen de procesregisseur.",
        Capability.AssignRoles => "Rollen toewijzen kan alleen de procesregisseur.",
        Capability.ConfirmMandate => "Een mandaat bevestigen kan alleen de procesregisseur.",
        Capability.EditContract => "Het contract wijzigen kan alleen de procesregisseur.",
        Capability.SignContract => "Een ondertekening vastleggen kan alleen de procesregisseur.",
        Capability.ManageCommitments => "Toezeggingen toevoegen of wijzigen kan alleen de procesregisseur.",
        Capability.ReportProgress => "Voortgang melden kan alleen de vertegenwoordiger van de partner of de procesregisseur.",
        Capability.Export => "Exporteren kan alleen de procesregisseur of een lid van de stuurgroep.",
        Capability.ViewAudit => "De geschiedenis bekijken kan alleen de procesregisseur of een lid van de stuurgroep.",
        Capability.ErasePerson => "Iemand wissen kan alleen de procesregisseur.",
        Capability.ManageCheckIns => "Check-in rondes plannen, openen, herinneren en sluiten kan alleen de procesregisseur.",
        Capability.ViewCheckInResults => "De uitslag van een check-in zien kan alleen de procesregisseur of een lid van de stuurgroep.",
        Capability.RaiseStuck => "Melden dat de samenwerking vastloopt kan iedereen met een rol in de coalitie (partnervertegenwoordiger, stuurgroeplid of procesregisseur).",
        _ => RefusalGeneric,
    };

    public override string RefusalNotYourPartner => "Voortgang melden kan alleen op toezeggingen van de partner die jij vertegenwoordigt.";

    public override string RefusalGeneric => "Dat mag je met jouw rol in deze coalitie niet doen.";

    public override string NoCoalition(bool inTeam) => inTeam
        ? "Dit team heeft nog geen coalitie. De procesregisseur zet die op met `coalitie start` in een kanaal van het team."
        : "Ik weet niet over welke coalitie je het hebt: je hebt (nog) geen rol in een coalitie, of in meer dan één. Stel je vraag in het kanaal van je coalitie.";

    public override string DomainName(PartnerDomain domain) => domain switch
    {
        PartnerDomain.Gemeente => "gemeente",
        PartnerDomain.Onderwijs => "onderwijs",
        PartnerDomain.Wonen => "wonen / woningcorporatie",
        PartnerDomain.Politie => "politie",
        PartnerDomain.OpenbaarMinisterie => "Openbaar Ministerie / justitie",
        PartnerDomain.ZorgEnWelzijn => "zorg en welzijn",
        PartnerDomain.Werk => "werk / werkgevers",
        PartnerDomain.Cultuur => "cultuur",
        PartnerDomain.Rijk => "Rijk",
        PartnerDomain.Bewoners => "bewoners / burgerpanel",
        PartnerDomain.Overig => "overig",
        _ => domain.ToString(),
    };

    public override string LineName(VoetbalLine line) => line switch
    {
        VoetbalLine.Keeper => "keeper",
        VoetbalLine.Verdediging => "verdediging",
        VoetbalLine.Middenveld => "middenveld",
        VoetbalLine.Aanval => "aanval",
        _ => line.ToString(),
    };

    public override string RoleName(CoalitionRole role) => role switch
    {
        CoalitionRole.Procesregisseur => "procesregisseur",
        CoalitionRole.StuurgroepMember => "stuurgroeplid",
        CoalitionRole.PartnerRepresentative => "vertegenwoordiger",
        CoalitionRole.Observer => "kijker",
        _ => role.ToString(),
    };

    public override string FormalityName(CoalitionFormality formality) => formality switch
    {
        CoalitionFormality.Mandated => "gemandateerd (opgedragen)",
        _ => "vrijwillig",
    };
}
