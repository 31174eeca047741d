using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

internal sealed partial class EnglishCoalitionsTexts
{
    public override string DescribeCoalitionStart => "Set up this team's coalition (in a team channel). You become procesregisseur.";
    public override string DescribeCoalition => "Overview of the coalition: partners, procesregisseurs, stuurgroep and channels.";
    public override string DescribePartnerAdd => "Add a partner organisation, with its domain and representative.";
    public override string DescribePartners => "All partners, including those that left.";
    public override string DescribePartner => "One partner with the history of its representatives, e.g. **partner Woonpartners Zuid**.";
    public override string DescribeRole => "Assign roles: procesregisseur, stuurgroep member or representative.";

    public override string OutdatedCard => "This card is out of date. Ask for a new one with the command.";
    public override string Required(string field) => $"Please fill in {field.ToLowerInvariant()}.";
    public override string InvalidDate(string value) => $"‘{value}’ is not a valid date. Write for example 1-3-2027 or 1 March 2027.";
    public override string DatePlaceholder => "e.g. 1-3-2027 or 1 March 2027";
    public override string Save => "Save";
    public override string NextPage => "Next";
    public override string PreviousPage => "Previous";
    public override string Page(int page, int pages) => $"Page {page} of {pages}";
    public override string Unknown => "unknown";

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
            "coalition.too-long" => $"That is too long: at most {arg} characters.",
            "coalition.time-zone-unknown" => $"‘{arg}’ is not a time zone I know. Use for example Europe/Amsterdam.",
            "coalition.language-unknown" => "Choose nl or en.",
            "partner.name-required" => Required(FieldPartnerName),
            "partner.name-too-long" => $"The name is too long: at most {arg} characters.",
            "partner.duplicate" => $"This coalition already has a partner ‘{arg}’.",
            "partner.left" => $"This partner left on {DateArg(arg)} and can no longer change.",
            "partner.leave-before-join" => $"A partner cannot leave before it joined ({DateArg(arg)}).",
            "partner.leave-before-representative" => $"The current representative only started on {DateArg(arg)}; choose that date or later.",
            "partner.representative-before-join" => $"The representative cannot start before the partner joined ({DateArg(arg)}).",
            "partner.representative-before-current" => $"The new representative cannot start before the current one ({DateArg(arg)}).",
            "partner.representative-unchanged" => "This person already represents this partner.",
            "partner.representative-required" => Required(FieldNewRepresentative),
            "partner.no-representative" => "This partner has no representative now.",
            "partner.mandate-already-confirmed" => "The mandate is confirmed already.",
            "partner.representative-changed" => "The representative changed since this question. Look at the partner again.",
            "partner.unknown" => "That partner does not exist (any more) in this coalition.",
            "role.duplicate" => "This person has that role already.",
            "role.seat-taken" => $"The {DomainArg(arg)} seat in the stuurgroep is taken. One person per domain.",
            "role.chair-taken" => "The stuurgroep has a chair already. Remove that role first.",
            "role.seat-required" => SeatRequired,
            "role.partner-required" => PartnerRequired,
            "role.last-procesregisseur" => "This is the last procesregisseur. Appoint someone else first.",
            "role.already-ended" => "This role has ended already.",
            "role.unknown" => "That role does not exist (any more).",
            "person.unknown" => "I don't know you in this coalition yet.",
            _ => "That is not possible: " + problem.Code + ".",
        };
    }

    public override string SetupOnlyInChannel => "You set up a coalition in a channel of the coalition's team: type `@Coalitie coalition start` there.";
    public override string CoalitionExists(string name) => $"This team already has a coalition: {name}. Type `coalition` for the overview.";
    public override string SetupTitle => "New coalition";
    public override string SetupIntro => "Fill in the details. You become procesregisseur (process director); you add partners and roles afterwards.";
    public override string FieldCoalitionName => "Name";
    public override string FieldArea => "Area (neighbourhood)";
    public override string FieldMunicipality => "Municipality";
    public override string FieldTimeZone => "Time zone";
    public override string FieldLanguage => "Language of the coalition";
    public override string FieldStuurgroepChannel => "Stuurgroep channel";
    public override string FieldFormality => "How partners take part";
    public override string LanguageName(string code) => code == "en" ? "English" : "Dutch";
    public override string GeneralChannel => "General";
    public override string Create => "Create";
    public override string SetupReceiptTitle(string name) => $"Coalition {name} is ready";
    public override string SetupReceiptText => "You are procesregisseur. Next step: add the partners with **partner add**, or import the contract from an Excel file (**help import**). Once the partners are in, open the first effectiveness check: the source texts advise one when a partnership starts.";

    public override string FirstCheckInButton => "First effectiveness check";

    public override string OverviewTitle(string name) => $"Coalition {name}";
    public override string FactArea => "Area";
    public override string FactMunicipality => "Municipality";
    public override string FactFormality => "Participation";
    public override string FactTimeZone => "Time zone";
    public override string FactMainChannel => "Channel";
    public override string FactStuurgroepChannel => "Stuurgroep channel";
    public override string PartnersPerDomain(int count) => count == 1 ? "1 partner" : $"{count} partners";
    public override string NoPartnersYet => "No partners yet. Add them with **partner add**.";
    public override string ProcesregisseursHeader => "Process direction";
    public override string StuurgroepHeader => "Stuurgroep (steering group)";
    public override string NoStuurgroep => "No stuurgroep members yet. Appoint them with **role**.";
    public override string Chair => "chair";
    public override string Seat(string domain) => $"{domain} seat";
    public override string OverviewMoreHeader => "Contract and commitments";

    public override string PartnerFormTitle => "Add a partner";
    public override string FieldPartnerName => "Name of the organisation";
    public override string FieldDomain => "Domain";
    public override string FieldLine => "Line in the football model (optional)";
    public override string NoLine => "none";
    public override string FieldJoinedOn => "Member since";
    public override string FieldRepresentative => "Representative (optional)";
    public override string NoRepresentativeChoice => "nobody yet";
    public override string MembersUnavailable => "I can't get the team's members right now. Try again shortly, or mention someone with @ in the **role** command.";
    public override string MembersTruncated(int shown) => $"Only the first {shown} members are listed. Someone missing? Use **role @name …**.";
    public override string AddPartner => "Add";
    public override string PartnerAddedTitle(string name) => $"{name} is a partner";
    public override string PartnerAddedText(string domain, LocalDate joinedOn, string? representative) =>
        $"Domain {domain}, member since {Date(joinedOn)}." + (representative is null ? " No representative yet: choose one through **partner <name>**." : $" Representative: {representative}.");
    public override string MemberUnknown => "That person is not (or no longer) in the team's member list. Please choose again.";

    public override string PartnersTitle(int active, int left) => left == 0 ? $"Partners ({active})" : $"Partners ({active} active, {left} left)";
    public override string NoPartners => "This coalition has no partners yet. Add them with **partner add**.";
    public override string LeftOn(LocalDate day) => $"left on {Date(day)}";
    public override string RepresentedBy(string name) => $"representative: {name}";
    public override string NoRepresentative => "no representative";
    public override string MandateOpen => "mandate not confirmed yet";
    public override string Details => "Details";
    public override string PartnerUsage => "Which partner do you mean? Type for example `partner Woonpartners Zuid`, or `partners` for the list.";
    public override string UnknownPartner(string name, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"I don't know a partner ‘{name}’. Type `partners` for the list."
        : $"I don't know a partner ‘{name}’. Did you mean {Or(suggestions.Select(s => $"`partner {s}`").ToList())}?";
    public override string FactDomain => "Domain";
    public override string FactLine => "Football model";
    public override string FactJoined => "Member since";
    public override string FactLeft => "Left on";
    public override string RepresentativesHeader => "Representatives";
    public override string RepresentationPeriod(LocalDate from, LocalDate? until) => until is { } end ? $"{Date(from)} – {Date(end)}" : $"since {Date(from)}";
    public override string MandateConfirmedOn(LocalDate day) => $"mandate confirmed on {Date(day)}";
    public override string ChangeRepresentative => "Other representative";
    public override string LeaveCoalition => "Leave the coalition";

    public override string ChangeRepresentativeTitle(string partner) => $"New representative for {partner}";
    public override string FieldNewRepresentative => "New representative";
    public override string FieldFrom => "From";
    public override string RepresentativeChangedTitle(string partner) => $"{partner} has a new representative";
    public override string RepresentativeChangedText(string person, LocalDate from) => $"{person} represents the partner from {Date(from)}. The mandate is not confirmed yet.";
    public override string LeaveTitle(string partner) => $"{partner} leaves the coalition";
    public override string LeaveIntro => "The partner stays visible in the list and the history, but no longer changes.";
    public override string FieldLeftOn => "Left on";
    public override string ConfirmLeave => "Record leaving";
    public override string PartnerLeftTitle(string partner) => $"{partner} has left the coalition";
    public override string PartnerLeftText(LocalDate day) => $"Left on {Date(day)}. The history is kept.";

    public override string MandatePromptTitle => "Confirm the mandate";
    public override string MandatePromptText(string person, string partner) =>
        $"{person} now represents {partner}. Does {person} have the mandate of their own organisation to decide on its behalf (factor c, organisational mandate)?";
    public override string MandateConfirmButton => "Mandate confirmed";
    public override string MandateLaterButton => "Not yet";
    public override string MandateConfirmedTitle => "Mandate confirmed";
    public override string MandateConfirmedText(string person, string partner, LocalDate day) => $"The mandate of {person} for {partner} was confirmed on {Date(day)}.";
    public override string MandateLaterText(string person, string partner) => $"The mandate of {person} for {partner} is still open. You find it under **partner {partner}**.";

    public override string RoleTitle => "Roles";
    public override string RoleIntro => "Choose a person from the team and the role. Everyone in the team without a role can follow along.";
    public override string FieldPerson => "Person";
    public override string FieldRole => "Role";
    public override string FieldSeat => "Stuurgroep seat (domain)";
    public override string FieldChair => "Chair of the stuurgroep";
    public override string FieldPartner => "Partner (for a representative)";
    public override string Assign => "Assign";
    public override string CurrentRolesHeader => "Current roles";
    public override string NoRoles => "No roles yet.";
    public override string Remove => "Remove";
    public override string SeatRequired => "Choose the seat (domain) of the stuurgroep member.";
    public override string PartnerRequired => "Choose the partner this person represents.";
    public override string RoleDescription(CoalitionRole role, string? seat, bool chair, string? partner) => role switch
    {
        CoalitionRole.StuurgroepMember => "stuurgroep member" + (seat is null ? string.Empty : $" ({Seat(seat)}{(chair ? ", chair" : string.Empty)})"),
        CoalitionRole.PartnerRepresentative => "representative" + (partner is null ? string.Empty : $" of {partner}"),
        _ => RoleName(role),
    };
    public override string RoleAssignedTitle => "Role assigned";
    public override string RoleAssigned(string person, string role) => $"{person} is now {role}.";
    public override string RoleRemoved(string person, string role) => $"{person} is no longer {role}.";
    public override string RoleUsage => "Type `role` for the card, or for example `role @Sander representative Woonpartners Zuid`, `role @Ingrid stuurgroep gemeente chair` or `role @Fatima procesregisseur`.";
    public override string RoleWordUnknown(string word) => $"I don't know the role ‘{word}’. Choose procesregisseur, stuurgroep or representative.";

    private string DateArg(object? arg) => arg is LocalDate date ? Date(date) : arg?.ToString() ?? string.Empty;

    private string DomainArg(object? arg) => arg is PartnerDomain domain ? DomainName(domain) : arg?.ToString() ?? string.Empty;
}
