using Coalitie.Bot.Cards;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Coalitions;

public static partial class CoalitionCards
{
    /// <summary>Every card of the feature in every state, with a realistic coalition (the Havenkwartier of the journeys).</summary>
    public static IReadOnlyList<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = CoalitionsTexts.For(Localization.Language.Nl);
        var en = CoalitionsTexts.For(Localization.Language.En);
        var s = SampleData.Create();
        var today = s.Today;
        var channels = new List<TeamChannel> { new("19:general@thread.tacv2", null), new("19:stuurgroep@thread.tacv2", "Stuurgroep") };
        var roster = new Roster(s.Members, true, false);
        var cards = new List<(string, AdaptiveCard)>
        {
            ("coalition-setup.nl", Setup(nl, FormState.Empty, channels, "19:stuurgroep@thread.tacv2", "Wijkaanpak Havenkwartier")),
            ("coalition-setup.en", Setup(en, FormState.Empty, channels, "19:stuurgroep@thread.tacv2", "Wijkaanpak Havenkwartier")),
            ("coalition-setup-errors.nl", Setup(nl, new FormState().Set(Fields.Name, "Wijkaanpak Havenkwartier").Set(Fields.TimeZone, "Europe/Amsterdm")
                .AddError(Fields.Area, nl.Required(nl.FieldArea)).AddError(Fields.Municipality, nl.Required(nl.FieldMunicipality))
                .AddError(Fields.TimeZone, "‘Europe/Amsterdm’ is geen tijdzone die ik ken. Gebruik bijvoorbeeld Europe/Amsterdam."), channels, "19:stuurgroep@thread.tacv2", null)),
            ("coalition-setup-receipt.nl", SetupReceipt(nl, s.Coalition, "Stuurgroep")),
            ("coalition-setup-receipt.en", SetupReceipt(en, s.Coalition, "Stuurgroep")),
            ("coalition-overview-empty.nl", Overview(nl, new OverviewModel(s.Coalition, [], s.People, s.Roles.Take(1).ToList(), s.ChannelNames, [], today))),
            ("coalition-overview.nl", Overview(nl, new OverviewModel(s.Coalition, s.Partners, s.People, s.Roles, s.ChannelNames,
                [new OverviewSection("Contract en toezeggingen", [new OverviewFact("Lokaal contract", "getekend op di 2 mrt 2027"), new OverviewFact("Toezeggingen", "18 (12 op koers, 4 risico, 2 achter)")])], today))),
            ("coalition-overview.en", Overview(en, new OverviewModel(s.Coalition, s.Partners, s.People, s.Roles, s.ChannelNames, [], today))),
            ("partner-form.nl", PartnerForm(nl, FormState.Empty, roster, today)),
            ("partner-form.en", PartnerForm(en, FormState.Empty, roster, today)),
            ("partner-form-errors.nl", PartnerForm(nl, new FormState().Set(Fields.Name, "Woonpartners Zuid").Set(Fields.Domain, nameof(PartnerDomain.Wonen)).Set(Fields.JoinedOn, "31-2-2027")
                .AddError(Fields.JoinedOn, nl.InvalidDate("31-2-2027")), roster, today)),
            ("partner-form-duplicate.nl", PartnerForm(nl, new FormState().Set(Fields.Name, "Politie eenheid Havenstad").Set(Fields.Domain, nameof(PartnerDomain.Politie))
                .AddError(Fields.Name, "Er is al een partner ‘Politie eenheid Havenstad’ in deze coalitie."), roster, today)),
            ("partner-form-no-members.nl", PartnerForm(nl, FormState.Empty, new Roster([], false, false), today)),
            ("partner-receipt.nl", PartnerReceipt(nl, s.Partners[0], "Sander de Vries")),
            ("partner-receipt-no-representative.nl", PartnerReceipt(nl, s.Partners[3], null)),
            ("partners-empty.nl", PartnersList(nl, [], s.People, 0)),
            ("partners.nl", PartnersList(nl, s.Partners, s.People, 0)),
            ("partners.en", PartnersList(en, s.Partners, s.People, 0)),
            ("partners-page-2-of-14.nl", PartnersList(nl, SampleData.ManyPartners(s.Coalition.Id, 200, today), s.People, 1)),
            ("partner-detail.nl", PartnerDetail(nl, s.Partners[0], s.People, canManage: true)),
            ("partner-detail-observer.nl", PartnerDetail(nl, s.Partners[0], s.People, canManage: false)),
            ("partner-detail-left.nl", PartnerDetail(nl, s.Partners[^1], s.People, canManage: true)),
            ("partner-detail.en", PartnerDetail(en, s.Partners[0], s.People, canManage: true)),
            ("partner-representative-form.nl", RepresentativeForm(nl, FormState.Empty, s.Partners[0], roster, today)),
            ("partner-representative-form-errors.nl", RepresentativeForm(nl, new FormState().Set(Fields.From, "1-1-2020")
                .AddError(Fields.Representative, nl.Required(nl.FieldNewRepresentative)).AddError(Fields.From, "De nieuwe vertegenwoordiger kan niet beginnen vóór de huidige (ma 1 mrt 2027)."), s.Partners[0], roster, today)),
            ("partner-representative-receipt.nl", RepresentativeReceipt(nl, s.Partners[0], "Sander de Vries", today)),
            ("partner-leave-form.nl", LeaveForm(nl, FormState.Empty, s.Partners[2], today)),
            ("partner-leave-form-errors.nl", LeaveForm(nl, new FormState().Set(Fields.LeftOn, "1-1-2020").AddError(Fields.LeftOn, "Een partner kan niet vertrekken voordat hij lid werd (ma 1 mrt 2027)."), s.Partners[2], today)),
            ("partner-leave-receipt.nl", LeaveReceipt(nl, s.Partners[^1])),
            ("mandate-prompt.nl", MandatePrompt(nl, s.Partners[0], s.Partners[0].CurrentRepresentative!, "Sander de Vries")),
            ("mandate-prompt.en", MandatePrompt(en, s.Partners[0], s.Partners[0].CurrentRepresentative!, "Sander de Vries")),
            ("mandate-confirmed.nl", MandateConfirmedReceipt(nl, "Sander de Vries", "Woonpartners Zuid", today)),
            ("mandate-later.nl", MandateLaterReceipt(nl, "Sander de Vries", "Woonpartners Zuid")),
            ("roles-empty.nl", Roles(nl, FormState.Empty, roster, [], [], 0)),
            ("roles.nl", Roles(nl, FormState.Empty, roster, s.Partners.Where(p => !p.HasLeft).ToList(), s.RoleLines(nl), 0)),
            ("roles.en", Roles(en, FormState.Empty, roster, s.Partners.Where(p => !p.HasLeft).ToList(), s.RoleLines(en), 0)),
            ("roles-errors.nl", Roles(nl, new FormState().Set(Fields.Person, "user-id-2").Set(Fields.Role, nameof(CoalitionRole.StuurgroepMember)).AddError(Fields.Seat, nl.SeatRequired),
                roster, s.Partners.Where(p => !p.HasLeft).ToList(), s.RoleLines(nl), 0)),
            ("roles-removed-notice.nl", Roles(nl, FormState.Empty, roster, s.Partners.Where(p => !p.HasLeft).ToList(), s.RoleLines(nl), 0, "Kees Mulder is geen stuurgroeplid (zetel bewoners / burgerpanel) meer.")),
            ("roles-truncated-members.nl", Roles(nl, FormState.Empty, new Roster(s.Members, true, true), s.Partners.Where(p => !p.HasLeft).ToList(), s.RoleLines(nl), 0)),
            ("role-receipt.nl", RoleReceipt(nl, nl.RoleAssigned("Ingrid Jansen", "stuurgroeplid (zetel gemeente, voorzitter)"))),
        };
        return cards;
    }

    /// <summary>The Havenkwartier coalition of the journeys, built through the domain (so every state is a legal one).</summary>
    internal sealed class SampleData
    {
        public required Coalition Coalition { get; init; }

        public required List<Partner> Partners { get; init; }

        public required Dictionary<Guid, Person> People { get; init; }

        public required List<RoleAssignment> Roles { get; init; }

        public required List<TeamMember> Members { get; init; }

        public required Dictionary<string, string> ChannelNames { get; init; }

        public LocalDate Today { get; } = new(2027, 3, 9);

        public static SampleData Create()
        {
            var next = 0;
            Guid Id() => new($"40000000-0000-4000-8000-{++next:D12}");

            var created = Instant.FromUtc(2027, 3, 1, 9, 0);
            var coalition = Coalition.Create(new Guid("7d1c2a9e-0000-4000-8000-000000000001"), "Wijkaanpak Havenkwartier", "Havenkwartier", "Havenstad",
                "19:team@thread.tacv2", "19:general@thread.tacv2", "19:stuurgroep@thread.tacv2", created);
            var names = new[] { "Fatima El Amrani", "Sander de Vries", "Ingrid Jansen", "Mohammed Bakker", "Els Visser", "Kees Mulder", "Anouk de Boer" };
            var people = names.Select((n, i) => Person.Create(new Guid($"00000000-0000-4000-8000-{i + 1:D12}"), coalition.Id, $"user-id-{i}", null, n)).ToList();
            var joined = new LocalDate(2027, 3, 1);
            Partner P(int i, string name, PartnerDomain domain, VoetbalLine? line) =>
                Partner.Join(new Guid($"10000000-0000-4000-8000-{i:D12}"), coalition.Id, name, domain, line, joined);
            var partners = new List<Partner>
            {
                P(1, "Woonpartners Zuid", PartnerDomain.Wonen, VoetbalLine.Middenveld),
                P(2, "Gemeente Havenstad", PartnerDomain.Gemeente, null),
                P(3, "Politie eenheid Havenstad", PartnerDomain.Politie, VoetbalLine.Verdediging),
                P(4, "Stichting Scholen Zuid", PartnerDomain.Onderwijs, VoetbalLine.Middenveld),
                P(5, "Burgerpanel Havenkwartier", PartnerDomain.Bewoners, VoetbalLine.Aanval),
                P(6, "Welzijn Havenstad", PartnerDomain.ZorgEnWelzijn, null),
                P(7, "Buurtbedrijf De Kade", PartnerDomain.Werk, null),
            };
            partners[0].ChangeRepresentative(Id(), people[6].Id, joined);
            partners[0].ConfirmMandate(joined, people[0].Id);
            partners[0].ChangeRepresentative(new Guid("20000000-0000-4000-8000-000000000001"), people[1].Id, new LocalDate(2027, 3, 8));
            partners[1].ChangeRepresentative(Id(), people[2].Id, joined);
            partners[1].ConfirmMandate(new LocalDate(2027, 3, 2), people[0].Id);
            partners[2].ChangeRepresentative(Id(), people[3].Id, joined);
            partners[3].ChangeRepresentative(Id(), people[4].Id, joined);
            partners[4].ChangeRepresentative(Id(), people[5].Id, joined);
            partners[6].Leave(new LocalDate(2027, 3, 5));
            var roles = new List<RoleAssignment>
            {
                RoleAssignment.Procesregisseur(Id(), coalition.Id, people[0].Id, created),
                RoleAssignment.StuurgroepMember(Id(), coalition.Id, people[2].Id, PartnerDomain.Gemeente, true, created),
                RoleAssignment.StuurgroepMember(Id(), coalition.Id, people[3].Id, PartnerDomain.Politie, false, created),
                RoleAssignment.StuurgroepMember(Id(), coalition.Id, people[5].Id, PartnerDomain.Bewoners, false, created),
                RoleAssignment.Representative(Id(), coalition.Id, people[1].Id, partners[0].Id, created),
                RoleAssignment.Representative(Id(), coalition.Id, people[4].Id, partners[3].Id, created),
            };
            return new SampleData
            {
                Coalition = coalition,
                Partners = partners,
                People = people.ToDictionary(p => p.Id),
                Roles = roles,
                Members = people.Take(6).Select((p, i) => new TeamMember($"user-id-{i}", p.DisplayName, null, null)).ToList(),
                ChannelNames = new Dictionary<string, string> { ["19:general@thread.tacv2"] = "Algemeen", ["19:stuurgroep@thread.tacv2"] = "Stuurgroep" },
            };
        }

        public static List<Partner> ManyPartners(Guid coalitionId, int count, LocalDate today)
        {
            var domains = Enum.GetValues<PartnerDomain>();
            return Enumerable.Range(1, count)
                .Select(i => Partner.Join(new Guid($"30000000-0000-4000-8000-{i:D12}"), coalitionId, $"Buurtorganisatie {i:D3} Havenkwartier", domains[i % domains.Length], null, today.PlusDays(-i)))
                .ToList();
        }

        public IReadOnlyList<RoleLine> RoleLines(CoalitionsTexts t)
        {
            var partnerNames = Partners.ToDictionary(p => p.Id, p => p.Name);
            return Roles.Select(r => new RoleLine(r.Id, People[r.PersonId].DisplayName, RoleCardBuilder.Describe(t, r, partnerNames))).ToList();
        }
    }
}
