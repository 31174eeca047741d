using Coalitie.Bot.Cards;
using Coalitie.Domain.Contracts;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Contracts;

public static partial class ContractCards
{
    private static readonly LocalDate SampleToday = new(2030, 3, 4);

    /// <summary>Every contract card in every state, with realistic data (Havenkwartier), for the card catalogue.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = DutchContractsTexts.Instance;
        var en = EnglishContractsTexts.Instance;
        var rules = ContractRules.Default;
        var (contract, partners) = SampleContract();
        var all = new ContractPartners(partners.ToDictionary(p => p.Id, p => p.Name), partners);
        var unsigned = partners.Where(p => contract.Signatories.All(s => s.PartnerId != p.Id)).ToList();

        yield return ("contract.nl", Overview(nl, contract, all));
        yield return ("contract.en", Overview(en, contract, all));
        yield return ("contract-new.nl", Overview(nl, NewSample(), all));
        yield return ("contract-versions.nl", VersionList(nl, contract, 1));
        yield return ("contract-versions.en", VersionList(en, contract, 1));
        yield return ("contract-versions-page-2.nl", VersionList(nl, ManyVersions(), 2));
        yield return ("contract-version-earlier.nl", Version(nl, contract, 1));
        yield return ("contract-version-current.nl", Version(nl, contract, contract.CurrentVersion.Number));
        yield return ("contract-version-current.en", Version(en, contract, contract.CurrentVersion.Number));

        yield return ("contract-edit-new.nl", EditForm(nl, null, FormState.Empty, rules, SampleToday));
        yield return ("contract-edit-new.en", EditForm(en, null, FormState.Empty, rules, SampleToday));
        yield return ("contract-edit.nl", EditForm(nl, contract, FormState.Empty, rules, SampleToday));
        yield return ("contract-edit.en", EditForm(en, contract, FormState.Empty, rules, SampleToday));
        yield return ("contract-edit-refused.nl", EditForm(nl, contract, RefusedEdit(nl), rules, SampleToday));
        yield return ("contract-edit-changed-meanwhile.nl", EditForm(nl, contract, FormState.Empty.AddError(FormErrorId, nl.ChangedMeanwhile), rules, SampleToday));
        yield return ("contract-created.nl", EditReceipt(nl, NewSample(), NewSample().CurrentVersion));
        yield return ("contract-edit-receipt.nl", EditReceipt(nl, contract, contract.CurrentVersion));
        yield return ("contract-edit-receipt.en", EditReceipt(en, contract, contract.CurrentVersion));

        yield return ("contract-sign.nl", SignForm(nl, contract, unsigned, FormState.Empty, SampleToday));
        yield return ("contract-sign.en", SignForm(en, contract, unsigned, FormState.Empty, SampleToday));
        yield return ("contract-sign-refused.nl", SignForm(nl, contract, unsigned, RefusedSign(nl), SampleToday));
        yield return ("contract-sign-by-name.nl", SignForm(nl, contract, ManyPartners(MaxPartnerChoices + 1), FormState.Empty, SampleToday));
        yield return ("contract-signed.nl", SignReceipt(nl, contract, "Woonpartners Zuid", contract.Signatories[0], contract.Signatories.Count, partners.Count));
        yield return ("contract-signed.en", SignReceipt(en, contract, "Woonpartners Zuid", contract.Signatories[0], contract.Signatories.Count, partners.Count));

        yield return ("contract-programme.nl", ProgrammeForm(nl, contract, FormState.Empty, SampleToday));
        yield return ("contract-programme.en", ProgrammeForm(en, contract, FormState.Empty, SampleToday));
        yield return ("contract-programme-refused.nl", ProgrammeForm(nl, contract, RefusedProgramme(nl), SampleToday));
        var (withProgramme, outcome) = ProgrammeSample(warn: false);
        yield return ("contract-programme-added.nl", ProgrammeReceipt(nl, withProgramme, outcome));
        var (withLong, longOutcome) = ProgrammeSample(warn: true);
        yield return ("contract-programme-added-warning.nl", ProgrammeReceipt(nl, withLong, longOutcome));
        yield return ("contract-programme-added-warning.en", ProgrammeReceipt(en, withLong, longOutcome));
    }

    /// <summary>The sample: a signed 20-year contract, two programmes, four signatures, three versions.</summary>
    internal static (LocalContract Contract, IReadOnlyList<PartnerOption> Partners) SampleContract()
    {
        var partners = new List<PartnerOption>
        {
            new(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d01"), "Gemeente Havenstad"),
            new(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d02"), "Woonpartners Zuid"),
            new(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d03"), "Politie eenheid Havenstad"),
            new(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d04"), "Stichting Scholen Zuid"),
            new(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d05"), "Burgerpanel Havenkwartier"),
            new(Guid.Parse("0b6f3a52-7a8e-4c51-9d0e-2f1a3b4c5d06"), "Zorg en Welzijn Zuid"),
        };
        var contract = NewSample();
        var rules = ContractRules.Default;
        contract.AddProgramme(Guid.Parse("4e2c1d7a-1111-4a5b-8c9d-0e1f2a3b4c01"), "Uitvoeringsprogramma 2026–2029", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), rules);
        contract.AddProgramme(Guid.Parse("4e2c1d7a-1111-4a5b-8c9d-0e1f2a3b4c02"), "Uitvoeringsprogramma 2030–2033", new LocalDate(2030, 1, 1), new LocalDate(2033, 12, 31), rules);
        contract.Sign(partners[1].Id, "Sander de Vries", "directeur-bestuurder", new LocalDate(2025, 12, 15), SampleToday);
        contract.Sign(partners[0].Id, "Ingrid Jansen", "wethouder wonen en wijken", new LocalDate(2025, 12, 15), SampleToday);
        contract.Sign(partners[2].Id, "Mohammed Bakker", "teamchef", new LocalDate(2025, 12, 16), SampleToday);
        contract.Sign(partners[3].Id, "Els Visser", "voorzitter college van bestuur", new LocalDate(2026, 1, 12), SampleToday);
        contract.Edit(
            contract.Fields with { DocumentUrl = new Uri("https://havenstad.nl/wijkaanpak/lokaal-contract-v2.pdf"), Principles = contract.Principles + " Bewoners denken mee via het burgerpanel." },
            ContractVersionKind.Bijgesteld,
            "Burgerpanel toegevoegd na de eerste ronde gesprekken",
            new LocalDate(2026, 6, 2),
            rules);
        contract.Edit(
            contract.Fields with { Kind = ContractKind.Pact, ReviewCycle = ReviewCycle.FromYears(3), Title = "Pact Havenkwartier" },
            ContractVersionKind.Aangescherpt,
            "Evaluatie 2030: vaker evalueren, schoolverzuim eerder aanpakken",
            new LocalDate(2030, 2, 17),
            rules);
        return (contract, partners);
    }

    private static LocalContract NewSample() => LocalContract.Create(
        Guid.Parse("9d3e5f70-2222-4b6c-9d0e-1f2a3b4c5d6e"),
        Guid.Parse("1a2b3c4d-3333-4e5f-8a9b-0c1d2e3f4a5b"),
        new ContractFields(
            "Lokaal contract Havenkwartier",
            "Havenkwartier",
            ContractKind.Contract,
            new LocalDate(2025, 12, 15),
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2045, 12, 31)),
            ReviewCycle.FromYears(4),
            "Over twintig jaar doen de kinderen in het Havenkwartier het op school, in werk en in wonen even goed als elders in de stad. We werken vanuit de bewoners, niet over hun hoofden heen.",
            new Uri("https://havenstad.nl/wijkaanpak/lokaal-contract.pdf")),
        new LocalDate(2025, 12, 15),
        "Getekend door de bestuurders in de raadszaal",
        ContractRules.Default);

    private static LocalContract ManyVersions()
    {
        var contract = NewSample();
        for (var i = 2; i <= 40; i++)
        {
            contract.Edit(
                contract.Fields with { Area = $"Havenkwartier (deelgebied {i})" },
                (ContractVersionKind)(1 + (i % 3)),
                $"Bijstelling {i}: grens van het gebied aangepast",
                new LocalDate(2026, 1, 1).PlusDays(i * 30),
                ContractRules.Default);
        }

        return contract;
    }

    private static List<PartnerOption> ManyPartners(int count) =>
        Enumerable.Range(1, count).Select(i => new PartnerOption(new Guid(i, 0, 0, new byte[8]), $"Basisschool Zuid {i}")).ToList();

    private static (LocalContract Contract, ProgrammeOutcome Outcome) ProgrammeSample(bool warn)
    {
        var contract = NewSample();
        var outcome = warn
            ? contract.AddProgramme(Guid.Parse("4e2c1d7a-1111-4a5b-8c9d-0e1f2a3b4c09"), "Programma Veilig Havenkwartier", new LocalDate(2026, 1, 1), new LocalDate(2031, 12, 31), ContractRules.Default)
            : contract.AddProgramme(Guid.Parse("4e2c1d7a-1111-4a5b-8c9d-0e1f2a3b4c01"), "Uitvoeringsprogramma 2026–2029", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31), ContractRules.Default);
        return (contract, outcome);
    }

    private static FormState RefusedEdit(ContractsTexts t) => FormState.Empty
        .Set(ContractFieldNames.HorizonEnd, "31-12-2030")
        .Set(ContractFieldNames.Reason, string.Empty)
        .Set(ContractFieldNames.VersionDate, "31 februari 2030")
        .AddError(ContractFieldNames.HorizonEnd, t.ErrorText(ContractErrors.HorizonOutOfBounds, [10, 20]))
        .AddError(ContractFieldNames.Reason, t.ReasonRequiredMessage)
        .AddError(ContractFieldNames.VersionDate, t.UnreadableDate)
        .AddError(FormErrorId, t.FixErrors);

    private static FormState RefusedSign(ContractsTexts t) => FormState.Empty
        .Set(ContractFieldNames.PersonName, "Kees Mulder")
        .Set(ContractFieldNames.Function, "voorzitter burgerpanel")
        .Set(ContractFieldNames.SignatureDate, "1-1-2031")
        .AddError(ContractFieldNames.SignatureDate, t.ErrorText(ContractErrors.SignatureInFuture, [SampleToday]))
        .AddError(FormErrorId, t.FixErrors);

    private static FormState RefusedProgramme(ContractsTexts t) => FormState.Empty
        .Set(ContractFieldNames.ProgrammeName, "Uitvoeringsprogramma 2044–2047")
        .Set(ContractFieldNames.ProgrammeStart, "1-1-2044")
        .Set(ContractFieldNames.ProgrammeEnd, "31-12-2047")
        .AddError(ContractFieldNames.ProgrammeEnd, t.ErrorText(ContractErrors.ProgrammeOutsideHorizon, [new LocalDate(2026, 1, 1), new LocalDate(2045, 12, 31)]))
        .AddError(FormErrorId, t.FixErrors);
}
