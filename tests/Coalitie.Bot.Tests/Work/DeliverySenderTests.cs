using System.Net;
using System.Text.Json;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Bot.Work;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Schema;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.Work;

/// <summary>The outbox against the fake connector: 1:1 by reference or new chat, channel fallback with a mention, 404, 429, transactions.</summary>
public sealed class DeliverySenderTests : IAsyncLifetime, IDisposable
{
    private const string Purpose = "checkin.request";
    private const string CardText = "Hoe gaat de samenwerking? Vul de check-in in.";

    private readonly SqliteFile _file = new();
    private readonly FakeConnector _connector = new();
    private WorkWorld _world = null!;

    private Instant Now => _world.Clock.GetCurrentInstant();

    public async Task InitializeAsync()
    {
        _world = await WorkWorld.StartAsync(new SqliteStorage(_file.Path), WorkWorld.NewClock());
        await _world.SeedReferencesAsync(_connector);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    public void Dispose()
    {
        _connector.Dispose();
        _file.Dispose();
    }

    private static string Card() => new AdaptiveCard { Body = [new TextBlock { Text = CardText, Wrap = true }] }.ToJson();

    private static DeliveryRequest Request(string key, string userId, string name) =>
        new(null, Purpose, key, userId, null, name, WorkWorld.ChannelId, Card());

    private Task EnqueueAsync(DeliveryRequest request) => _world.InScopeAsync(async services =>
    {
        await services.GetRequiredService<Outbox>().EnqueueAsync(request);
        await services.GetRequiredService<CoalitieDbContext>().SaveChangesAsync();
    });

    private static JsonElement CardOf(Activity activity) => Assert.IsType<JsonElement>(Assert.Single(activity.Attachments!).Content);

    private IReadOnlyList<FakeConnectorRequest> SendsTo(string conversationId) =>
        [.. _connector.Requests.Where(r => r.Method == "POST" && r.Path == $"/v3/conversations/{conversationId}/activities")];

    [Fact]
    public async Task A_recipient_with_a_stored_personal_chat_gets_the_card_there()
    {
        await EnqueueAsync(Request("r1:sander", WorkWorld.SanderId, "Sander de Vries"));

        Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        var send = Assert.Single(SendsTo(WorkWorld.SanderChat));
        Assert.Equal(CardText, CardOf(send.Activity!).GetProperty("body")[0].GetProperty("text").GetString());
        var item = await _world.DeliveryAsync("r1:sander");
        Assert.Equal((DeliveryState.Sent, WorkWorld.SanderChat, 1), (item.State, item.ConversationId, item.Attempts));
        Assert.Equal(ActivityTypes.Message, send.Activity!.Type);
        Assert.False(string.IsNullOrEmpty(item.ActivityId));
        Assert.Equal(Now, item.SentAt);
        Assert.Null(item.LastErrorCode);
        Assert.Null(item.LeaseOwner);
        Assert.Equal(0, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));
        Assert.Single(SendsTo(WorkWorld.SanderChat));
    }

    [Fact]
    public async Task A_recipient_without_a_personal_chat_gets_a_new_one_first()
    {
        await EnqueueAsync(Request("r1:ingrid", WorkWorld.IngridId, "Ingrid Jansen"));

        Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        var create = Assert.Single(_connector.Requests, r => r.Method == "POST" && r.Path == "/v3/conversations");
        Assert.NotNull(create.Parameters);
        Assert.False(create.Parameters.IsGroup);
        Assert.Equal(WorkWorld.IngridId, Assert.Single(create.Parameters.Members!).Id);
        Assert.Equal(WorkWorld.TenantId, create.Parameters.TenantId);
        var item = await _world.DeliveryAsync("r1:ingrid");
        Assert.Equal(DeliveryState.Sent, item.State);
        Assert.StartsWith("a:fake-", item.ConversationId, StringComparison.Ordinal);
        var send = Assert.Single(SendsTo(item.ConversationId!));
        Assert.Equal(CardText, CardOf(send.Activity!).GetProperty("body")[0].GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(item.ActivityId));
        var stored = await _world.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync(r => r.ConversationId == item.ConversationId));
        Assert.Equal(Coalitie.Bot.Conversations.ConversationKind.Personal, stored.Kind);
        Assert.Equal(WorkWorld.IngridId, stored.UserId);

        // The next delivery to Ingrid goes straight to the stored chat: no second create.
        await EnqueueAsync(Request("r2:ingrid", WorkWorld.IngridId, "Ingrid Jansen"));
        Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));
        Assert.Single(_connector.Requests, r => r.Method == "POST" && r.Path == "/v3/conversations");
        Assert.Equal(2, SendsTo(item.ConversationId!).Count);
    }

    [Fact]
    public async Task When_the_bot_is_not_installed_for_the_recipient_the_card_goes_to_the_channel_with_a_mention()
    {
        _connector.RespondWith($"/v3/conversations/{WorkWorld.SanderChat}/activities", HttpStatusCode.Forbidden,
            body: """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
        await EnqueueAsync(Request("r1:sander", WorkWorld.SanderId, "Sander de Vries"));

        Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        var channelSend = Assert.Single(SendsTo(WorkWorld.ChannelId));
        var card = CardOf(channelSend.Activity!);
        Assert.Equal("<at>Sander de Vries</at>", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(CardText, card.GetProperty("body")[1].GetProperty("text").GetString());
        var mention = Assert.Single(card.GetProperty("msteams").GetProperty("entities").EnumerateArray());
        Assert.Equal("<at>Sander de Vries</at>", mention.GetProperty("text").GetString());
        Assert.Equal(WorkWorld.SanderId, mention.GetProperty("mentioned").GetProperty("id").GetString());
        Assert.Empty(AdaptiveCard.Parse(card).Validate());
        var item = await _world.DeliveryAsync("r1:sander");
        Assert.Equal((DeliveryState.SentToChannel, WorkWorld.ChannelId), (item.State, item.ConversationId));
        Assert.Equal("NotInstalled:BotNotInConversationRoster", item.LastErrorCode);
        Assert.False(string.IsNullOrEmpty(item.ActivityId));
    }

    [Fact]
    public async Task When_both_the_personal_chat_and_the_channel_are_gone_the_outcome_is_recorded_with_the_codes()
    {
        const string gone = """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""";
        _connector.RespondWith($"/v3/conversations/{WorkWorld.SanderChat}/activities", HttpStatusCode.NotFound, body: gone);
        _connector.RespondWith($"/v3/conversations/{WorkWorld.ChannelId}/activities", HttpStatusCode.NotFound, body: gone);
        await EnqueueAsync(Request("r1:sander", WorkWorld.SanderId, "Sander de Vries"));
        await EnqueueAsync(Request("r1:ingrid", WorkWorld.IngridId, "Ingrid Jansen"));
        await EnqueueAsync(Request("r2:sander", WorkWorld.SanderId, "Sander de Vries") with { Purpose = "digest" });

        Assert.Equal(3, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));
        Assert.Equal(0, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        var item = await _world.DeliveryAsync("r1:sander");
        Assert.Equal(DeliveryState.Gone, item.State);
        Assert.Equal("Gone:ConversationNotFound/Gone:ConversationNotFound", item.LastErrorCode);
        Assert.Null(item.SentAt);
        var status = await _world.WithDbAsync(db => new DeliveryStatus(db).ForPurposeAsync(Purpose, "r1:"));
        Assert.Equal(
            [("Ingrid Jansen", DeliveryState.Sent, (string?)null), ("Sander de Vries", DeliveryState.Gone, "Gone:ConversationNotFound/Gone:ConversationNotFound")],
            status.Select(s => (s.RecipientName, s.State, s.Reason)));
    }

    [Fact]
    public async Task A_429_beyond_the_connector_budget_waits_as_throttled_and_is_sent_on_a_later_run()
    {
        _connector.RespondWith($"/v3/conversations/{WorkWorld.SanderChat}/activities", HttpStatusCode.TooManyRequests, times: 2, retryAfter: TimeSpan.FromSeconds(1));
        await EnqueueAsync(Request("r1:sander", WorkWorld.SanderId, "Sander de Vries"));

        Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        Assert.Equal([429, 429], SendsTo(WorkWorld.SanderChat).Select(r => r.StatusCode));
        var throttled = await _world.DeliveryAsync("r1:sander");
        Assert.Equal((DeliveryState.Throttled, 1, "Throttled"), (throttled.State, throttled.Attempts, throttled.LastErrorCode));
        Assert.InRange(throttled.NextAttemptAt, Now + Duration.FromSeconds(24), Now + Duration.FromSeconds(30));
        var waiting = Assert.Single(await _world.WithDbAsync(db => new DeliveryStatus(db).ForPurposeAsync(Purpose)));
        Assert.Equal((DeliveryState.Throttled, throttled.NextAttemptAt), (waiting.State, waiting.NextAttemptAt));
        Assert.Equal(0, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        _world.Clock.Advance(Duration.FromSeconds(30));
        Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));

        Assert.Equal([429, 429, 201], SendsTo(WorkWorld.SanderChat).Select(r => r.StatusCode));
        var sent = await _world.DeliveryAsync("r1:sander");
        Assert.Equal((DeliveryState.Sent, 2), (sent.State, sent.Attempts));
    }

    [Fact]
    public async Task Transient_failures_are_retried_and_given_up_after_max_attempts()
    {
        _connector.RespondWith($"/v3/conversations/{WorkWorld.SanderChat}/activities", HttpStatusCode.BadGateway, times: 6);
        await EnqueueAsync(Request("r1:sander", WorkWorld.SanderId, "Sander de Vries"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));
            _world.Clock.Advance(Duration.FromMinutes(5));
        }

        Assert.Equal(0, await _world.Sender.RunDueDeliveriesAsync(CancellationToken.None));
        var item = await _world.DeliveryAsync("r1:sander");
        Assert.Equal((DeliveryState.Failed, 3, "Transient"), (item.State, item.Attempts, item.LastErrorCode));
        Assert.Equal(6, SendsTo(WorkWorld.SanderChat).Count);
    }

    [Fact]
    public async Task Enqueue_and_schedule_are_saved_and_rolled_back_with_the_callers_change()
    {
        await _world.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CoalitieDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.UserPreferences.Add(NewPreference("29:rolled-back"));
            await services.GetRequiredService<Outbox>().EnqueueAsync(Request("rolled-back", WorkWorld.SanderId, "Sander de Vries"));
            await services.GetRequiredService<JobScheduler>().ScheduleAsync(TestJobs.Record, "rolled-back", "ok", Now);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        await _world.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CoalitieDbContext>();
            db.UserPreferences.Add(NewPreference("29:kept"));
            var again = await services.GetRequiredService<Outbox>().EnqueueAsync(Request("kept", WorkWorld.SanderId, "Sander de Vries"));
            Assert.Same(again, await services.GetRequiredService<Outbox>().EnqueueAsync(Request("kept", WorkWorld.IngridId, "Ingrid Jansen")));
            await services.GetRequiredService<JobScheduler>().ScheduleAsync(TestJobs.Record, "kept", "ok", Now);
            await db.SaveChangesAsync();
        });

        var (preferences, deliveries, jobs) = await _world.WithDbAsync(async db => (
            await db.UserPreferences.CountAsync(),
            await db.Set<DeliveryItem>().Select(d => d.Key + "/" + d.RecipientUserId).ToListAsync(),
            await db.Set<ScheduledJob>().Select(j => j.Key).ToListAsync()));
        Assert.Equal(1, preferences);
        Assert.Equal(["kept/" + WorkWorld.SanderId], deliveries);
        Assert.Equal(["kept"], jobs);
    }

    private UserPreference NewPreference(string userId) => new() { UserKey = userId, Language = "nl", UpdatedAt = Now };
}
