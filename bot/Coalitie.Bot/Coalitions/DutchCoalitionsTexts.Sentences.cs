using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

internal sealed partial class DutchCoalitionsTexts
{
    public override string DescribeCoalitionStart => "Zet de coalitie van dit team op (in een teamkanaal). Jij wordt procesregisseur.";
    public override string DescribeCoalition => "Overzicht van de coalitie: partners, procesregisseurs, stuurgroep en kanalen.";
    public override string DescribePartnerAdd => "Voeg een partnerorganisatie toe, met domein en vertegenwoordiger.";
    public override string DescribePartners => "Alle partners, ook die vertrokken zijn.";
    public override string DescribePartner => "Eén partner met de geschiedenis van de vertegenwoordigers, bijv. **partner Woonpartners Zuid**.";
    public override string DescribeRole => "Rollen toewijzen: procesregisseur, stuurgroeplid of vertegenwoordiger.";

    public override string OutdatedCard => "Deze kaart is verouderd. Vraag een nieuwe op met het commando.";
    public override string Required(string field) => $"Vul {field.ToLowerInvariant()} in.";
    public override string InvalidDate(string value) => $"‘{value}’ is geen geldige datum. Schrijf bijvoorbeeld 1-3-2027 of 1 maart 2027.";
    public override string DatePlaceholder => "bijv. 1-3-2027 of 1 maart 2027";
    public override string Save => "Opslaan";
    public override string NextPage => "Volgende";
    public override string PreviousPage => "Vorige";
    public override string Page(int page, int pages) => $"Pagina {page} van {pages}";
    public override string Unknown => "onbekend";

    public override string Explain(DomainException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var arg = problem.Arguments.Count > 0 ? problem.Arguments[0] : null;
        return problem.Code switch
        {
            "coalition.exists" => CoalitionExists(arg?.ToString() ?? string.Empty),
            "coalition.name-required" => Required(FieldCoalitionName),
            "coalition.area-required" => Required(FieldArea),
            "coalition.municipality-required" => Required(FieldMunicipality),
            "coalition.too-long" => $"Dat is te lang: hooguit {arg} tekens.",
            "coalition.time-zone-unknown" => $"‘{arg}’ is geen tijdzone die ik ken. Gebruik bijvoorbeeld Europe/Amsterdam.",
            "coalition.language-unknown" => "Kies nl of en.",
            "partner.name-required" => Required(FieldPartnerName),
            "partner.name-too-long" => $"De naam is te lang: hooguit {arg} tekens.",
            "partner.duplicate" => $"Er is al een partner ‘{arg}’ in deze coalitie.",
            "partner.left" => $"Deze partner is vertrokken op {DateArg(arg)} en kan niet meer veranderen.",
            "partner.leave-before-join" => $"Een partner kan niet vertrekken voordat hij lid werd ({DateArg(arg)}).",
            "partner.leave-before-representative" => $"De huidige vertegenwoordiger begon pas op {DateArg(arg)}; kies die datum of later.",
            "partner.representative-before-join" => $"De vertegenwoordiger kan niet beginnen voordat de partner lid werd ({DateArg(arg)}).",
            "partner.representative-before-current" => $"De nieuwe vertegenwoordiger kan niet beginnen vóór de huidige ({DateArg(arg)}).",
            "partner.representative-unchanged" => "Deze persoon is al de vertegenwoordiger van deze partner.",
            "partner.representative-required" => Required(FieldNewRepresentative),
            "partner.no-representative" => "Deze partner heeft nu geen vertegenwoordiger.",
            "partner.mandate-already-confirmed" => "Het mandaat is al bevestigd.",
            "partner.representative-changed" => "Sinds deze vraag is er een andere vertegenwoordiger. Bekijk de partner opnieuw.",
            "partner.unknown" => "Die partner bestaat niet (meer) in deze coalitie.",
            "role.duplicate" => "Deze persoon heeft die rol al.",
            "role.seat-taken" => $"De zetel {DomainArg(arg)} in de stuurgroep is al bezet. Eén persoon per domein.",
            "role.chair-taken" => "De stuurgroep heeft al een voorzitter. Haal die rol eerst weg.",
            "role.seat-required" => SeatRequired,
            "role.partner-required" => PartnerRequired,
            "role.last-procesregisseur" => "Dit is de laatste procesregisseur. Wijs eerst iemand anders aan.",
            "role.already-ended" => "Deze rol is al beëindigd.",
            "role.unknown" => "Die rol bestaat niet (meer).",
            "person.unknown" => "Ik ken jou nog niet in deze coalitie.",
            _ => "Dat kan niet: " + problem.Code + ".",
        };
    }

    public override string SetupOnlyInChannel => "Een coalitie zet je op in het kanaal van het team van de coalitie: typ daar `@Coalitie coalitie start`.";
    public override string CoalitionExists(string name) => $"Dit team heeft al een coalitie: {name}. Typ `coalitie` voor het overzicht.";
    public override string SetupTitle => "Nieuwe coalitie";
    public override string SetupIntro => "Vul de gegevens in. Jij wordt procesregisseur; partners en rollen voeg je daarna toe.";
    public override string FieldCoalitionName => "Naam";
    public override string FieldArea => "Gebied (wijk)";
    public override string FieldMunicipality => "Gemeente";
    public override string FieldTimeZone => "Tijdzone";
    public override string FieldLanguage => "Taal van de coalitie";
    public override string FieldStuurgroepChannel => "Stuurgroepkanaal";
    public override string FieldFormality => "Deelname van de partners";
    public override string LanguageName(string code) => code == "en" ? "Engels" : "Nederlands";
    public override string GeneralChannel => "Algemeen";
    public override string Create => "Aanmaken";
    public override string SetupReceiptTitle(string name) => $"Coalitie {name} staat klaar";
    public override string SetupReceiptText => "Jij bent procesregisseur. Volgende stap: voeg de partners toe met **partner toevoegen**, of importeer het contract met een Excel-bestand (**hulp import**). Staan de partners erin, open dan de eerste slagvaardigheidscheck: de bronteksten raden die aan bij de start van een samenwerking.";

    public override string FirstCheckInButton => "Eerste slagvaardigheidscheck";

    public override string OverviewTitle(string name) => $"Coalitie {name}";
    public override string FactArea => "Gebied";
    public override string FactMunicipality => "Gemeente";
    public override string FactFormality => "Deelname";
    public override string FactTimeZone => "Tijdzone";
    public override string FactMainChannel => "Kanaal";
    public override string FactStuurgroepChannel => "Stuurgroepkanaal";
    public override string PartnersPerDomain(int count) => count == 1 ? "1 partner" : $"{count} partners";
    public override string NoPartnersYet => "Nog geen partners. Voeg ze toe met **partner toevoegen**.";
    public override string ProcesregisseursHeader => "Procesregie";
    public override string StuurgroepHeader => "Stuurgroep";
    public override string NoStuurgroep => "Nog geen stuurgroepleden. Wijs ze aan met **rol**.";
    public override string Chair => "voorzitter";
    public override string Seat(string domain) => $"zetel {domain}";
    public override string OverviewMoreHeader => "Contract en toezeggingen";

    public override string PartnerFormTitle => "Partner toevoegen";
    public override string FieldPartnerName => "Naam van de organisatie";
    public override string FieldDomain => "Domein";
    public override string FieldLine => "Lijn in het voetbalmodel (optioneel)";
    public override string NoLine => "geen";
    public override string FieldJoinedOn => "Lid sinds";
    public override string FieldRepresentative => "Vertegenwoordiger (optioneel)";
    public override string NoRepresentativeChoice => "nog niemand";
    public override string MembersUnavailable => "Ik kan de leden van dit team nu niet ophalen. Probeer het zo opnieuw, of noem iemand met @ in het **rol**-commando.";
    public override string MembersTruncated(int shown) => $"Alleen de eerste {shown} leden staan in de lijst. Staat iemand er niet bij? Gebruik **rol @naam …**.";
    public override string AddPartner => "Toevoegen";
    public override string PartnerAddedTitle(string name) => $"{name} is partner";
    public override string PartnerAddedText(string domain, LocalDate joinedOn, string? representative) =>
        $"Domein {domain}, lid sinds {Date(joinedOn)}." + (representative is null ? " Nog geen vertegenwoordiger: kies die via **partner <naam>**." : $" Vertegenwoordiger: {representative}.");
    public override string MemberUnknown => "Die persoon staat niet (meer) in de ledenlijst van het team. Kies opnieuw.";

    public override string PartnersTitle(int active, int left) => left == 0 ? $"Partners ({active})" : $"Partners ({active} actief, {left} vertrokken)";
    public override string NoPartners => "Deze coalitie heeft nog geen partners. Voeg ze toe met **partner toevoegen**.";
    public override string LeftOn(LocalDate day) => $"vertrokken op {Date(day)}";
    public override string RepresentedBy(string name) => $"vertegenwoordiger: {name}";
    public override string NoRepresentative => "geen vertegenwoordiger";
    public override string MandateOpen => "mandaat nog niet bevestigd";
    public override string Details => "Details";
    public override string PartnerUsage => "Welke partner bedoel je? Typ bijvoorbeeld `partner Woonpartners Zuid`, of `partners` voor de lijst.";
    public override string UnknownPartner(string name, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"Ik ken geen partner ‘{name}’. Typ `partners` voor de lijst."
        : $"Ik ken geen partner ‘{name}’. Bedoel je {Or(suggestions.Select(s => $"`partner {s}`").ToList())}?";
    public override string FactDomain => "Domein";
    public override string FactLine => "Voetbalmodel";
    public override string FactJoined => "Lid sinds";
    public override string FactLeft => "Vertrokken op";
    public override string RepresentativesHeader => "Vertegenwoordigers";
    public override string RepresentationPeriod(LocalDate from, LocalDate? until) => until is { } end ? $"{Date(from)} – {Date(end)}" : $"sinds {Date(from)}";
    public override string MandateConfirmedOn(LocalDate day) => $"mandaat bevestigd op {Date(day)}";
    public override string ChangeRepresentative => "Andere vertegenwoordiger";
    public override string LeaveCoalition => "Uit de coalitie";

    public override string ChangeRepresentativeTitle(string partner) => $"Nieuwe vertegenwoordiger voor {partner}";
    public override string FieldNewRepresentative => "Nieuwe vertegenwoordiger";
    public override string FieldFrom => "Vanaf";
    public override string RepresentativeChangedTitle(string partner) => $"{partner} heeft een nieuwe vertegenwoordiger";
    public override string RepresentativeChangedText(string person, LocalDate from) => $"{person} vertegenwoordigt de partner vanaf {Date(from)}. Het mandaat is nog niet bevestigd.";
    public override string LeaveTitle(string partner) => $"{partner} verlaat de coalitie";
    public override string LeaveIntro => "De partner blijft zichtbaar in de lijst en de geschiedenis, maar verandert daarna niet meer.";
    public override string FieldLeftOn => "Vertrokken op";
    public override string ConfirmLeave => "Vertrek vastleggen";
    public override string PartnerLeftTitle(string partner) => $"{partner} is uit de coalitie";
    public override string PartnerLeftText(LocalDate day) => $"Vertrokken op {Date(day)}. De geschiedenis blijft bewaard.";

    public override string MandatePromptTitle => "Mandaat bevestigen";
    public override string MandatePromptText(string person, string partner) =>
        $"{person} vertegenwoordigt nu {partner}. Heeft {person} het mandaat van de eigen organisatie om daar namens te beslissen (factor c, organisatiemandaat)?";
    public override string MandateConfirmButton => "Mandaat bevestigd";
    public override string MandateLaterButton => "Nog niet";
    public override string MandateConfirmedTitle => "Mandaat bevestigd";
    public override string MandateConfirmedText(string person, string partner, LocalDate day) => $"Het mandaat van {person} voor {partner} is bevestigd op {Date(day)}.";
    public override string MandateLaterText(string person, string partner) => $"Het mandaat van {person} voor {partner} staat nog open. Je vindt het terug bij **partner {partner}**.";

    public override string RoleTitle => "Rollen";
    public override string RoleIntro => "Kies een persoon uit het team en de rol. Iedereen in het team zonder rol kan meekijken.";
    public override string FieldPerson => "Persoon";
    public override string FieldRole => "Rol";
    public override string FieldSeat => "Zetel in de stuurgroep (domein)";
    public override string FieldChair => "Voorzitter van de stuurgroep";
    public override string FieldPartner => "Partner (voor een vertegenwoordiger)";
    public override string Assign => "Toewijzen";
    public override string CurrentRolesHeader => "Huidige rollen";
    public override string NoRoles => "Nog geen rollen.";
    public override string Remove => "Weghalen";
    public override string SeatRequired => "Kies de zetel (het domein) van het stuurgroeplid.";
    public override string PartnerRequired => "Kies de partner die deze persoon vertegenwoordigt.";
    public override string RoleDescription(CoalitionRole role, string? seat, bool chair, string? partner) => role switch
    {
        CoalitionRole.StuurgroepMember => "stuurgroeplid" + (seat is null ? string.Empty : $" ({Seat(seat)}{(chair ? ", voorzitter" : string.Empty)})"),
        CoalitionRole.PartnerRepresentative => "vertegenwoordiger" + (partner is null ? string.Empty : $" van {partner}"),
        _ => RoleName(role),
    };
    public override string RoleAssignedTitle => "Rol toegewezen";
    public override string RoleAssigned(string person, string role) => $"{person} is nu {role}.";
    public override string RoleRemoved(string person, string role) => $"{person} is geen {role} meer.";
    public override string RoleUsage => "Typ `rol` voor de kaart, of bijvoorbeeld `rol @Sander vertegenwoordiger Woonpartners Zuid`, `rol @Ingrid stuurgroeplid gemeente voorzitter` of `rol @Fatima procesregisseur`.";
    public override string RoleWordUnknown(string word) => $"Ik ken de rol ‘{word}’ niet. Kies procesregisseur, stuurgroeplid of vertegenwoordiger.";

    private string DateArg(object? arg) => arg is LocalDate date ? Date(date) : arg?.ToString() ?? string.Empty;

    private string DomainArg(object? arg) => arg is PartnerDomain domain ? DomainName(domain) : arg?.ToString() ?? string.Empty;
}
