using System.Net;
using System.Text.Json.Nodes;
using Coalitie.Bot.Audit;
using Coalitie.Bot.CheckIns;
using Coalitie.Bot.Tests.Commitments;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Bot.Work;
using Coalitie.Domain.CheckIns;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Coalitie.Bot.Tests.CheckIns;

/// <summary>
/// A whole round through the real host with a fake clock, the durable jobs and the outbox driven by the test: open now,
/// delivery (with a 403 fallback to the channel), answers (idempotent, edited, refused for someone else and after
/// closing), reminders, status, closing by schedule, results; "we zitten vast"; a quarterly plan across daylight saving.
/// </summary>
public abstract class CheckInFlowTests : IAsyncLifetime, IDisposable
{
    /// <summary>di 5 jan 2027, 09:00 in Amsterdam.</summary>
    private static readonly Instant Start = Instant.FromUtc(2027, 1, 5, 8, 0);

    private readonly FakeConnector _connector = new();
    private readonly FakeClock _clock = new(Start);
    private BotHost _host = null!;
    private CommitmentWorld _world = null!;

    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract Task<StorageSettings> StorageAsync();

    public async Task InitializeAsync()
    {
        _host = new BotHost(
            await StorageAsync(), _connector,
            settings: new Dictionary<string, string?> { ["Work:Enabled"] = "false" },
            services: s =>
            {
                s.RemoveAll<IClock>();
                s.AddSingleton<IClock>(_clock);
            });
        _ = _host.Client;
        _world = await CommitmentWorld.CreateAsync(_host, new FixtureIds(_connector.ServiceUrl));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _host.Dispose();
            _connector.Dispose();
        }
    }

    [Fact]
    public async Task A_round_opened_now_is_delivered_answered_edited_reminded_closed_on_time_and_its_results_sent()
    {
        // Fatima (procesregisseur) types "checkin start" in the channel and gets the plan card in "open now" mode.
        var (message, thread) = _world.ChannelMessage(_world.Fatima, "checkin start");
        using (var r = await _host.PostActivityAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        var planCard = Replies.Card(Replies.Only(_host, thread));
        Assert.Contains("Slagvaardigheidscheck nu openen", planCard.ToJsonString(), StringComparison.Ordinal);

        var opened = await ReceiptAsync(_world.Fatima, CheckInVerbs.PlanSubmit, new JsonObject
        {
            ["v"] = 1, ["mode"] = "Start", ["name"] = "Q1 2027", ["openDays"] = "10", ["remindDays"] = "2", ["remindMax"] = "1",
            ["allPartners"] = "true", ["stuurgroep"] = "false", ["burgerpanel"] = "false", ["visibility"] = "Named", ["minimumGroup"] = "3", ["dontKnow"] = "true",
        });
        Assert.Equal("Ronde Q1 2027 is open tot vr 15 jan 2027, 09:00. 2 mensen krijgen nu de kaart.", opened);

        var round = await RoundAsync();
        Assert.Equal(RoundStatus.Open, round.Status);
        Assert.Equal(Start + Duration.FromDays(10), round.ClosesAt);
        var sander = round.Requests.Single(q => q.Respondent == RespondentKey.Person(_world.Sander.PersonId));
        var ingrid = round.Requests.Single(q => q.Respondent == RespondentKey.Person(_world.Ingrid.PersonId));
        var jobs = await _host.QueryAsync(db => db.Set<ScheduledJob>().AsNoTracking().OrderBy(j => j.DueAt).ToListAsync());
        Assert.Equal([CheckInJobs.Remind, CheckInJobs.Close], jobs.Select(j => j.Kind));
        Assert.Equal(Start + Duration.FromDays(8), jobs[0].DueAt);

        // The outbox: the first 1:1 conversation Teams refuses (403, app not installed), so that card goes to the channel.
        _connector.RespondWith("/v3/conversations", HttpStatusCode.Forbidden, times: 1,
            body: """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", method: HttpMethod.Post);
        var sent = await _host.Services.GetRequiredService<DeliverySender>().RunDueDeliveriesAsync(CancellationToken.None);
        Assert.Equal(2, sent);
        var deliveries = await _host.QueryAsync(db => db.Set<DeliveryItem>().AsNoTracking().Where(d => d.Purpose == CheckInService.RequestPurpose).ToListAsync());
        Assert.Equal(2, deliveries.Count);
        Assert.Single(deliveries, d => d.State == DeliveryState.Sent);
        var fallback = Assert.Single(deliveries, d => d.State == DeliveryState.SentToChannel);
        Assert.Equal(_world.Ids.ChannelId, fallback.ConversationId);
        Assert.StartsWith("NotInstalled", fallback.LastErrorCode, StringComparison.Ordinal);

        // Sander answers; the same submit again (a double click) changes nothing.
        var receipt = await InvokeCardAsync(_world.Sander, CheckInVerbs.Submit, Answers(sander.Id, 4));
        Assert.Contains("Bedankt, Sander. Je antwoorden staan genoteerd (di 5 jan 2027, 09:00).", receipt, StringComparison.Ordinal);
        _clock.Advance(Duration.FromMinutes(1));
        var again = await InvokeCardAsync(_world.Sander, CheckInVerbs.Submit, Answers(sander.Id, 4));
        Assert.Contains("(di 5 jan 2027, 09:00)", again, StringComparison.Ordinal);
        Assert.Equal(1, (await RoundAsync()).Requests.Single(q => q.Id == sander.Id).Answer!.Version);

        Assert.Equal("Gegevens komen laat", (await RoundAsync()).Requests.Single(q => q.Id == sander.Id).Answer!.Factors['g'].Comment);

        // Kees (no role) cannot answer Sander's card; Ingrid's incomplete answer comes back with the errors and her values kept.
        Assert.Equal("Deze kaart is voor Sander de Vries: alleen die persoon kan hem invullen.", await InvokeMessageAsync(_world.Kees, CheckInVerbs.Submit, Answers(sander.Id, 1)));
        var incomplete = Answers(ingrid.Id, 3);
        incomplete.Remove("factor-g");
        var refused = JsonNode.Parse(await InvokeCardAsync(_world.Ingrid, CheckInVerbs.Submit, incomplete))!;
        Assert.Contains("Kies een antwoord bij Informatieoverdracht.", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Null((await RoundAsync()).Requests.Single(q => q.Id == ingrid.Id).Answer);

        // The card's refresh (user-specific views in a channel): Sander sees his receipt, Ingrid her form, Kees whose card it is.
        var requestOf = (Guid id) => new JsonObject { ["v"] = 1, ["requestId"] = id.ToString() };
        Assert.Contains("Bedankt, Sander.", await InvokeCardAsync(_world.Sander, CheckInVerbs.Refresh, requestOf(sander.Id)), StringComparison.Ordinal);
        Assert.Contains("\"id\":\"factor-a\"", await InvokeCardAsync(_world.Ingrid, CheckInVerbs.Refresh, requestOf(ingrid.Id)), StringComparison.Ordinal);
        Assert.Contains("Deze kaart is voor Sander de Vries; alleen die persoon ziet en vult de eigen antwoorden in.",
            await InvokeCardAsync(_world.Kees, CheckInVerbs.Refresh, requestOf(sander.Id)), StringComparison.Ordinal);
        Assert.Equal("Deze kaart is verouderd. Vraag de procesregisseur om een nieuwe.", await InvokeMessageAsync(_world.Sander, CheckInVerbs.Submit, new JsonObject { ["v"] = 7 }));

        // Sander edits: "wijzig antwoorden" shows his answers; a different answer replaces them (version 2) and is audited.
        var edit = await InvokeCardAsync(_world.Sander, CheckInVerbs.Edit, new JsonObject { ["v"] = 1, ["requestId"] = sander.Id.ToString() });
        Assert.Contains("\"value\":\"4\"", edit, StringComparison.Ordinal);
        await InvokeCardAsync(_world.Sander, CheckInVerbs.Submit, Answers(sander.Id, 2));
        var edited = (await RoundAsync()).Requests.Single(q => q.Id == sander.Id).Answer!;
        Assert.Equal(2, edited.Version);
        Assert.Equal(2, edited.Factors['a'].Score.Value);
        var audit = await _host.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityId == sander.Id.ToString()).ToListAsync());
        Assert.Equal(["answered", "changed"], audit.OrderBy(a => a.At).Select(a => a.Action));

        // Two days before closing the reminder job reminds Ingrid only.
        _clock.Advance(Duration.FromDays(8));
        await _host.Services.GetRequiredService<JobWorker>().RunDueJobsAsync(CancellationToken.None);
        var reminders = await _host.QueryAsync(db => db.Set<DeliveryItem>().AsNoTracking().Where(d => d.Purpose == CheckInService.ReminderPurpose).ToListAsync());
        var reminder = Assert.Single(reminders);
        Assert.Equal(_world.Ingrid.TeamsUserId, reminder.RecipientUserId);
        Assert.Contains("Herinnering: je hebt deze ronde nog niet ingevuld.", Readable(JsonNode.Parse(reminder.Card)!), StringComparison.Ordinal);

        // checkin status: Sander answered (1:1), Ingrid not yet; the channel fallback says why.
        var (statusMessage, statusThread) = _world.ChannelMessage(_world.Fatima, "checkin status");
        (await _host.PostActivityAsync(statusMessage)).Dispose();
        var status = Readable(Replies.Card(_host.RequestsFor(statusThread)[^1]));
        Assert.Contains("Open. 1 van 2 geantwoord; sluit vr 15 jan 2027, 09:00.", status, StringComparison.Ordinal);
        Assert.Contains("✓ geantwoord", status, StringComparison.Ordinal);
        Assert.Contains("kaart in het kanaal (1-op-1 kon niet)", status, StringComparison.Ordinal);

        // The closing moment passes: the close job closes the round and the results go to Fatima (procesregisseur).
        _clock.Advance(Duration.FromDays(2));
        await _host.Services.GetRequiredService<JobWorker>().RunDueJobsAsync(CancellationToken.None);
        Assert.Equal(RoundStatus.Closed, (await RoundAsync()).Status);
        var results = await _host.QueryAsync(db => db.Set<DeliveryItem>().AsNoTracking().Where(d => d.Purpose == CheckInService.ResultsPurpose).ToListAsync());
        Assert.Equal([_world.Fatima.TeamsUserId], results.Select(d => d.RecipientUserId));

        Assert.Contains("Uitslag Q1 2027", Readable(JsonNode.Parse(results[0].Card)!), StringComparison.Ordinal);

        // checkin uitslag shows the card; its buttons give the per-group view and an Excel workbook behind a signed link.
        var (resultsMessage, resultsThread) = _world.ChannelMessage(_world.Fatima, "checkin uitslag Q1");
        (await _host.PostActivityAsync(resultsMessage)).Dispose();
        var resultsCard = Readable(Replies.Card(_host.RequestsFor(resultsThread)[^1]));
        Assert.Contains("Uitslag Q1 2027", resultsCard, StringComparison.Ordinal);
        var roundId = new JsonObject { ["v"] = 1, ["roundId"] = round.Id.ToString() };
        Assert.Contains("per domein en partner", await InvokeCardAsync(_world.Fatima, Bot.CheckIns.Results.ResultsVerbs.ByGroup, roundId), StringComparison.Ordinal);
        var export = JsonNode.Parse(await InvokeCardAsync(_world.Fatima, Bot.CheckIns.Results.ResultsVerbs.Export, roundId.DeepClone().AsObject()))!;
        var url = export["actions"]![0]!["url"]!.GetValue<string>();
        using (var download = await _host.Client.GetAsync(new Uri(url).PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("De uitslag van een check-in zien kan alleen de procesregisseur of een lid van de stuurgroep.",
            await InvokeMessageAsync(_world.Sander, Bot.CheckIns.Results.ResultsVerbs.Export, roundId.DeepClone().AsObject()));

        // A late submit is refused with the closed card and changes nothing.
        var late = await InvokeCardAsync(_world.Ingrid, CheckInVerbs.Submit, Answers(ingrid.Id, 5));
        Assert.Contains("Deze ronde is gesloten", late, StringComparison.Ordinal);
        Assert.Null((await RoundAsync()).Requests.Single(q => q.Id == ingrid.Id).Answer);
    }

    [Fact]
    public async Task We_zitten_vast_sends_the_reason_to_the_procesregisseur_and_an_observer_is_refused()
    {
        var (message, thread) = _world.ChannelMessage(_world.Sander, "we zitten vast: de corporaties leveren geen cijfers aan");
        (await _host.PostActivityAsync(message)).Dispose();
        Assert.Equal("Verstuurd. De procesregisseur krijgt je vraag met je toelichting en kan nu een ronde openen.", Replies.Text(Replies.Only(_host, thread)));
        var item = Assert.Single(await _host.QueryAsync(db => db.Set<DeliveryItem>().AsNoTracking().Where(d => d.Purpose == CheckInService.StuckPurpose).ToListAsync()));
        Assert.Equal(_world.Fatima.TeamsUserId, item.RecipientUserId);
        Assert.Contains("Sander de Vries meldt dat de samenwerking vastloopt: \\\"de corporaties leveren geen cijfers aan\\\"", Readable(JsonNode.Parse(item.Card)!), StringComparison.Ordinal);

        var (observer, observerThread) = _world.ChannelMessage(_world.Kees, "we zitten vast");
        (await _host.PostActivityAsync(observer)).Dispose();
        Assert.StartsWith("Melden dat de samenwerking vastloopt kan iedereen met een rol", Replies.Text(_host.RequestsFor(observerThread)[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quarterly_plan_opens_on_the_first_Tuesday_at_ten_local_time_and_schedules_the_next_across_daylight_saving()
    {
        var planned = await ReceiptAsync(_world.Fatima, CheckInVerbs.PlanSubmit, new JsonObject
        {
            ["v"] = 1, ["mode"] = "Plan", ["name"] = "Kwartaalcheck", ["when"] = "quarterly", ["week"] = "First", ["day"] = "Tuesday", ["time"] = "10:00",
            ["workingDaysOnly"] = "true", ["goedeVrijdag"] = "true", ["bevrijdingsdagLustrum"] = "true", ["openDays"] = "10", ["allPartners"] = "true", ["visibility"] = "Pseudonymous",
        });
        Assert.Equal("Ronde Kwartaalcheck Q1 2027 staat gepland: de eerste opent di 5 jan 2027, 10:00, daarna steeds volgens het schema.", planned);
        var open = Assert.Single(await _host.QueryAsync(db => db.Set<ScheduledJob>().AsNoTracking().Where(j => j.Kind == CheckInJobs.Open).ToListAsync()));
        Assert.Equal(Instant.FromUtc(2027, 1, 5, 9, 0), open.DueAt);

        _clock.AdvanceMinutes(61);
        await _host.Services.GetRequiredService<JobWorker>().RunDueJobsAsync(CancellationToken.None);

        var rounds = await _host.QueryAsync(db => db.Set<CheckInRound>().AsNoTracking().ToListAsync());
        Assert.Equal(2, rounds.Count);
        Assert.Equal(2, rounds.Single(r => r.Status == RoundStatus.Open).Requests.Count);
        var next = rounds.Single(r => r.Status == RoundStatus.Planned);
        var nextJob = await _host.QueryAsync(db => db.Set<ScheduledJob>().AsNoTracking().SingleAsync(j => j.Kind == CheckInJobs.Open && j.Key == next.Id.ToString()));

        // di 6 apr 2027, 10:00 in Amsterdam is summer time (UTC+2): 08:00 UTC. Each round of the series has its own name.
        Assert.Equal(Instant.FromUtc(2027, 4, 6, 8, 0), nextJob.DueAt);
        Assert.Equal("Kwartaalcheck Q1 2027", rounds.Single(r => r.Status == RoundStatus.Open).Plan.Name);
        Assert.Equal("Kwartaalcheck Q2 2027", next.Plan.Name);
        var holidays = next.Plan.Schedule.Recurrence!.Skip.Holidays;
        Assert.True(holidays.IncludeGoedeVrijdag);
        Assert.Equal(Domain.Scheduling.BevrijdingsdagRule.EveryFifthYear, holidays.Bevrijdingsdag);
    }

    [Fact]
    public async Task The_setup_receipts_first_check_opens_a_partnership_start_round_and_a_bad_plan_comes_back_with_its_errors()
    {
        var plan = await InvokeCardAsync(_world.Fatima, Cards.CardVerbs.CheckInFirstRound, new JsonObject { ["v"] = 1 });
        Assert.Contains("Bij de start van een samenwerking raden de bronteksten aan", plan, StringComparison.Ordinal);

        var refused = JsonNode.Parse(await InvokeCardAsync(_world.Fatima, CheckInVerbs.PlanSubmit, new JsonObject
        {
            ["v"] = 1, ["mode"] = "PartnershipStart", ["name"] = "Start Havenkwartier", ["openDays"] = "0", ["minimumGroup"] = "drie",
        }))!;
        var text = Readable(refused);
        Assert.Contains("Vul een heel getal van 1 tot en met 60 in.", text, StringComparison.Ordinal);
        Assert.Contains("Vul een heel getal van 1 tot en met 50 in.", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Start Havenkwartier\"", text, StringComparison.Ordinal);
        Assert.Empty(await _host.QueryAsync(db => db.Set<CheckInRound>().AsNoTracking().ToListAsync()));

        var opened = await ReceiptAsync(_world.Fatima, CheckInVerbs.PlanSubmit, new JsonObject
        {
            ["v"] = 1, ["mode"] = "PartnershipStart", ["name"] = "Start Havenkwartier", ["openDays"] = "14", ["stuurgroep"] = "true",
        });
        Assert.StartsWith("Ronde Start Havenkwartier is open tot di 19 jan 2027, 09:00.", opened, StringComparison.Ordinal);
        var round = await RoundAsync();
        Assert.Equal(TriggerReason.PartnershipStart, round.Trigger.Reason);

        // The same button again (a double click, a redelivered invoke) opens nothing twice: the name is taken.
        var again = await InvokeCardAsync(_world.Fatima, CheckInVerbs.PlanSubmit, new JsonObject
        {
            ["v"] = 1, ["mode"] = "PartnershipStart", ["name"] = "Start Havenkwartier", ["openDays"] = "14",
        });
        Assert.Contains("Er is al een ronde Start Havenkwartier; kies een andere naam", again, StringComparison.Ordinal);
        Assert.Single(await _host.QueryAsync(db => db.Set<CheckInRound>().AsNoTracking().ToListAsync()));
        Assert.True(round.Plan.Audience.Stuurgroep);

        // Sander, a representative, may not plan rounds.
        Assert.Equal("Check-in rondes plannen, openen, herinneren en sluiten kan alleen de procesregisseur.",
            await InvokeMessageAsync(_world.Sander, CheckInVerbs.PlanSubmit, new JsonObject { ["v"] = 1, ["mode"] = "Start", ["name"] = "X" }));
    }

    [Fact]
    public async Task Checkin_link_issues_working_burgerpanel_links_for_the_open_round_and_status_counts_them()
    {
        async Task<JsonObject?> SayAsync(TestUser user, string text)
        {
            var (message, thread) = _world.ChannelMessage(user, text);
            (await _host.PostActivityAsync(message)).Dispose();
            var reply = _host.RequestsFor(thread)[^1];
            return reply.Activity?.Attachments?.Count > 0 ? Replies.Card(reply) : new JsonObject { ["text"] = Replies.Text(reply) };
        }

        Assert.Equal("Er is geen open ronde. Open er een met `checkin start`.", (await SayAsync(_world.Fatima, "checkin link 2"))!["text"]!.GetValue<string>());
        await ReceiptAsync(_world.Fatima, CheckInVerbs.PlanSubmit, new JsonObject
        {
            ["v"] = 1, ["mode"] = "Start", ["name"] = "Q1 2027", ["openDays"] = "10", ["burgerpanel"] = "true",
        });

        Assert.Equal("Geef een aantal links van 1 tot en met 200, bijvoorbeeld `checkin link 12`.", (await SayAsync(_world.Fatima, "checkin link 201"))!["text"]!.GetValue<string>());
        Assert.StartsWith("Check-in rondes plannen", (await SayAsync(_world.Sander, "checkin link 2"))!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var card = Readable((await SayAsync(_world.Fatima, "checkin link 2"))!);
        Assert.Contains("Burgerpanel-links — ronde Q1 2027", card, StringComparison.Ordinal);
        var urls = System.Text.RegularExpressions.Regex.Matches(card, @"http://[^\s""\)\]]+/burgerpanel/[0-9a-f]{32}/[0-9a-f]{32}\?exp=\d+&sig=[0-9a-f]{64}")
            .Select(m => new Uri(m.Value)).DistinctBy(u => u.AbsolutePath).ToList();
        Assert.Equal(2, urls.Count);
        using (var page = await _host.Client.GetAsync(urls[0].PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Informatieoverdracht", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var status = Readable((await SayAsync(_world.Fatima, "checkin status"))!);
        Assert.Contains("Burgerpanel: 0 van 2 links gebruikt.", status, StringComparison.Ordinal);
    }

    private static JsonObject Answers(Guid requestId, int score)
    {
        var data = new JsonObject { ["v"] = 1, ["requestId"] = requestId.ToString() };
        foreach (var key in "abcdefghi")
        {
            data[$"factor-{key}"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // A NUL and a bell as a misbehaving client might send them: dropped, never stored (PostgreSQL refuses NUL).
        data["comment-g"] = "Gegevens\u0000 komen laat\u0007";
        return data;
    }

    private static string Readable(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private Task<CheckInRound> RoundAsync() =>
        _host.QueryAsync(db => db.Set<CheckInRound>().AsNoTracking().SingleAsync(r => r.CoalitionId == _world.CoalitionId && r.Status != RoundStatus.Planned));

    private async Task<string> InvokeCardAsync(TestUser user, string verb, JsonObject data)
    {
        using var response = await _host.PostActivityAsync(_world.Invoke(user, verb, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.True(body["type"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive", body.ToJsonString());
        return Readable(body["value"]!);
    }

    /// <summary>The text of the receipt card an action answers with (without its check mark).</summary>
    private async Task<string> ReceiptAsync(TestUser user, string verb, JsonObject data)
    {
        var card = JsonNode.Parse(await InvokeCardAsync(user, verb, data))!;
        return card["body"]![0]!["text"]!.GetValue<string>().TrimStart('✓', ' ');
    }

    private async Task<string> InvokeMessageAsync(TestUser user, string verb, JsonObject data)
    {
        using var response = await _host.PostActivityAsync(_world.Invoke(user, verb, data));
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.True(body["type"]!.GetValue<string>() == "application/vnd.microsoft.activity.message", body.ToJsonString());
        return body["value"]!.GetValue<string>();
    }
}

/// <summary>The check-in flow on the embedded SQLite store.</summary>
public sealed class SqliteCheckInFlowTests : CheckInFlowTests
{
    private readonly SqliteFile _file = new();

    protected override Task<StorageSettings> StorageAsync() => Task.FromResult<StorageSettings>(new SqliteStorage(_file.Path));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _file.Dispose();
        }
    }
}

/// <summary>The check-in flow on PostgreSQL (the production store): JSON plan, owned requests, jobs and outbox.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresCheckInFlowTests(PostgresServer server) : CheckInFlowTests
{
    protected override async Task<StorageSettings> StorageAsync() => new PostgresStorage(await server.CreateDatabaseAsync());
}
