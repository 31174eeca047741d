using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Tests.Coalitions;

public class PartnerTests
{
    private static readonly Guid Coalition = Guid.NewGuid();
    private static readonly LocalDate Joined = new(2027, 3, 1);

    private static Partner NewPartner() => Partner.Join(Guid.NewGuid(), Coalition, "  Woonpartners Zuid ", PartnerDomain.Wonen, VoetbalLine.Middenveld, Joined);

    private static DomainException Fails(Action action) => Assert.Throws<DomainException>(action);

    [Fact]
    public void A_partner_joins_with_a_trimmed_name_and_is_active_from_that_day()
    {
        var partner = NewPartner();

        Assert.Equal("Woonpartners Zuid", partner.Name);
        Assert.Equal(PartnerDomain.Wonen, partner.Domain);
        Assert.Equal(VoetbalLine.Middenveld, partner.VoetbalLine);
        Assert.False(partner.IsActiveOn(Joined.PlusDays(-1)));
        Assert.True(partner.IsActiveOn(Joined));
        Assert.Null(partner.CurrentRepresentative);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_partner_needs_a_name(string name)
    {
        var error = Fails(() => Partner.Join(Guid.NewGuid(), Coalition, name, PartnerDomain.Gemeente, null, Joined));

        Assert.Equal("partner.name-required", error.Code);
        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Leaving_ends_membership_the_day_it_happens_and_keeps_the_partner_readable()
    {
        var partner = NewPartner();
        var sander = Guid.NewGuid();
        partner.ChangeRepresentative(Guid.NewGuid(), sander, Joined);

        partner.Leave(new LocalDate(2028, 6, 30));

        Assert.True(partner.HasLeft);
        Assert.True(partner.IsActiveOn(new LocalDate(2028, 6, 29)));
        Assert.False(partner.IsActiveOn(new LocalDate(2028, 6, 30)));
        Assert.Equal("Woonpartners Zuid", partner.Name);
        var representation = Assert.Single(partner.Representations);
        Assert.Equal(new LocalDate(2028, 6, 30), representation.To);
        Assert.Null(partner.CurrentRepresentative);
        Assert.Equal(sander, partner.RepresentativeOn(new LocalDate(2028, 1, 1))!.PersonId);
    }

    [Fact]
    public void A_partner_cannot_leave_before_it_joined()
    {
        var partner = NewPartner();

        var error = Fails(() => partner.Leave(Joined.PlusDays(-1)));

        Assert.Equal("partner.leave-before-join", error.Code);
        Assert.False(partner.HasLeft);
    }

    [Fact]
    public void A_partner_that_left_cannot_change_leave_again_or_get_a_representative()
    {
        var partner = NewPartner();
        partner.Leave(Joined.PlusDays(10));

        Assert.Equal("partner.left", Fails(() => partner.Leave(Joined.PlusDays(20))).Code);
        Assert.Equal("partner.left", Fails(() => partner.ChangeRepresentative(Guid.NewGuid(), Guid.NewGuid(), Joined.PlusDays(11))).Code);
        Assert.Equal("partner.left", Fails(() => partner.ChangeDetails("Nieuwe naam", PartnerDomain.Overig, null)).Code);
        Assert.Equal("partner.left", Fails(() => partner.ConfirmMandate(Joined.PlusDays(12), Guid.NewGuid())).Code);
        Assert.Equal("Woonpartners Zuid", partner.Name);
    }

    [Fact]
    public void Changing_the_representative_ends_the_current_one_and_starts_the_new_one_unconfirmed()
    {
        var partner = NewPartner();
        var anouk = Guid.NewGuid();
        var sander = Guid.NewGuid();
        var director = Guid.NewGuid();
        partner.ChangeRepresentative(Guid.NewGuid(), anouk, Joined);
        partner.ConfirmMandate(Joined, director);

        var change = new LocalDate(2027, 9, 1);
        var sanders = partner.ChangeRepresentative(Guid.NewGuid(), sander, change);

        Assert.Equal(2, partner.Representations.Count);
        var first = partner.Representations[0];
        Assert.Equal(anouk, first.PersonId);
        Assert.Equal(change, first.To);
        Assert.True(first.IsMandateConfirmed);
        Assert.Same(sanders, partner.CurrentRepresentative);
        Assert.Equal(sander, sanders.PersonId);
        Assert.Null(sanders.To);
        Assert.False(sanders.IsMandateConfirmed);
        Assert.Null(sanders.MandateConfirmedBy);
        Assert.Equal(anouk, partner.RepresentativeOn(change.PlusDays(-1))!.PersonId);
        Assert.Equal(sander, partner.RepresentativeOn(change)!.PersonId);
    }

    [Fact]
    public void The_same_person_cannot_become_representative_again_and_nobody_starts_before_the_current_one()
    {
        var partner = NewPartner();
        var sander = Guid.NewGuid();
        partner.ChangeRepresentative(Guid.NewGuid(), sander, Joined.PlusDays(5));

        Assert.Equal("partner.representative-unchanged", Fails(() => partner.ChangeRepresentative(Guid.NewGuid(), sander, Joined.PlusDays(6))).Code);
        Assert.Equal("partner.representative-before-current", Fails(() => partner.ChangeRepresentative(Guid.NewGuid(), Guid.NewGuid(), Joined.PlusDays(4))).Code);
        Assert.Single(partner.Representations);
    }

    [Fact]
    public void A_representative_cannot_start_before_the_partner_joined()
    {
        var partner = NewPartner();

        var error = Fails(() => partner.ChangeRepresentative(Guid.NewGuid(), Guid.NewGuid(), Joined.PlusDays(-1)));

        Assert.Equal("partner.representative-before-join", error.Code);
        Assert.Empty(partner.Representations);
    }

    [Fact]
    public void The_mandate_is_confirmed_once_by_the_procesregisseur_and_not_before_the_representation_started()
    {
        var partner = NewPartner();
        var director = Guid.NewGuid();
        partner.ChangeRepresentative(Guid.NewGuid(), Guid.NewGuid(), Joined.PlusDays(7));

        Assert.Equal("partner.mandate-before-start", Fails(() => partner.ConfirmMandate(Joined.PlusDays(6), director)).Code);
        partner.ConfirmMandate(Joined.PlusDays(8), director);
        Assert.Equal("partner.mandate-already-confirmed", Fails(() => partner.ConfirmMandate(Joined.PlusDays(9), director)).Code);

        Assert.Equal(Joined.PlusDays(8), partner.CurrentRepresentative!.MandateConfirmedOn);
        Assert.Equal(director, partner.CurrentRepresentative.MandateConfirmedBy);
    }

    [Fact]
    public void Confirming_a_mandate_or_ending_a_representation_needs_a_representative()
    {
        var partner = NewPartner();

        Assert.Equal("partner.no-representative", Fails(() => partner.ConfirmMandate(Joined, Guid.NewGuid())).Code);
        Assert.Equal("partner.no-representative", Fails(() => partner.EndRepresentation(Joined)).Code);
    }

    [Fact]
    public void Leaving_cannot_predate_the_current_representative()
    {
        var partner = NewPartner();
        partner.ChangeRepresentative(Guid.NewGuid(), Guid.NewGuid(), Joined.PlusDays(30));

        var error = Fails(() => partner.Leave(Joined.PlusDays(10)));

        Assert.Equal("partner.leave-before-representative", error.Code);
        Assert.False(partner.HasLeft);
        Assert.Null(partner.CurrentRepresentative!.To);
    }
}

public class RoleAssignmentTests
{
    private static readonly Instant Start = Instant.FromUtc(2027, 3, 1, 9, 0);

    [Fact]
    public void A_stuurgroep_member_holds_a_domain_seat_and_may_chair()
    {
        var role = RoleAssignment.StuurgroepMember(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PartnerDomain.Gemeente, true, Start);

        Assert.Equal(CoalitionRole.StuurgroepMember, role.Role);
        Assert.Equal(PartnerDomain.Gemeente, role.DomainSeat);
        Assert.True(role.IsChair);
        Assert.True(role.IsActiveAt(Start));
    }

    [Fact]
    public void Roles_are_checked_for_their_seat_and_partner()
    {
        Assert.Equal("role.seat-required", Assert.Throws<DomainException>(() =>
            RoleAssignment.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), CoalitionRole.StuurgroepMember, null, false, null, Start)).Code);
        Assert.Equal("role.partner-required", Assert.Throws<DomainException>(() =>
            RoleAssignment.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), CoalitionRole.PartnerRepresentative, null, false, null, Start)).Code);
        Assert.Equal("role.seat-only-stuurgroep", Assert.Throws<DomainException>(() =>
            RoleAssignment.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), CoalitionRole.Procesregisseur, PartnerDomain.Rijk, true, null, Start)).Code);
        Assert.Equal("role.observer-not-assigned", Assert.Throws<DomainException>(() =>
            RoleAssignment.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), CoalitionRole.Observer, null, false, null, Start)).Code);
    }

    [Fact]
    public void A_role_ends_once_and_not_before_it_started()
    {
        var role = RoleAssignment.Procesregisseur(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Start);

        Assert.Equal("role.end-before-start", Assert.Throws<DomainException>(() => role.End(Start - Duration.FromDays(1))).Code);
        role.End(Start + Duration.FromDays(10));
        Assert.Equal("role.already-ended", Assert.Throws<DomainException>(() => role.End(Start + Duration.FromDays(11))).Code);

        Assert.True(role.IsActiveAt(Start + Duration.FromDays(9)));
        Assert.False(role.IsActiveAt(Start + Duration.FromDays(10)));
    }
}

public class CoalitionAndPersonTests
{
    private static readonly Instant Now = Instant.FromUtc(2027, 3, 1, 9, 0);

    [Fact]
    public void A_coalition_defaults_to_Amsterdam_Dutch_voluntary_and_the_main_channel_for_the_stuurgroep()
    {
        var coalition = Coalition.Create(Guid.NewGuid(), "Wijkaanpak Havenkwartier", "Havenkwartier", "Havenstad", "team-id", "team-id", null, Now);

        Assert.Equal("Europe/Amsterdam", coalition.TimeZoneId);
        Assert.Equal("nl", coalition.Language);
        Assert.Equal(CoalitionFormality.Voluntary, coalition.Formality);
        Assert.Equal("team-id", coalition.StuurgroepChannelId);
        Assert.Equal(new LocalDate(2027, 3, 2), coalition.Today(Instant.FromUtc(2027, 3, 1, 23, 30)));
    }

    [Fact]
    public void A_coalition_rejects_an_unknown_time_zone_and_language()
    {
        Assert.Equal("coalition.time-zone-unknown", Assert.Throws<DomainException>(() =>
            Coalition.Create(Guid.NewGuid(), "X", "Y", "Z", "team", "chan", null, Now, "Europe/Amsterdm")).Code);
        Assert.Equal("coalition.language-unknown", Assert.Throws<DomainException>(() =>
            Coalition.Create(Guid.NewGuid(), "X", "Y", "Z", "team", "chan", null, Now, null, "de")).Code);
        Assert.Equal("coalition.area-required", Assert.Throws<DomainException>(() =>
            Coalition.Create(Guid.NewGuid(), "X", " ", "Z", "team", "chan", null, Now)).Code);
    }

    [Fact]
    public void Erasing_a_person_removes_name_mail_and_Teams_ids_once()
    {
        var person = Person.Create(Guid.NewGuid(), Guid.NewGuid(), "user-id-1", "aad-1", "Sander de Vries", "sander@woonpartners.nl");

        person.Erase(Now, "Persoon 7");

        Assert.Equal("Persoon 7", person.DisplayName);
        Assert.Null(person.Email);
        Assert.Null(person.AadObjectId);
        Assert.DoesNotContain("user-id-1", person.TeamsUserId, StringComparison.Ordinal);
        Assert.Equal(Now, person.ErasedAt);
        Assert.Equal("person.already-erased", Assert.Throws<DomainException>(() => person.Erase(Now, "Persoon 8")).Code);
        Assert.Equal("person.erased", Assert.Throws<DomainException>(() => person.UpdateProfile("Sander", null, null)).Code);
    }
}
