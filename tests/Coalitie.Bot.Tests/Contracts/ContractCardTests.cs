using Coalitie.Bot.Cards;
using Coalitie.Bot.Contracts;
using Coalitie.Domain.Contracts;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Tests.Contracts;

/// <summary>Every contract card is valid and under 28 KB, in the catalogue's states and with hundreds of items.</summary>
public sealed class ContractCardTests
{
    private static readonly LocalDate Today = new(2030, 3, 4);

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in ContractCards.Samples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_card_is_valid_and_small(string name)
    {
        var card = ContractCards.Samples().Single(s => s.Name == name).Card;

        Assert.Empty(card.Validate());
        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes - 1);
    }

    [Fact]
    public void The_catalogue_has_every_state_in_both_languages()
    {
        var names = ContractCards.Samples().Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var expected in new[] { "contract.nl", "contract.en", "contract-versions.nl", "contract-version-earlier.nl", "contract-edit-new.nl", "contract-edit-refused.nl", "contract-edit-receipt.en", "contract-sign.nl", "contract-sign-refused.nl", "contract-signed.nl", "contract-programme-refused.nl", "contract-programme-added-warning.en" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Fact]
    public void With_two_hundred_versions_signatures_and_partners_every_card_stays_under_28_KB()
    {
        var (contract, partners) = Crowded();
        var all = new ContractPartners(partners.ToDictionary(p => p.Id, p => p.Name), partners);
        var t = DutchContractsTexts.Instance;
        var cards = new[]
        {
            ContractCards.Overview(t, contract, all),
            ContractCards.VersionList(t, contract, 1),
            ContractCards.VersionList(t, contract, 14),
            ContractCards.Version(t, contract, 1),
            ContractCards.Version(t, contract, 200),
            ContractCards.EditForm(t, contract, FormState.Empty, ContractRules.Default, Today),
            ContractCards.EditReceipt(t, contract, contract.CurrentVersion),
            ContractCards.SignForm(t, contract, partners, FormState.Empty, Today),
            ContractCards.ProgrammeForm(t, contract, FormState.Empty, Today),
        };

        Assert.Equal(200, contract.Versions.Count);
        Assert.Equal(200, contract.Signatories.Count);
        foreach (var card in cards)
        {
            Assert.Empty(card.Validate());
            Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes - 1);
        }
    }

    [Fact]
    public void The_versions_list_pages_by_fifteen_newest_first()
    {
        var (contract, _) = Crowded();
        var t = DutchContractsTexts.Instance;

        var first = ContractCards.VersionList(t, contract, 1).ToJson();
        var last = ContractCards.VersionList(t, contract, 14).ToJson();

        Assert.Contains("Versie 200 ·", first, StringComparison.Ordinal);
        Assert.Contains("Versie 186 ·", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Versie 185 ·", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 14", first, StringComparison.Ordinal);
        Assert.Contains("Versie 1 ·", last, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Vorige\"", last, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":\"Volgende\"", last, StringComparison.Ordinal);
    }

    [Fact]
    public void With_more_partners_than_choices_the_signing_form_asks_for_a_name()
    {
        var (contract, partners) = Crowded();

        var card = ContractCards.SignForm(DutchContractsTexts.Instance, contract, partners, FormState.Empty, Today);

        var partner = ContractWorld.Element(System.Text.Json.Nodes.JsonNode.Parse(card.ToJson()), ContractFieldNames.Partner);
        Assert.Equal("Input.Text", partner!["type"]!.GetValue<string>());
    }

    /// <summary>A 20-year contract with 200 versions, 200 partners (all signed) and five 4-year programmes.</summary>
    private static (LocalContract Contract, IReadOnlyList<PartnerOption> Partners) Crowded()
    {
        var rules = ContractRules.Default;
        var contract = LocalContract.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            new ContractFields(
                new string('T', ContractFields.MaxTitleLength),
                "Havenkwartier",
                ContractKind.Convenant,
                new LocalDate(2025, 12, 15),
                new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2045, 12, 31)),
                ReviewCycle.FromYears(4),
                new string('p', ContractFields.MaxPrinciplesLength),
                new Uri("https://havenstad.nl/wijkaanpak/contract.pdf")),
            new LocalDate(2025, 12, 15),
            "Getekend",
            rules);
        var partners = Enumerable.Range(1, 200).Select(i => new PartnerOption(Guid.NewGuid(), $"Partnerorganisatie met een lange naam in Havenstad nummer {i}")).ToList();
        foreach (var partner in partners)
        {
            contract.Sign(partner.Id, "Bestuurder met een heel lange voornaam en achternaam", "voorzitter van de raad van bestuur", new LocalDate(2026, 1, 5), Today);
        }

        for (var year = 2026; year < 2046; year += 4)
        {
            contract.AddProgramme(Guid.NewGuid(), $"Uitvoeringsprogramma {year}–{year + 3}", new LocalDate(year, 1, 1), new LocalDate(year + 3, 12, 31), rules);
        }

        for (var i = 2; i <= 200; i++)
        {
            contract.Edit(
                contract.Fields with { Area = $"Havenkwartier deelgebied {i}", Principles = new string((char)('a' + (i % 26)), ContractFields.MaxPrinciplesLength) },
                ContractVersionKind.Bijgesteld,
                new string('r', ContractVersion.MaxReasonLength),
                new LocalDate(2026, 1, 1).PlusDays(i),
                rules);
        }

        return (contract, partners);
    }
}
