using System.Text.Json.Nodes;
using Coalitie.Bot.Contracts;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Contracts;
using NodaTime;

namespace Coalitie.Bot.Tests.Contracts;

/// <summary>The lokaal contract through the real endpoint: commands, forms, refusals, stored rows and audit.</summary>
public sealed class ContractEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    private readonly BotHost _host = bot.Host;

    private Task<ContractWorld> WorldAsync() => ContractWorld.CreateAsync(_host, bot.NewIds());

    [Fact]
    public async Task Contract_without_a_contract_says_who_lays_it_down()
    {
        var world = await WorldAsync();

        var text = await world.TextForAsync(world.Kees, "contract");

        Assert.Equal("Er is nog geen lokaal contract. De procesregisseur legt het vast met `contract bewerken`.", text);
    }

    [Fact]
    public async Task Contract_bewerken_without_a_contract_opens_the_form_for_version_1()
    {
        var world = await WorldAsync();

        var card = await world.CardForAsync(world.Fatima, "contract bewerken");

        Assert.Equal("Lokaal contract vastleggen", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.NotNull(ContractWorld.Element(card, "horizonStart"));
        Assert.Null(ContractWorld.Element(card, "versionKind"));
        var submit = card["actions"]![0]!;
        Assert.Equal("Action.Execute", submit["type"]!.GetValue<string>());
        Assert.Equal(ContractVerbs.SubmitEdit, submit["verb"]!.GetValue<string>());
        Assert.Equal(0, submit["data"]!["baseVersion"]!.GetValue<int>());
        Assert.Equal(ContractVerbs.SubmitEdit, submit["fallback"]!["data"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submitting_the_form_lays_down_version_1_with_its_audit()
    {
        var world = await WorldAsync();

        var body = await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, ContractWorld.NewContractForm());

        var receipt = ContractWorld.CardOf(body).ToJsonString(ContractWorld.Relaxed);
        Assert.Contains("✔ Lokaal contract Havenkwartier is vastgelegd als versie 1.", receipt, StringComparison.Ordinal);
        Assert.Contains("1 jan 2026 – 31 dec 2045, 20 jaar", receipt, StringComparison.Ordinal);
        var contract = await world.ContractAsync();
        Assert.NotNull(contract);
        Assert.Equal(new LocalDate(2045, 12, 31), contract.HorizonEnd);
        Assert.Equal(4, contract.ReviewCycle.Years);
        Assert.Equal(new Uri("https://havenstad.nl/wijkaanpak/contract.pdf"), contract.DocumentUrl);
        var version = Assert.Single(contract.Versions);
        Assert.Equal(ContractVersionKind.Vastgesteld, version.Kind);
        var audit = await world.AuditAsync();
        Assert.Contains(audit, a => a.Action == "created" && a.Field == "Horizon" && a.NewValue == "2026-01-01/2045-12-31" && a.ActorPersonId == world.Fatima.PersonId);
        Assert.Contains(audit, a => a.Action == "version-added" && a.NewValue == "1 Vastgesteld 2025-12-15");
    }

    [Fact]
    public async Task An_edit_creates_version_2_with_the_diff()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        var form = await world.CardForAsync(world.Fatima, "contract bewerken");
        Assert.Equal("Contract wijzigen (nu versie 1)", form["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("31-12-2045", ContractWorld.Element(form, "horizonEnd")!["value"]!.GetValue<string>());

        var edit = ContractWorld.NewContractForm();
        edit["baseVersion"] = 1;
        edit["reviewCycle"] = "3";
        edit["kind"] = "Convenant";
        edit["versionKind"] = "Aangescherpt";
        edit["reason"] = "Evaluatie: vaker evalueren";
        edit["versionDate"] = "1 maart 2026";
        var body = await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, edit);

        var receipt = ContractWorld.CardOf(body).ToJsonString(ContractWorld.Relaxed);
        Assert.Contains("✔ Versie 2 vastgelegd: aangescherpt op zo 1 mrt 2026.", receipt, StringComparison.Ordinal);
        Assert.Contains("elke 4 jaar", receipt, StringComparison.Ordinal);
        Assert.Contains("elke 3 jaar", receipt, StringComparison.Ordinal);
        Assert.Contains("convenant", receipt, StringComparison.Ordinal);
        var contract = await world.ContractAsync();
        Assert.NotNull(contract);
        Assert.Equal(2, contract.CurrentVersion.Number);
        Assert.Equal(
            [new FieldChange(ContractField.Kind, "Contract", "Convenant"), new FieldChange(ContractField.ReviewCycle, "4", "3")],
            contract.CurrentVersion.Changes);
        Assert.Equal("Evaluatie: vaker evalueren", contract.CurrentVersion.Reason);
        var audit = await world.AuditAsync();
        Assert.Contains(audit, a => a.Action == "updated" && a.Field == "ReviewCycle" && a.OldValue == "4" && a.NewValue == "3");
        Assert.Contains(audit, a => a.Action == "version-added" && a.OldValue == "1 Vastgesteld 2025-12-15" && a.NewValue == "2 Aangescherpt 2026-03-01");
    }

    [Fact]
    public async Task An_earlier_version_stays_readable()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        var edit = ContractWorld.NewContractForm();
        edit["baseVersion"] = 1;
        edit["title"] = "Pact Havenkwartier";
        edit["versionKind"] = "Herzien";
        edit["reason"] = "Nieuwe naam na de evaluatie";
        edit["versionDate"] = "2-6-2026";
        ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, edit));

        var v1 = (await world.CardForAsync(world.Kees, "contract versie 1")).ToJsonString(ContractWorld.Relaxed);
        var v2 = ContractWorld.CardOf(await world.PressAsync(world.Kees, ContractVerbs.ShowVersion, new JsonObject { ["v"] = 1, ["number"] = 2 })).ToJsonString(ContractWorld.Relaxed);
        var list = (await world.CardForAsync(world.Kees, "contract versie")).ToJsonString(ContractWorld.Relaxed);

        Assert.Contains("Versie 1 van Lokaal contract Havenkwartier", v1, StringComparison.Ordinal);
        Assert.Contains("Dit is een eerdere versie, alleen om te lezen. De huidige is versie 2.", v1, StringComparison.Ordinal);
        Assert.Contains("Getekend in de raadszaal", v1, StringComparison.Ordinal);
        Assert.Contains("Versie 2 van Pact Havenkwartier", v2, StringComparison.Ordinal);
        Assert.Contains("Nieuwe naam na de evaluatie", v2, StringComparison.Ordinal);
        Assert.Contains("Dit is de huidige versie.", v2, StringComparison.Ordinal);
        Assert.Contains("Versie 2 · herzien · di 2 jun 2026", list, StringComparison.Ordinal);
        Assert.Contains("Versie 1 · vastgesteld · ma 15 dec 2025", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_version_number_says_which_exist()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var text = await world.TextForAsync(world.Kees, "contract versie 7");

        Assert.Equal("Versie 7 bestaat niet: het contract heeft alleen versie 1.", text);
    }

    [Fact]
    public async Task A_bad_date_is_refused_with_the_input_kept_and_the_error_next_to_the_field()
    {
        var world = await WorldAsync();
        var form = ContractWorld.NewContractForm();
        form["horizonEnd"] = "31 februari 2045";
        form["title"] = "Lokaal contract Havenkwartier-Noord";

        var card = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, form));

        Assert.Equal("31 februari 2045", ContractWorld.Element(card, "horizonEnd")!["value"]!.GetValue<string>());
        Assert.Equal("Lokaal contract Havenkwartier-Noord", ContractWorld.Element(card, "title")!["value"]!.GetValue<string>());
        Assert.Equal("Die datum kan ik niet lezen. Schrijf bijv. 1-3-2027 of 1 maart 2027.", ContractWorld.Element(card, "horizonEnd-error")!["text"]!.GetValue<string>());
        Assert.Null(ContractWorld.Element(card, "horizonStart-error"));
        Assert.Null(await world.ContractAsync());
        Assert.Empty(await world.AuditAsync());
    }

    [Fact]
    public async Task A_horizon_shorter_than_ten_years_is_refused_next_to_its_end()
    {
        var world = await WorldAsync();
        var form = ContractWorld.NewContractForm();
        form["horizonEnd"] = "31-12-2030";

        var card = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, form));

        Assert.Equal(
            "De horizon moet 10 tot 20 jaar beslaan (de bronnen: minstens tien, liefst twintig jaar).",
            ContractWorld.Element(card, "horizonEnd-error")!["text"]!.GetValue<string>());
        Assert.Equal("31-12-2030", ContractWorld.Element(card, "horizonEnd")!["value"]!.GetValue<string>());
        Assert.Null(await world.ContractAsync());
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_or_has_no_reason_is_refused()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        var same = ContractWorld.NewContractForm();
        same["baseVersion"] = 1;
        same["versionKind"] = "Herzien";
        same["reason"] = "Evaluatie";
        var noReason = ContractWorld.NewContractForm();
        noReason["baseVersion"] = 1;
        noReason["versionKind"] = "Herzien";
        noReason["area"] = "Havenkwartier-Noord";
        noReason.Remove("reason");

        var sameCard = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, same));
        var reasonCard = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, noReason));

        Assert.Equal("Er is niets veranderd. Pas minstens één veld aan.", ContractWorld.Element(sameCard, "form-error")!["text"]!.GetValue<string>());
        Assert.Equal("Zeg kort waarom het contract verandert.", ContractWorld.Element(reasonCard, "reason-error")!["text"]!.GetValue<string>());
        Assert.Equal("Havenkwartier-Noord", ContractWorld.Element(reasonCard, "area")!["value"]!.GetValue<string>());
        Assert.Equal(1, (await world.ContractAsync())!.CurrentVersion.Number);
    }

    [Fact]
    public async Task A_form_from_an_older_version_is_refused_as_changed_meanwhile()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var card = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitEdit, ContractWorld.NewContractForm()));

        Assert.Contains("intussen door iemand anders gewijzigd", ContractWorld.Element(card, "form-error")!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single((await world.ContractAsync())!.Versions);
    }

    [Fact]
    public async Task A_representative_cannot_edit_the_contract_and_is_told_whom_to_ask()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        var edit = ContractWorld.NewContractForm();
        edit["baseVersion"] = 1;
        edit["title"] = "Ander contract";
        edit["versionKind"] = "Herzien";

        var text = await world.TextForAsync(world.Sander, "contract bewerken");
        var invoke = ContractWorld.MessageOf(await world.PressAsync(world.Sander, ContractVerbs.SubmitEdit, edit));

        const string Expected = "Het contract wijzigen kan alleen de procesregisseur. Wil je een wijziging voorstellen? Leg die voor aan Fatima El Amrani (procesregisseur).";
        Assert.Equal(Expected, text);
        Assert.Equal(Expected, invoke);
        Assert.Equal("Lokaal contract Havenkwartier", (await world.ContractAsync())!.Title);
        Assert.DoesNotContain(await world.AuditAsync(), a => a.ActorPersonId == world.Sander.PersonId);
    }

    [Fact]
    public async Task An_observer_sees_the_contract_but_cannot_record_a_signature()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var card = (await world.CardForAsync(world.Kees, "contract")).ToJsonString(ContractWorld.Relaxed);
        var refusal = await world.TextForAsync(world.Kees, "contract ondertekenen");

        Assert.Contains("Lokaal contract Havenkwartier", card, StringComparison.Ordinal);
        Assert.Contains("1 jan 2026 – 31 dec 2045, 20 jaar", card, StringComparison.Ordinal);
        Assert.Contains("elke 4 jaar · volgende di 1 jan 2030", card, StringComparison.Ordinal);
        Assert.Contains("https://havenstad.nl/wijkaanpak/contract.pdf", card, StringComparison.Ordinal);
        Assert.Equal("Een ondertekening vastleggen kan alleen de procesregisseur.", refusal);
    }

    [Fact]
    public async Task Signing_records_a_signatory_shown_with_the_partner_name()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        var form = await world.CardForAsync(world.Fatima, "contract ondertekenen");
        var choices = ContractWorld.Element(form, "partner")!["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(["Gemeente Havenstad", "Politie eenheid Havenstad", "Woonpartners Zuid"], choices);

        var body = await world.PressAsync(world.Fatima, ContractVerbs.SubmitSign, new JsonObject
        {
            ["v"] = 1,
            ["partner"] = world.Woonpartners.ToString(),
            ["personName"] = "Sander de Vries",
            ["function"] = "directeur-bestuurder",
            ["signatureDate"] = "15 december 2025",
        });

        var receipt = ContractWorld.CardOf(body).ToJsonString(ContractWorld.Relaxed);
        Assert.Contains("✔ Woonpartners Zuid heeft getekend: Sander de Vries (directeur-bestuurder), ma 15 dec 2025.", receipt, StringComparison.Ordinal);
        Assert.Contains("1 van de 3 actieve partners heeft getekend.", receipt, StringComparison.Ordinal);
        var signatory = Assert.Single((await world.ContractAsync())!.Signatories);
        Assert.Equal((world.Woonpartners, "Sander de Vries", new LocalDate(2025, 12, 15)), (signatory.PartnerId, signatory.PersonName, signatory.SignedOn));
        Assert.Contains(await world.AuditAsync(), a => a.Action == "signed" && a.Field == "signatory:" + world.Woonpartners && a.NewValue == "directeur-bestuurder; 2025-12-15");
        var overview = (await world.CardForAsync(world.Kees, "contract")).ToJsonString(ContractWorld.Relaxed);
        Assert.Contains("**Woonpartners Zuid** · Sander de Vries (directeur-bestuurder) · ma 15 dec 2025", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_signature_for_a_partner_and_a_future_date_are_refused()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        JsonObject Signature(string partner, string date) => new()
        {
            ["v"] = 1, ["partner"] = partner, ["personName"] = "Ingrid Jansen", ["function"] = "wethouder", ["signatureDate"] = date,
        };
        ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitSign, Signature(world.Gemeente.ToString(), "15-12-2025")));

        var again = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitSign, Signature("Gemeente Havenstad", "16-12-2025")));
        var tomorrow = world.Today.PlusDays(1);
        var future = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitSign,
            Signature(world.Politie.ToString(), $"{tomorrow.Day}-{tomorrow.Month}-{tomorrow.Year}")));

        Assert.Equal("Deze partner heeft al getekend, op ma 15 dec 2025.", ContractWorld.Element(again, "partner-error")!["text"]!.GetValue<string>());
        Assert.StartsWith("Een handtekening kan niet in de toekomst liggen", ContractWorld.Element(future, "signatureDate-error")!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Ingrid Jansen", ContractWorld.Element(future, "personName")!["value"]!.GetValue<string>());
        Assert.Single((await world.ContractAsync())!.Signatories);
    }

    [Fact]
    public async Task An_unknown_partner_name_gets_a_suggestion()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var text = await world.TextForAsync(world.Fatima, "contract ondertekenen Woonpartnrs Zuid");

        Assert.Equal("Ik ken geen partner 'Woonpartnrs Zuid'. Bedoel je **Woonpartners Zuid**?", text);
    }

    [Fact]
    public async Task A_programme_is_added_and_offered_to_other_features()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();
        var form = await world.CardForAsync(world.Fatima, "programma toevoegen");
        Assert.Equal("1-1-2026", ContractWorld.Element(form, "programmeStart")!["value"]!.GetValue<string>());

        var body = await world.PressAsync(world.Fatima, ContractVerbs.SubmitProgramme, new JsonObject
        {
            ["v"] = 1, ["programmeName"] = "Uitvoeringsprogramma 2026–2031", ["programmeStart"] = "1-1-2026", ["programmeEnd"] = "31-12-2031",
        });

        var receipt = ContractWorld.CardOf(body).ToJsonString(ContractWorld.Relaxed);
        Assert.Contains("✔ Programma 'Uitvoeringsprogramma 2026–2031' toegevoegd: 1 jan 2026 – 31 dec 2031, 6 jaar.", receipt, StringComparison.Ordinal);
        Assert.Contains("Let op: gebruikelijk is 3 à 4 jaar.", receipt, StringComparison.Ordinal);
        await using var scope = _host.Services.CreateAsyncScope();
        var programmes = await scope.ServiceProvider.GetRequiredService<ProgrammeDirectory>().ListAsync(world.CoalitionId, CancellationToken.None);
        var programme = Assert.Single(programmes);
        Assert.Equal(("Uitvoeringsprogramma 2026–2031", new LocalDate(2031, 12, 31)), (programme.Name, programme.End));
        Assert.Contains(await world.AuditAsync(), a => a.Action == "programme-added" && a.Field == "programme:" + programme.Id);
    }

    [Fact]
    public async Task A_programme_outside_the_horizon_is_refused()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var card = ContractWorld.CardOf(await world.PressAsync(world.Fatima, ContractVerbs.SubmitProgramme, new JsonObject
        {
            ["v"] = 1, ["programmeName"] = "Te laat", ["programmeStart"] = "1-1-2044", ["programmeEnd"] = "31-12-2047",
        }));

        Assert.Equal(
            "Een programma valt binnen de horizon van het contract (1 jan 2026 – 31 dec 2045).",
            ContractWorld.Element(card, "programmeEnd-error")!["text"]!.GetValue<string>());
        Assert.Empty((await world.ContractAsync())!.Programmes);
    }

    [Fact]
    public async Task English_users_get_the_English_card()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var card = (await world.CardForAsync(world.Kees, "contract", "en-US")).ToJsonString(ContractWorld.Relaxed);

        Assert.Contains("1 Jan 2026 – 31 Dec 2045, 20 years", card, StringComparison.Ordinal);
        Assert.Contains("every 4 years · next Tue 1 Jan 2030", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outdated_card_version_is_answered_kindly()
    {
        var world = await WorldAsync();
        await world.CreateContractAsync();

        var message = ContractWorld.MessageOf(await world.PressAsync(world.Kees, ContractVerbs.Versions, new JsonObject { ["v"] = 9 }));

        Assert.Equal("Deze kaart is verouderd. Vraag een nieuwe op met **contract**.", message);
    }
}
