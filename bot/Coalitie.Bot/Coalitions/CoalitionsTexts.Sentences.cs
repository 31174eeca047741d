using Coalitie.Domain.Common;
using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

/// <summary>The sentences of the coalition, partner and role commands and cards.</summary>
public abstract partial class CoalitionsTexts
{
    public string Date(LocalDate date) => DutchDates.Format(date, English);

    public string Or(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + (English ? " or " : " of ") + items[^1],
        };
    }

    // Command descriptions (help card)
    public abstract string DescribeCoalitionStart { get; }
    public abstract string DescribeCoalition { get; }
    public abstract string DescribePartnerAdd { get; }
    public abstract string DescribePartners { get; }
    public abstract string DescribePartner { get; }
    public abstract string DescribeRole { get; }

    // General
    public abstract string OutdatedCard { get; }
    public abstract string Required(string field);
    public abstract string InvalidDate(string value);
    public abstract string DatePlaceholder { get; }
    public abstract string Save { get; }
    public abstract string NextPage { get; }
    public abstract string PreviousPage { get; }
    public abstract string Page(int page, int pages);
    public abstract string Unknown { get; }

    /// <summary>A domain rule in words (codes from the aggregates and <see cref="CoalitionService"/>).</summary>
    public abstract string Explain(DomainException problem);

    // Setup
    public abstract string SetupOnlyInChannel { get; }
    public abstract string CoalitionExists(string name);
    public abstract string SetupTitle { get; }
    public abstract string SetupIntro { get; }
    public abstract string FieldCoalitionName { get; }
    public abstract string FieldArea { get; }
    public abstract string FieldMunicipality { get; }
    public abstract string FieldTimeZone { get; }
    public abstract string FieldLanguage { get; }
    public abstract string FieldStuurgroepChannel { get; }
    public abstract string FieldFormality { get; }
    public abstract string LanguageName(string code);
    public abstract string GeneralChannel { get; }
    public abstract string Create { get; }
    public abstract string SetupReceiptTitle(string name);
    public abstract string SetupReceiptText { get; }

    public abstract string FirstCheckInButton { get; }

    // Overview
    public abstract string OverviewTitle(string name);
    public abstract string FactArea { get; }
    public abstract string FactMunicipality { get; }
    public abstract string FactFormality { get; }
    public abstract string FactTimeZone { get; }
    public abstract string FactMainChannel { get; }
    public abstract string FactStuurgroepChannel { get; }
    public abstract string PartnersPerDomain(int count);
    public abstract string NoPartnersYet { get; }
    public abstract string ProcesregisseursHeader { get; }
    public abstract string StuurgroepHeader { get; }
    public abstract string NoStuurgroep { get; }
    public abstract string Chair { get; }
    public abstract string Seat(string domain);
    public abstract string OverviewMoreHeader { get; }

    // Partner form
    public abstract string PartnerFormTitle { get; }
    public abstract string FieldPartnerName { get; }
    public abstract string FieldDomain { get; }
    public abstract string FieldLine { get; }
    public abstract string NoLine { get; }
    public abstract string FieldJoinedOn { get; }
    public abstract string FieldRepresentative { get; }
    public abstract string NoRepresentativeChoice { get; }
    public abstract string MembersUnavailable { get; }
    public abstract string MembersTruncated(int shown);
    public abstract string AddPartner { get; }
    public abstract string PartnerAddedTitle(string name);
    public abstract string PartnerAddedText(string domain, LocalDate joinedOn, string? representative);
    public abstract string MemberUnknown { get; }

    // Partners list and detail
    public abstract string PartnersTitle(int active, int left);
    public abstract string NoPartners { get; }
    public abstract string LeftOn(LocalDate day);
    public abstract string RepresentedBy(string name);
    public abstract string NoRepresentative { get; }
    public abstract string MandateOpen { get; }
    public abstract string Details { get; }
    public abstract string PartnerUsage { get; }
    public abstract string UnknownPartner(string name, IReadOnlyList<string> suggestions);
    public abstract string FactDomain { get; }
    public abstract string FactLine { get; }
    public abstract string FactJoined { get; }
    public abstract string FactLeft { get; }
    public abstract string RepresentativesHeader { get; }
    public abstract string RepresentationPeriod(LocalDate from, LocalDate? until);
    public abstract string MandateConfirmedOn(LocalDate day);
    public abstract string ChangeRepresentative { get; }
    public abstract string LeaveCoalition { get; }

    // Representative change and leaving
    public abstract string ChangeRepresentativeTitle(string partner);
    public abstract string FieldNewRepresentative { get; }
    public abstract string FieldFrom { get; }
    public abstract string RepresentativeChangedTitle(string partner);
    public abstract string RepresentativeChangedText(string person, LocalDate from);
    public abstract string LeaveTitle(string partner);
    public abstract string LeaveIntro { get; }
    public abstract string FieldLeftOn { get; }
    public abstract string ConfirmLeave { get; }
    public abstract string PartnerLeftTitle(string partner);
    public abstract string PartnerLeftText(LocalDate day);

    // Mandate (factor c)
    public abstract string MandatePromptTitle { get; }
    public abstract string MandatePromptText(string person, string partner);
    public abstract string MandateConfirmButton { get; }
    public abstract string MandateLaterButton { get; }
    public abstract string MandateConfirmedTitle { get; }
    public abstract string MandateConfirmedText(string person, string partner, LocalDate day);
    public abstract string MandateLaterText(string person, string partner);

    // Roles
    public abstract string RoleTitle { get; }
    public abstract string RoleIntro { get; }
    public abstract string FieldPerson { get; }
    public abstract string FieldRole { get; }
    public abstract string FieldSeat { get; }
    public abstract string FieldChair { get; }
    public abstract string FieldPartner { get; }
    public abstract string Assign { get; }
    public abstract string CurrentRolesHeader { get; }
    public abstract string NoRoles { get; }
    public abstract string Remove { get; }
    public abstract string SeatRequired { get; }
    public abstract string PartnerRequired { get; }
    public abstract string RoleDescription(Domain.Coalitions.CoalitionRole role, string? seat, bool chair, string? partner);
    public abstract string RoleAssignedTitle { get; }
    public abstract string RoleAssigned(string person, string role);
    public abstract string RoleRemoved(string person, string role);
    public abstract string RoleUsage { get; }
    public abstract string RoleWordUnknown(string word);
}
