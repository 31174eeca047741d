using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commitments;
using Coalitie.Bot.Security;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Commitments;
using Coalitie.Teams.Cards;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.Commitments;

/// <summary>The commitment commands and card actions through the real <c>/api/messages</c>, with a coalition in the database.</summary>
public sealed class CommitmentEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    private static readonly DutchCommitmentsTexts Nl = DutchCommitmentsTexts.Instance;
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly BotHost _host = bot.Host;

    [Fact]
    public async Task Toezegging_toevoegen_shows_the_form_and_a_submit_with_Dutch_numbers_and_dates_saves_T_1_with_its_audit_entry()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var (message, thread) = world.ChannelMessage(world.Fatima, "Toezegging Toevoegen");

        using var sent = await _host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var form = Replies.Card(Replies.Only(_host, thread)).ToJsonString(Readable);
        Assert.Contains(Nl.FormTitle, form, StringComparison.Ordinal);
        Assert.Contains("Woonpartners Zuid", form, StringComparison.Ordinal);
        Assert.Contains("Werk en inkomen (leefveld)", form, StringComparison.Ordinal);
        Assert.Contains(CommitmentVerbs.AddSubmit, form, StringComparison.Ordinal);
        Assert.DoesNotContain(Nl.ProgrammeLabel, form, StringComparison.Ordinal);

        var wonen = await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.Leefveld);
        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, Form(world, wonen)));

        var card = await InvokeCardAsync(response);
        Assert.Contains("Toezegging **T-1** opgeslagen voor Woonpartners Zuid.", card, StringComparison.Ordinal);
        Assert.Contains("Sander de Vries", card, StringComparison.Ordinal);
        var stored = await _host.QueryAsync(db => db.Set<Commitment>().SingleAsync(c => c.CoalitionId == world.CoalitionId));
        Assert.Equal(1, stored.Number);
        Assert.Equal(4.6m, stored.Target.Value);
        Assert.Equal(new LocalDate(2027, 3, 1), stored.Target.Date);
        Assert.Equal(new LocalDate(2026, 1, 1), stored.Baseline.Date);
        Assert.Equal(Direction.LowerIsBetter, stored.Indicator.Direction);
        Assert.Equal([new DatedValue(30, new LocalDate(2026, 12, 31))], stored.Milestones);
        Assert.Equal(wonen, stored.GoalAreaId);
        var audit = await _host.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.EntityId == stored.Id.ToString()).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(CommitmentAudit.Created, entry.Action);
        Assert.Equal(world.Fatima.PersonId, entry.ActorPersonId);
    }

    [Fact]
    public async Task A_target_date_before_the_baseline_comes_back_as_the_same_form_with_the_input_kept_and_the_error_next_to_the_field()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var data = Form(world, await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.CoreGoal));
        data["targetDate"] = "31-12-2025";
        data["milestoneValue"] = string.Empty;
        data["milestoneDate"] = string.Empty;

        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, data));

        var card = JsonNode.Parse(await InvokeCardAsync(response))!.AsObject();
        var error = FindById(card, "targetDate-error");
        Assert.NotNull(error);
        Assert.Equal("De streefdatum moet na de nulmeting liggen (do 1 jan 2026).", error["text"]!.GetValue<string>());
        Assert.Equal("31-12-2025", FindById(card, "targetDate")!["value"]!.GetValue<string>());
        Assert.Equal("Minder leegstand in de portiekflats", FindById(card, "title")!["value"]!.GetValue<string>());
        Assert.Equal("4,6", FindById(card, "targetValue")!["value"]!.GetValue<string>());
        Assert.Equal(0, await _host.QueryAsync(db => db.Set<Commitment>().CountAsync(c => c.CoalitionId == world.CoalitionId)));
    }

    [Fact]
    public async Task Unreadable_numbers_and_dates_are_refused_per_field()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var data = Form(world, await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.CoreGoal));
        data["baselineValue"] = "veel";
        data["targetDate"] = "31-2-2027";

        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, data));

        var card = JsonNode.Parse(await InvokeCardAsync(response))!.AsObject();
        Assert.Equal(Nl.NotANumber, FindById(card, "baselineValue-error")!["text"]!.GetValue<string>());
        Assert.Equal(Nl.NotADate, FindById(card, "targetDate-error")!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_representative_cannot_add_commitments_by_command_or_by_card()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var (message, thread) = world.ChannelMessage(world.Sander, "toezegging toevoegen");

        using var sent = await _host.PostActivityAsync(message);
        using var submitted = await _host.PostActivityAsync(world.Invoke(world.Sander, CommitmentVerbs.AddSubmit, Form(world, null)));

        var refusal = CoalitionsTexts.For(Localization.Language.Nl).Refusal(Capability.ManageCommitments);
        Assert.Equal(refusal, Replies.Text(Replies.Only(_host, thread)));
        var body = await HttpAssert.JsonBodyAsync(submitted);
        Assert.Equal(refusal, body["value"]!.GetValue<string>());
        Assert.Equal(0, await _host.QueryAsync(db => db.Set<Commitment>().CountAsync(c => c.CoalitionId == world.CoalitionId)));
    }

    [Fact]
    public async Task A_representative_reports_progress_on_their_own_partners_commitment_and_gets_a_receipt_with_the_status()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var own = (await world.AddCommitmentsAsync(1, world.Woonpartners)).Single();
        var (message, thread) = world.ChannelMessage(world.Sander, "voortgang t1");

        using var sent = await _host.PostActivityAsync(message);
        var form = Replies.Card(Replies.Only(_host, thread)).ToJsonString(Readable);
        Assert.Contains("Voortgang T-1 — Minder leegstand in de portiekflats 1", form, StringComparison.Ordinal);
        Assert.Contains(CommitmentVerbs.ProgressSubmit, form, StringComparison.Ordinal);

        var data = new JsonObject { ["v"] = 1, ["number"] = 1, ["value"] = "38,5", ["date"] = string.Empty, ["comment"] = "Twee flats opgeleverd." };
        using var response = await _host.PostActivityAsync(world.Invoke(world.Sander, CommitmentVerbs.ProgressSubmit, data));

        var receipt = await InvokeCardAsync(response);
        Assert.Contains("✔ Gemeld op ", receipt, StringComparison.Ordinal);
        Assert.Contains("**38,5 aantal**. Status: *", receipt, StringComparison.Ordinal);
        var stored = await _host.QueryAsync(db => db.Set<Commitment>().SingleAsync(c => c.Id == own.Id));
        var report = Assert.Single(stored.Reports);
        Assert.Equal(38.5m, report.Value);
        Assert.Equal(world.Today, report.Date);
        Assert.Equal(world.Sander.PersonId, report.ReporterPersonId);
        Assert.Equal("Twee flats opgeleverd.", report.Comment);
        var audit = await _host.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.EntityId == own.Id.ToString()).ToListAsync());
        Assert.Equal(CommitmentAudit.ProgressReported, Assert.Single(audit).Action);
    }

    [Fact]
    public async Task A_representative_is_refused_on_another_partners_commitment_and_nothing_is_stored()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var other = (await world.AddCommitmentsAsync(1, world.Gemeente)).Single();
        var (message, thread) = world.ChannelMessage(world.Sander, "voortgang T-1");

        using var sent = await _host.PostActivityAsync(message);
        var data = new JsonObject { ["v"] = 1, ["number"] = 1, ["value"] = "30", ["date"] = string.Empty };
        using var response = await _host.PostActivityAsync(world.Invoke(world.Sander, CommitmentVerbs.ProgressSubmit, data));

        var refusal = CoalitionsTexts.For(Localization.Language.Nl).RefusalNotYourPartner;
        Assert.Equal(refusal, Replies.Text(Replies.Only(_host, thread)));
        Assert.Equal(refusal, (await HttpAssert.JsonBodyAsync(response))["value"]!.GetValue<string>());
        var stored = await _host.QueryAsync(db => db.Set<Commitment>().SingleAsync(c => c.Id == other.Id));
        Assert.Empty(stored.Reports);
    }

    [Fact]
    public async Task A_progress_report_dated_before_the_baseline_comes_back_with_the_error_next_to_the_date()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var own = (await world.AddCommitmentsAsync(1, world.Woonpartners)).Single();
        var data = new JsonObject { ["v"] = 1, ["number"] = 1, ["value"] = "30", ["date"] = "1-1-2000" };

        using var response = await _host.PostActivityAsync(world.Invoke(world.Sander, CommitmentVerbs.ProgressSubmit, data));

        var card = JsonNode.Parse(await InvokeCardAsync(response))!.AsObject();
        Assert.StartsWith("Die datum ligt voor de nulmeting (", FindById(card, "date-error")!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("30", FindById(card, "value")!["value"]!.GetValue<string>());
        Assert.Empty((await _host.QueryAsync(db => db.Set<Commitment>().SingleAsync(c => c.Id == own.Id))).Reports);
    }

    [Fact]
    public async Task Voortgang_without_a_number_offers_only_the_representatives_own_commitments()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await world.AddCommitmentsAsync(2, world.Woonpartners, "Woning");
        await world.AddCommitmentsAsync(1, world.Gemeente, "Schuldhulp");
        var (message, thread) = world.ChannelMessage(world.Sander, "voortgang");

        using var sent = await _host.PostActivityAsync(message);

        var card = Replies.Card(Replies.Only(_host, thread)).ToJsonString(Readable);
        Assert.Contains(Nl.ChooseTitle, card, StringComparison.Ordinal);
        Assert.Contains("T-1 — Woning 1", card, StringComparison.Ordinal);
        Assert.Contains("T-2 — Woning 2", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Schuldhulp", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_observer_may_not_report_progress()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await world.AddCommitmentsAsync(1, world.Woonpartners);
        var (message, thread) = world.ChannelMessage(world.Kees, "voortgang");

        using var sent = await _host.PostActivityAsync(message);

        Assert.Equal(CoalitionsTexts.For(Localization.Language.Nl).Refusal(Capability.ReportProgress), Replies.Text(Replies.Only(_host, thread)));
    }

    [Fact]
    public async Task The_list_of_200_commitments_pages_by_15_and_every_page_stays_under_28_KB()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var programme = await world.AddContractWithProgrammeAsync(
            "Uitvoeringsprogramma Wijkaanpak Havenkwartier: wonen, school en werk in samenhang", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));
        await world.AddCommitmentsAsync(120, world.Woonpartners, "Minder leegstand in de portiekflats aan de Havenstraat en de Kadelaan, met nieuwe bewoners uit de buurt", programme);
        await world.AddCommitmentsAsync(80, world.Gemeente, "Schuldhulp binnen twee weken voor elk huishouden dat zich meldt bij het wijkteam", programme);
        var (message, thread) = world.ChannelMessage(world.Kees, "toezeggingen");

        using var sent = await _host.PostActivityAsync(message);

        var first = Replies.Card(Replies.Only(_host, thread));
        var firstJson = first.ToJsonString(Readable);
        Assert.True(Encoding.UTF8.GetByteCount(firstJson) < AdaptiveCard.MaxSizeBytes, $"page 1 is {Encoding.UTF8.GetByteCount(firstJson)} bytes");
        Assert.Contains("Toezeggingen (200)", firstJson, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 14", firstJson, StringComparison.Ordinal);
        Assert.Contains("Uitvoeringsprogramma Wijkaanpak Havenkw… (2026–2029)", firstJson, StringComparison.Ordinal);
        Assert.Equal(15, first["body"]!.AsArray().Count(e => e!["selectAction"]?["verb"]?.GetValue<string>() == CommitmentVerbs.Show));
        Assert.Empty(AdaptiveCard.Parse(firstJson).Validate());

        var page = new JsonObject { ["v"] = 1, ["filter"] = null, ["page"] = 14 };
        using var response = await _host.PostActivityAsync(world.Invoke(world.Kees, CommitmentVerbs.ListPage, page));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);

        // Kees has no role, so in a personal chat he has no coalition: paging is from the channel card for him.
        Assert.Equal(CoalitionsTexts.For(Localization.Language.Nl).NoCoalition(false), body["value"]!.GetValue<string>());

        using var pageByFatima = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.ListPage, page.DeepClone().AsObject()));
        var last = await InvokeCardAsync(pageByFatima);
        Assert.True(Encoding.UTF8.GetByteCount(last) < AdaptiveCard.MaxSizeBytes);
        Assert.Contains("Pagina 14 van 14", last, StringComparison.Ordinal);
        Assert.Contains("T-200", last, StringComparison.Ordinal);
        Assert.Contains(Nl.PreviousButton, last, StringComparison.Ordinal);
        Assert.DoesNotContain(Nl.NextButton, last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_partner_goal_area_or_status_and_suggests_for_unknown_words()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await world.AddCommitmentsAsync(2, world.Woonpartners, "Woning");
        await world.AddCommitmentsAsync(1, world.Gemeente, "Schuldhulp");

        var (byPartner, t1) = world.ChannelMessage(world.Fatima, "toezeggingen gemeente");
        using (await _host.PostActivityAsync(byPartner))
        {
            var card = Replies.Card(_host.RequestsFor(t1)[^1]).ToJsonString(Readable);
            Assert.Contains("Toezeggingen: Gemeente Havenstad (1)", card, StringComparison.Ordinal);
            Assert.DoesNotContain("Woning", card, StringComparison.Ordinal);
        }

        var (byStatus, t2) = world.ChannelMessage(world.Fatima, "toezeggingen op koers");
        using (await _host.PostActivityAsync(byStatus))
        {
            Assert.Contains("Toezeggingen: op koers (", Replies.Card(_host.RequestsFor(t2)[^1]).ToJsonString(Readable), StringComparison.Ordinal);
        }

        var (typo, t3) = world.ChannelMessage(world.Fatima, "toezeggingen woonpartnrs");
        using (await _host.PostActivityAsync(typo))
        {
            Assert.Equal("Ik ken geen partner, doel of status \"woonpartnrs\". Bedoel je `Woonpartners Zuid`?", Replies.Text(_host.RequestsFor(t3)[^1]));
        }
    }

    [Fact]
    public async Task Toezegging_with_a_number_shows_indicator_progress_and_audit_history()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var wonen = await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.Leefveld);
        using (await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, Form(world, wonen))))
        {
        }

        var report = new JsonObject { ["v"] = 1, ["number"] = 1, ["value"] = "38", ["date"] = DateText(world.Today), ["comment"] = "Vertraging door de aannemer." };
        using (await _host.PostActivityAsync(world.Invoke(world.Sander, CommitmentVerbs.ProgressSubmit, report)))
        {
        }

        var (message, thread) = world.ChannelMessage(world.Fatima, "toezegging t1");
        using var sent = await _host.PostActivityAsync(message);

        var card = Replies.Card(Replies.Only(_host, thread)).ToJsonString(Readable);
        Assert.Contains("T-1 — Minder leegstand in de portiekflats", card, StringComparison.Ordinal);
        Assert.Contains("leegstaande woningen (aantal, lager is beter)", card, StringComparison.Ordinal);
        Assert.Contains("42 aantal (do 1 jan 2026)", card, StringComparison.Ordinal);
        Assert.Contains("4,6 aantal (ma 1 mrt 2027)", card, StringComparison.Ordinal);
        Assert.Contains("30 aantal (do 31 dec 2026)", card, StringComparison.Ordinal);
        Assert.Contains("Wonen (leefveld)", card, StringComparison.Ordinal);
        Assert.Contains("**38 aantal** (Sander de Vries)", card, StringComparison.Ordinal);
        Assert.Contains("Vertraging door de aannemer.", card, StringComparison.Ordinal);
        Assert.Contains(Nl.AuditHeader, card, StringComparison.Ordinal);
        Assert.Contains("vastgelegd door Fatima El Amrani.", card, StringComparison.Ordinal);
        Assert.Contains("voortgang gemeld door Sander de Vries: 38 (", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_add_form_offers_the_contracts_programme_and_a_submit_with_it_stores_the_ProgrammeId()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var programme = await world.AddContractWithProgrammeAsync("Uitvoeringsprogramma Havenkwartier", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));
        var (message, thread) = world.ChannelMessage(world.Fatima, "toezegging toevoegen");

        using var sent = await _host.PostActivityAsync(message);

        var form = Replies.Card(Replies.Only(_host, thread));
        var choice = FindById(form, CommitmentFields.Programme);
        Assert.NotNull(choice);
        Assert.Equal("Input.ChoiceSet", choice["type"]!.GetValue<string>());
        Assert.Equal(Nl.ProgrammeLabel, choice["label"]!.GetValue<string>());
        Assert.Equal("compact", choice["style"]!.GetValue<string>());
        var offered = choice["choices"]!.AsArray().Select(c => (Title: c!["title"]!.GetValue<string>(), Value: c["value"]!.GetValue<string>())).ToList();
        Assert.Contains(("Uitvoeringsprogramma Havenkwartier (2026–2029)", programme.ToString()), offered);

        var data = Form(world, await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.Leefveld));
        data["programme"] = programme.ToString();
        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, data));

        var receipt = await InvokeCardAsync(response);
        Assert.Contains("Toezegging **T-1** opgeslagen voor Woonpartners Zuid.", receipt, StringComparison.Ordinal);
        Assert.Contains("Uitvoeringsprogramma Havenkwartier (do 1 jan 2026 – ma 31 dec 2029)", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("valt buiten de looptijd", receipt, StringComparison.Ordinal);
        var stored = await _host.QueryAsync(db => db.Set<Commitment>().SingleAsync(c => c.CoalitionId == world.CoalitionId));
        Assert.Equal(programme, stored.ProgrammeId);
    }

    [Fact]
    public async Task A_target_date_after_the_programme_ends_is_accepted_with_a_kind_note_on_the_receipt()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var programme = await world.AddContractWithProgrammeAsync("Startprogramma", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var data = Form(world, await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.Leefveld));
        data["programme"] = programme.ToString();

        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, data));

        var receipt = await InvokeCardAsync(response);
        Assert.Contains("De streefdatum (ma 1 mrt 2027) valt buiten de looptijd van Startprogramma (do 1 jan 2026 – do 31 dec 2026). Dat is prima: een toezegging mag langer lopen dan een uitvoeringsprogramma.", receipt, StringComparison.Ordinal);
        var stored = await _host.QueryAsync(db => db.Set<Commitment>().SingleAsync(c => c.CoalitionId == world.CoalitionId));
        Assert.Equal(programme, stored.ProgrammeId);
        Assert.Equal(new LocalDate(2027, 3, 1), stored.Target.Date);
    }

    [Fact]
    public async Task A_programme_that_is_not_this_coalitions_is_refused_next_to_the_field_with_the_input_kept()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await world.AddContractWithProgrammeAsync("Uitvoeringsprogramma Havenkwartier", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));
        var elsewhere = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var foreign = await elsewhere.AddContractWithProgrammeAsync("Uitvoeringsprogramma Noordoever", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));
        var data = Form(world, await GoalAreaIdAsync(world, "Wonen", GoalAreaKind.Leefveld));
        data["programme"] = foreign.ToString();

        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, CommitmentVerbs.AddSubmit, data));

        var card = JsonNode.Parse(await InvokeCardAsync(response))!.AsObject();
        Assert.Equal(Nl.UnknownProgramme, FindById(card, "programme-error")!["text"]!.GetValue<string>());
        Assert.Equal(foreign.ToString(), FindById(card, "programme")!["value"]!.GetValue<string>());
        Assert.Equal("Minder leegstand in de portiekflats", FindById(card, "title")!["value"]!.GetValue<string>());
        Assert.Equal("1 maart 2027", FindById(card, "targetDate")!["value"]!.GetValue<string>());
        Assert.DoesNotContain("Noordoever", card.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal(0, await _host.QueryAsync(db => db.Set<Commitment>().CountAsync(c => c.CoalitionId == world.CoalitionId)));
    }

    [Fact]
    public async Task The_detail_card_and_the_list_show_the_commitments_programme()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var programme = await world.AddContractWithProgrammeAsync("Uitvoeringsprogramma Havenkwartier", new LocalDate(2026, 1, 1), new LocalDate(2029, 12, 31));
        await world.AddCommitmentsAsync(1, world.Woonpartners, "Woning", programme);
        await world.AddCommitmentsAsync(1, world.Gemeente, "Schuldhulp");

        var (detail, t1) = world.ChannelMessage(world.Kees, "toezegging T-1");
        using (await _host.PostActivityAsync(detail))
        {
            var card = Replies.Card(_host.RequestsFor(t1)[^1]).ToJsonString(Readable);
            Assert.Contains($"\"title\":\"{Nl.ProgrammeFact}\"", card, StringComparison.Ordinal);
            Assert.Contains("Uitvoeringsprogramma Havenkwartier (do 1 jan 2026 – ma 31 dec 2029)", card, StringComparison.Ordinal);
        }

        var (other, t2) = world.ChannelMessage(world.Kees, "toezegging T-2");
        using (await _host.PostActivityAsync(other))
        {
            Assert.DoesNotContain(Nl.ProgrammeFact, Replies.Card(_host.RequestsFor(t2)[^1]).ToJsonString(Readable), StringComparison.Ordinal);
        }

        var (list, t3) = world.ChannelMessage(world.Kees, "toezeggingen");
        using (await _host.PostActivityAsync(list))
        {
            var card = Replies.Card(_host.RequestsFor(t3)[^1]).ToJsonString(Readable);
            Assert.Single(card.Split("Uitvoeringsprogramma Havenkwartier (2026–2029)").Skip(1));
        }
    }

    [Fact]
    public async Task An_unknown_commitment_number_gets_bedoel_je()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await world.AddCommitmentsAsync(1, world.Woonpartners);
        var (message, thread) = world.ChannelMessage(world.Kees, "toezegging T-11");

        using var sent = await _host.PostActivityAsync(message);

        Assert.Equal("Toezegging \"T-11\" ken ik niet. Bedoel je `T-1`?", Replies.Text(Replies.Only(_host, thread)));
    }

    [Fact]
    public async Task Status_counts_per_status_partner_and_goal_and_flags_commitments_without_a_shared_goal()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await world.AddCommitmentsAsync(3, world.Woonpartners, "Woning");
        var (message, thread) = world.ChannelMessage(world.Kees, "status");

        using var sent = await _host.PostActivityAsync(message);

        var card = Replies.Card(Replies.Only(_host, thread)).ToJsonString(Readable);
        Assert.Contains("Stand van de toezeggingen — Wijkaanpak Havenkwartier", card, StringComparison.Ordinal);
        Assert.Contains("3 toezeggingen: ", card, StringComparison.Ordinal);
        Assert.Contains("Woonpartners Zuid", card, StringComparison.Ordinal);
        Assert.Contains(Nl.NoGoalHeader(3), card, StringComparison.Ordinal);
        Assert.Contains("T-2 — Woning 2 (Woonpartners Zuid)", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_coalition_the_commands_say_so()
    {
        var ids = bot.NewIds();
        var activity = TeamsFixtures.ChannelMessage(ids, "toezeggingen");
        var thread = activity["conversation"]!["id"]!.GetValue<string>();

        using var sent = await _host.PostActivityAsync(activity);

        Assert.Equal(CoalitionsTexts.For(Localization.Language.Nl).NoCoalition(true), Replies.Text(Replies.Only(_host, thread)));
    }

    private static JsonObject Form(CommitmentWorld world, Guid? goalArea) => new()
    {
        ["v"] = 1,
        ["partner"] = world.Woonpartners.ToString(),
        ["title"] = "Minder leegstand in de portiekflats",
        ["description"] = string.Empty,
        ["goalArea"] = goalArea?.ToString() ?? CommitmentCards.NoGoalValue,
        ["indicatorName"] = "leegstaande woningen",
        ["indicatorUnit"] = "aantal",
        ["direction"] = "LowerIsBetter",
        ["baselineValue"] = "42",
        ["baselineDate"] = "1-1-2026",
        ["targetValue"] = "4,6",
        ["targetDate"] = "1 maart 2027",
        ["milestoneValue"] = "30",
        ["milestoneDate"] = "31-12-2026",
        ["contribution"] = "Minder leegstand maakt de portieken veiliger en levendiger.",
    };

    private static string DateText(LocalDate date) => $"{date.Day}-{date.Month}-{date.Year}";

    private async Task<Guid> GoalAreaIdAsync(CommitmentWorld world, string name, GoalAreaKind kind)
    {
        // The goal areas are created on first use (the NPRZ defaults); the form's command creates them.
        await using var scope = _host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CommitmentService>();
        var areas = await service.GoalAreasAsync(world.CoalitionId, CancellationToken.None);
        return areas.Single(a => a.Name == name && a.Kind == kind).Id;
    }

    private static async Task<string> InvokeCardAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.True(body["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive", body.ToJsonString(Readable));
        return body["value"]!.ToJsonString(Readable);
    }

    private static JsonObject? FindById(JsonNode node, string id)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["id"] is JsonValue v && v.TryGetValue<string>(out var s) && s == id)
                {
                    return o;
                }

                foreach (var (_, child) in o)
                {
                    if (child is not null && FindById(child, id) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null && FindById(child, id) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }
}
