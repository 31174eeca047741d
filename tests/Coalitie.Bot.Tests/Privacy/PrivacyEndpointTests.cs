using System.Net;
using System.Text.Json.Nodes;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Privacy;
using BotWork = Coalitie.Bot.Work;
using Coalitie.Bot.Tests.Commitments;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Tests.Privacy;

/// <summary>AVG/GDPR: a person's own data export and the procesregisseur's erasure, through the real endpoint.</summary>
public sealed class PrivacyEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    private static readonly PrivacyTexts Nl = PrivacyTexts.For(Localization.Language.Nl);
    private readonly BotHost _host = bot.Host;

    [Fact]
    public async Task Mijn_gegevens_answers_a_signed_link_to_everything_stored_about_the_sender()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var (message, thread) = world.ChannelMessage(world.Sander, "mijn gegevens");

        using var sent = await _host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var card = Replies.Card(Replies.Only(_host, thread));
        var url = card["actions"]![0]!["url"]!.GetValue<string>();
        using var download = await _host.Client.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var json = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        Assert.Equal("Sander de Vries", json["people"]![0]!["displayName"]!.GetValue<string>());
        Assert.Equal("Woonpartners Zuid", json["representations"]![0]!["partner"]!.GetValue<string>());
        Assert.Equal("PartnerRepresentative", json["roles"]![0]!["role"]!.GetValue<string>());
        Assert.DoesNotContain("Fatima", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_observer_may_not_erase_anyone_and_nothing_changes()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var (message, thread) = world.ChannelMessage(world.Kees, "persoon wissen Sander de Vries");

        using var sent = await _host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("procesregisseur", Replies.Text(Replies.Only(_host, thread)), StringComparison.Ordinal);
        var sander = await _host.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.Id == world.Sander.PersonId));
        Assert.Equal("Sander de Vries", sander.DisplayName);
        Assert.Null(sander.ErasedAt);
    }

    [Fact]
    public async Task An_unknown_name_gets_suggestions()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        var (message, thread) = world.ChannelMessage(world.Fatima, "persoon wissen Sandr de Vries");

        using var sent = await _host.PostActivityAsync(message);

        var text = Replies.Text(Replies.Only(_host, thread));
        Assert.Contains("Bedoel je `Sander de Vries`?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_procesregisseur_erases_a_person_and_the_history_stays_consistent_under_a_pseudonym()
    {
        var world = await CommitmentWorld.CreateAsync(_host, bot.NewIds());
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
            log.Record(world.CoalitionId, world.Sander.PersonId, "Sander de Vries", "Commitment", "c-1", "progress-reported", "value", "38", "31");
            log.Record(world.CoalitionId, world.Fatima.PersonId, "Fatima El Amrani", "Partner", world.Woonpartners.ToString(), "representative-changed", "representative", null, "Sander de Vries");
            await scope.ServiceProvider.GetRequiredService<BotWork.Outbox>().EnqueueAsync(
                new BotWork.DeliveryRequest(world.CoalitionId, "checkin.request", "r1:" + world.Sander.TeamsUserId, world.Sander.TeamsUserId, world.Sander.AadObjectId,
                    "Sander de Vries", world.Ids.ChannelId, "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[]}"),
                null, default);
            await scope.ServiceProvider.GetRequiredService<Persistence.CoalitieDbContext>().SaveChangesAsync();
        }

        var (message, thread) = world.ChannelMessage(world.Fatima, "persoon wissen sander de vries");
        using (var asked = await _host.PostActivityAsync(message))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var confirm = Replies.Card(Replies.Only(_host, thread));
        Assert.Contains(Nl.EraseConfirmTitle, confirm.ToJsonString(), StringComparison.Ordinal);
        var data = confirm["actions"]![0]!["data"]!.AsObject();

        using var response = await _host.PostActivityAsync(world.Invoke(world.Fatima, PrivacyVerbs.EraseConfirm, (JsonObject)data.DeepClone()));

        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Contains(Nl.Erased(Nl.Pseudonym(1)), body["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var sander = await _host.QueryAsync(db => db.Set<Person>().SingleAsync(p => p.Id == world.Sander.PersonId));
        Assert.Equal("Oud-deelnemer 1", sander.DisplayName);
        Assert.NotNull(sander.ErasedAt);
        Assert.Null(sander.AadObjectId);
        Assert.StartsWith("erased:", sander.TeamsUserId, StringComparison.Ordinal);
        Assert.All(
            await _host.QueryAsync(db => db.Set<RoleAssignment>().Where(r => r.PersonId == world.Sander.PersonId).ToListAsync()),
            r => Assert.NotNull(r.To));
        var partner = await _host.QueryAsync(db => db.Set<Partner>().SingleAsync(p => p.Id == world.Woonpartners));
        Assert.All(partner.Representations.Where(r => r.PersonId == world.Sander.PersonId), r => Assert.NotNull(r.To));
        var audit = await _host.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.CoalitionId == world.CoalitionId).ToListAsync());
        Assert.DoesNotContain(audit, a => (a.ActorName ?? string.Empty).Contains("Sander", StringComparison.Ordinal) || (a.NewValue ?? string.Empty).Contains("Sander", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.ActorPersonId == world.Sander.PersonId && a.ActorName == "Oud-deelnemer 1" && a.NewValue == "31");
        Assert.Contains(audit, a => a.Action == "erased" && a.EntityId == world.Sander.PersonId.ToString("N"));
        var delivery = await _host.QueryAsync(db => db.Set<BotWork.DeliveryItem>().SingleAsync(d => d.Key == "r1:" + world.Sander.TeamsUserId));
        Assert.Equal("Oud-deelnemer 1", delivery.RecipientName);
    }
}
