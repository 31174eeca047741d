using System.Net;
using System.Text.Json.Nodes;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Security;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Tests.Coalitions;

/// <summary>Coalition, partner and role commands and card actions through the real <c>/api/messages</c>.</summary>
public sealed class CoalitionEndpointTests : IClassFixture<AnonymousBotFixture>
{
    private static readonly CoalitionsTexts Nl = CoalitionsTexts.For(Localization.Language.Nl);

    private readonly AnonymousBotFixture _bot;
    private readonly BotHost _host;

    public CoalitionEndpointTests(AnonymousBotFixture bot)
    {
        _bot = bot;
        _host = bot.Host;
        bot.Connector.Members =
        [
            new FakeMember("user-id-1", "Sander de Vries", "00000000-0000-0000-0000-000000000002"),
            new FakeMember("user-id-2", "Ingrid Jansen", "00000000-0000-0000-0000-000000000003"),
            new FakeMember("user-id-3", "Mohammed Bakker", "00000000-0000-0000-0000-000000000004"),
            new FakeMember("user-id-4", "Kees Mulder", "00000000-0000-0000-0000-000000000005"),
        ];
        bot.Connector.Channels = [new FakeChannel(null, null), new FakeChannel("channel-stuurgroep-id", "Stuurgroep")];
    }

    private CoalitionsWorld NewWorld() => new(_host, _bot.NewIds());

    private static async Task<JsonObject> InvokeCardAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    private static async Task<string> InvokeMessageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonBodyAsync(response);
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        return body["value"]!.GetValue<string>();
    }

    /// <summary>The input with <paramref name="id"/> anywhere in the card, and the element right after it.</summary>
    private static (JsonObject Input, JsonObject? Next) FindInput(JsonObject card, string id)
    {
        var body = card["body"]!.AsArray();
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i]?["id"]?.GetValue<string>() == id)
            {
                return (body[i]!.AsObject(), i + 1 < body.Count ? body[i + 1]?.AsObject() : null);
            }
        }

        throw new Xunit.Sdk.XunitException($"No input '{id}' in the card.");
    }

    [Fact]
    public async Task Coalitie_start_in_a_channel_sends_the_setup_card_and_its_submit_makes_the_submitter_procesregisseur()
    {
        var world = NewWorld();
        var fatima = world.Fatima;
        var mark = _host.Logs.Mark();

        var (start, conversation) = world.ChannelMessage(fatima, "coalitie start");
        using (var response = await _host.PostActivityAsync(start))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var setup = Replies.Card(Replies.Only(_host, conversation));
        Assert.Equal(Nl.SetupTitle, setup["body"]![0]!["text"]!.GetValue<string>());
        var (channelChoice, _) = FindInput(setup, CoalitionCards.Fields.StuurgroepChannel);
        Assert.Equal("channel-stuurgroep-id", channelChoice["value"]!.GetValue<string>());
        Assert.Contains("Stuurgroep", channelChoice["choices"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Europe/Amsterdam", FindInput(setup, CoalitionCards.Fields.TimeZone).Input["value"]!.GetValue<string>());
        var teamName = start["channelData"]?["team"]?["name"]?.GetValue<string>() ?? _host.Connector.TeamName;
        Assert.Equal(teamName, FindInput(setup, CoalitionCards.Fields.Name).Input["value"]!.GetValue<string>());

        var (create, _) = world.ChannelInvoke(fatima, CoalitionVerbs.Create, new JsonObject
        {
            ["v"] = 1,
            ["name"] = "Wijkaanpak Havenkwartier",
            ["area"] = "Havenkwartier",
            ["municipality"] = "Havenstad",
            ["timeZone"] = "Europe/Amsterdam",
            ["language"] = "nl",
            ["stuurgroepChannel"] = "channel-stuurgroep-id",
            ["formality"] = "Voluntary",
        });
        using var created = await _host.PostActivityAsync(create);

        var receipt = await InvokeCardAsync(created);
        var json = receipt.ToJsonString();
        Assert.Contains(Nl.SetupReceiptTitle("Wijkaanpak Havenkwartier"), json, StringComparison.Ordinal);
        Assert.Contains("partner toevoegen", json, StringComparison.Ordinal);
        var stored = await world.QueryAsync(db => db.Set<Coalition>().AsNoTracking().SingleAsync(c => c.TeamId == world.Ids.TeamId));
        Assert.Equal("Havenkwartier", stored.Area);
        Assert.Equal("channel-stuurgroep-id", stored.StuurgroepChannelId);
        Assert.Equal(world.Ids.ChannelId, stored.MainChannelId);
        var person = await world.QueryAsync(db => db.Set<Person>().AsNoTracking().SingleAsync(p => p.CoalitionId == stored.Id));
        Assert.Equal(fatima.TeamsUserId, person.TeamsUserId);
        var role = await world.QueryAsync(db => db.Set<RoleAssignment>().AsNoTracking().SingleAsync(r => r.CoalitionId == stored.Id));
        Assert.Equal(CoalitionRole.Procesregisseur, role.Role);
        Assert.Equal(person.Id, role.PersonId);
        var audit = await world.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.CoalitionId == stored.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains("created", audit);
        Assert.Contains("assigned", audit);
        Assert.Empty(_host.Logs.ErrorsSince(mark));

        // A second start in the same team is refused, naming the coalition.
        var (again, againConversation) = world.ChannelMessage(world.Kees, "Coalitie Start");
        var before = _host.RequestsFor(againConversation).Count;
        using (await _host.PostActivityAsync(again))
        {
        }

        var refusal = Replies.Text(_host.RequestsFor(againConversation).Skip(before).Single());
        Assert.StartsWith("Dit team heeft al een coalitie: Wijkaanpak Havenkwartier.", refusal, StringComparison.Ordinal);
        using var secondCreate = await _host.PostActivityAsync(world.ChannelInvoke(world.Kees, CoalitionVerbs.Create, new JsonObject { ["v"] = 1, ["name"] = "Tweede", ["area"] = "X", ["municipality"] = "Y" }).Activity);
        Assert.StartsWith("Dit team heeft al een coalitie", await InvokeMessageAsync(secondCreate), StringComparison.Ordinal);
        Assert.Equal(1, await world.QueryAsync(db => db.Set<Coalition>().CountAsync(c => c.TeamId == world.Ids.TeamId)));
    }

    [Fact]
    public async Task Coalitie_start_in_a_personal_chat_explains_it_belongs_in_the_team_channel()
    {
        var world = NewWorld();
        var (message, conversation) = world.PersonalMessage(world.Fatima, "coalitie start");

        using var response = await _host.PostActivityAsync(message);

        Assert.Equal(Nl.SetupOnlyInChannel, Replies.Text(Replies.Only(_host, conversation)));
    }

    [Fact]
    public async Task Setup_with_missing_fields_comes_back_with_the_input_kept_and_the_errors_next_to_the_fields()
    {
        var world = NewWorld();

        using var response = await _host.PostActivityAsync(world.ChannelInvoke(world.Fatima, CoalitionVerbs.Create, new JsonObject
        {
            ["v"] = 1, ["name"] = "Wijkaanpak Havenkwartier", ["area"] = "", ["municipality"] = "Havenstad", ["timeZone"] = "Europe/Amsterdm",
        }).Activity);

        var card = await InvokeCardAsync(response);
        var (name, _) = FindInput(card, CoalitionCards.Fields.Name);
        Assert.Equal("Wijkaanpak Havenkwartier", name["value"]!.GetValue<string>());
        Assert.Equal(Nl.Required(Nl.FieldArea), FindInput(card, CoalitionCards.Fields.Area).Next!["text"]!.GetValue<string>());
        var (zone, zoneError) = FindInput(card, CoalitionCards.Fields.TimeZone);
        Assert.Equal("Europe/Amsterdm", zone["value"]!.GetValue<string>());
        Assert.Contains("Europe/Amsterdm", zoneError!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(await world.QueryAsync(db => db.Set<Coalition>().AnyAsync(c => c.TeamId == world.Ids.TeamId)));
    }

    [Fact]
    public async Task Partner_add_with_an_impossible_date_returns_the_form_with_the_value_kept_and_the_error_next_to_the_field()
    {
        var world = NewWorld();
        await world.SeedAsync();

        using var response = await _host.PostActivityAsync(world.ChannelInvoke(world.Fatima, CoalitionVerbs.PartnerAdd, new JsonObject
        {
            ["v"] = 1, ["name"] = "Stichting Scholen Zuid", ["domain"] = "Onderwijs", ["line"] = "-", ["joinedOn"] = "31-2-2027", ["representative"] = "-",
        }).Activity);

        var card = await InvokeCardAsync(response);
        Assert.Equal("Stichting Scholen Zuid", FindInput(card, CoalitionCards.Fields.Name).Input["value"]!.GetValue<string>());
        var (date, error) = FindInput(card, CoalitionCards.Fields.JoinedOn);
        Assert.Equal("31-2-2027", date["value"]!.GetValue<string>());
        Assert.Equal("joinedOn-error", error!["id"]!.GetValue<string>());
        Assert.Equal(Nl.InvalidDate("31-2-2027"), error["text"]!.GetValue<string>());
        Assert.Equal("Onderwijs", FindInput(card, CoalitionCards.Fields.Domain).Input["value"]!.GetValue<string>());
        Assert.False(await world.QueryAsync(db => db.Set<Partner>().AnyAsync(p => p.CoalitionId == world.CoalitionId && p.Name == "Stichting Scholen Zuid")));
    }

    [Fact]
    public async Task Partner_add_with_a_representative_stores_partner_role_and_audit_and_asks_for_the_mandate()
    {
        var world = NewWorld();
        await world.SeedAsync();

        var (add, conversation) = world.ChannelInvoke(world.Fatima, CoalitionVerbs.PartnerAdd, new JsonObject
        {
            ["v"] = 1, ["name"] = "Gemeente Havenstad", ["domain"] = "Gemeente", ["line"] = "", ["joinedOn"] = "1 maart 2027", ["representative"] = "user-id-2",
        });
        using var response = await _host.PostActivityAsync(add);

        var receipt = await InvokeCardAsync(response);
        Assert.Contains(Nl.PartnerAddedTitle("Gemeente Havenstad"), receipt.ToJsonString(), StringComparison.Ordinal);
        var partner = await world.QueryAsync(db => db.Set<Partner>().AsNoTracking().SingleAsync(p => p.CoalitionId == world.CoalitionId && p.Name == "Gemeente Havenstad"));
        Assert.Equal(new NodaTime.LocalDate(2027, 3, 1), partner.JoinedOn);
        var ingrid = await world.QueryAsync(db => db.Set<Person>().AsNoTracking().SingleAsync(p => p.CoalitionId == world.CoalitionId && p.TeamsUserId == "user-id-2"));
        Assert.Equal("Ingrid Jansen", ingrid.DisplayName);
        Assert.Equal(ingrid.Id, partner.CurrentRepresentative!.PersonId);
        Assert.True(await world.QueryAsync(db => db.Set<RoleAssignment>().AnyAsync(r => r.PersonId == ingrid.Id && r.PartnerId == partner.Id && r.To == null)));
        Assert.True(await world.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityId == partner.Id.ToString() && a.Action == "joined")));
        var prompt = Replies.Card(Replies.Only(_host, conversation)).ToJsonString();
        Assert.Contains(Nl.MandatePromptText("Ingrid Jansen", "Gemeente Havenstad"), prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_representative_prompts_the_procesregisseur_and_the_confirmation_is_stored()
    {
        var world = NewWorld();
        await world.SeedAsync();

        var (change, conversation) = world.ChannelInvoke(world.Fatima, CoalitionVerbs.RepresentativeChange, new JsonObject
        {
            ["v"] = 1, ["partnerId"] = world.Woonpartners.ToString(), ["representative"] = "user-id-3", ["from"] = NodaTime.Text.LocalDatePattern.Iso.Format(world.Today),
        });
        using var response = await _host.PostActivityAsync(change);

        var receipt = await InvokeCardAsync(response);
        Assert.Contains(Nl.RepresentativeChangedTitle("Woonpartners Zuid"), receipt.ToJsonString(), StringComparison.Ordinal);
        var prompt = Replies.Card(Replies.Only(_host, conversation));
        Assert.Contains(Nl.MandatePromptText("Mohammed Bakker", "Woonpartners Zuid"), prompt.ToJsonString(), StringComparison.Ordinal);
        var buttons = prompt["actions"]!.AsArray();
        Assert.Equal([Nl.MandateConfirmButton, Nl.MandateLaterButton], buttons.Select(b => b!["title"]!.GetValue<string>()).ToArray());
        var confirmData = buttons[0]!["data"]!.AsObject();

        var partner = await world.QueryAsync(db => db.Set<Partner>().AsNoTracking().SingleAsync(p => p.Id == world.Woonpartners));
        Assert.Equal(2, partner.Representations.Count);
        Assert.Equal(world.Sander.PersonId, partner.Representations[0].PersonId);
        Assert.Equal(world.Today, partner.Representations[0].To);
        Assert.False(partner.CurrentRepresentative!.IsMandateConfirmed);
        Assert.False(await world.QueryAsync(db => db.Set<RoleAssignment>().AnyAsync(r => r.PersonId == world.Sander.PersonId && r.To == null)));

        using var confirmed = await _host.PostActivityAsync(world.ChannelInvoke(world.Fatima, CoalitionVerbs.MandateConfirm, JsonNode.Parse(confirmData.ToJsonString())!.AsObject()).Activity);

        Assert.Contains(Nl.MandateConfirmedTitle, (await InvokeCardAsync(confirmed)).ToJsonString(), StringComparison.Ordinal);
        var after = await world.QueryAsync(db => db.Set<Partner>().AsNoTracking().SingleAsync(p => p.Id == world.Woonpartners));
        Assert.Equal(world.Today, after.CurrentRepresentative!.MandateConfirmedOn);
        Assert.Equal(world.Fatima.PersonId, after.CurrentRepresentative.MandateConfirmedBy);
        Assert.True(await world.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityId == world.Woonpartners.ToString() && a.Action == "mandate-confirmed")));
    }

    [Fact]
    public async Task The_role_card_lists_the_team_members_and_assigns_a_stuurgroep_seat_with_the_chair()
    {
        var world = NewWorld();
        await world.SeedAsync();

        var (open, conversation) = world.ChannelMessage(world.Fatima, "rol");
        using (await _host.PostActivityAsync(open))
        {
        }

        var card = Replies.Card(Replies.Only(_host, conversation));
        var picker = FindInput(card, CoalitionCards.Fields.Person).Input;
        Assert.Contains("Ingrid Jansen", picker["choices"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Sander de Vries", card.ToJsonString(), StringComparison.Ordinal);

        using var response = await _host.PostActivityAsync(world.ChannelInvoke(world.Fatima, CoalitionVerbs.RoleAssign, new JsonObject
        {
            ["v"] = 1, ["person"] = "user-id-2", ["role"] = "StuurgroepMember", ["seat"] = "Gemeente", ["chair"] = "true", ["partner"] = "-",
        }).Activity);

        var receipt = await InvokeCardAsync(response);
        Assert.Contains(Nl.RoleAssigned("Ingrid Jansen", "stuurgroeplid (zetel gemeente, voorzitter)"), receipt.ToJsonString(), StringComparison.Ordinal);
        var role = await world.QueryAsync(db => db.Set<RoleAssignment>().AsNoTracking()
            .SingleAsync(r => r.CoalitionId == world.CoalitionId && r.Role == CoalitionRole.StuurgroepMember));
        Assert.Equal(PartnerDomain.Gemeente, role.DomainSeat);
        Assert.True(role.IsChair);
        Assert.True(await world.QueryAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityId == role.Id.ToString() && a.Action == "assigned")));

        // The same seat again is refused next to the field.
        using var again = await _host.PostActivityAsync(world.ChannelInvoke(world.Fatima, CoalitionVerbs.RoleAssign, new JsonObject
        {
            ["v"] = 1, ["person"] = "user-id-3", ["role"] = "StuurgroepMember", ["seat"] = "Gemeente", ["chair"] = "false",
        }).Activity);
        var refused = await InvokeCardAsync(again);
        Assert.Contains("De zetel gemeente in de stuurgroep is al bezet", FindInput(refused, CoalitionCards.Fields.Seat).Next!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_in_the_rol_command_assigns_the_mentioned_person_as_representative()
    {
        var world = NewWorld();
        await world.SeedAsync();
        var (message, conversation) = world.ChannelMessage(world.Fatima, "rol <at>Kees Mulder</at> vertegenwoordiger woonpartners");
        message["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Kees Mulder</at>",
            ["mentioned"] = new JsonObject { ["id"] = world.Kees.TeamsUserId, ["name"] = "Kees Mulder" },
        });

        using var response = await _host.PostActivityAsync(message);

        Assert.Equal(Nl.RoleAssigned("Kees Mulder", "vertegenwoordiger van Woonpartners Zuid"), Replies.Text(Replies.Only(_host, conversation)));
        var partner = await world.QueryAsync(db => db.Set<Partner>().AsNoTracking().SingleAsync(p => p.Id == world.Woonpartners));
        var kees = await world.QueryAsync(db => db.Set<Person>().AsNoTracking().SingleAsync(p => p.CoalitionId == world.CoalitionId && p.TeamsUserId == world.Kees.TeamsUserId));
        Assert.Equal(kees.Id, partner.CurrentRepresentative!.PersonId);
    }

    [Fact]
    public async Task An_observer_cannot_add_a_partner_by_command_or_by_card()
    {
        var world = NewWorld();
        await world.SeedAsync();
        var (message, conversation) = world.ChannelMessage(world.Kees, "partner toevoegen");

        using (await _host.PostActivityAsync(message))
        {
        }

        Assert.Equal("Partners toevoegen of wijzigen kan alleen de procesregisseur.", Replies.Text(Replies.Only(_host, conversation)));
        using var invoke = await _host.PostActivityAsync(world.ChannelInvoke(world.Kees, CoalitionVerbs.PartnerAdd, new JsonObject
        {
            ["v"] = 1, ["name"] = "Buurthuis De Haven", ["domain"] = "Cultuur", ["joinedOn"] = "1-3-2027",
        }).Activity);
        Assert.Equal(Nl.Refusal(Capability.ManagePartners), await InvokeMessageAsync(invoke));
        Assert.False(await world.QueryAsync(db => db.Set<Partner>().AnyAsync(p => p.Name == "Buurthuis De Haven")));
    }

    [Fact]
    public async Task A_representative_cannot_assign_roles_but_can_see_the_partners()
    {
        var world = NewWorld();
        await world.SeedAsync();

        var (rol, conversation) = world.ChannelMessage(world.Sander, "rol");
        using (await _host.PostActivityAsync(rol))
        {
        }

        Assert.Equal("Rollen toewijzen kan alleen de procesregisseur.", Replies.Text(Replies.Only(_host, conversation)));
        using var invoke = await _host.PostActivityAsync(world.ChannelInvoke(world.Sander, CoalitionVerbs.RoleAssign, new JsonObject
        {
            ["v"] = 1, ["person"] = "user-id-3", ["role"] = "Procesregisseur",
        }).Activity);
        Assert.Equal(Nl.Refusal(Capability.AssignRoles), await InvokeMessageAsync(invoke));
        Assert.False(await world.QueryAsync(db => db.Set<RoleAssignment>().AnyAsync(r => r.PersonId == world.Sander.PersonId && r.Role == CoalitionRole.Procesregisseur)));
    }

    [Fact]
    public async Task In_a_personal_chat_the_coalition_is_the_one_the_user_has_a_role_in()
    {
        var world = NewWorld();
        await world.SeedAsync();

        var (mine, conversation) = world.PersonalMessage(world.Sander, "partner woonpartner");
        var mark = _host.Logs.Mark();
        using (await _host.PostActivityAsync(mine))
        {
        }

        Assert.Empty(_host.Logs.ErrorsSince(mark));

        var detail = Replies.Card(Replies.Only(_host, conversation));
        Assert.Equal("Woonpartners Zuid", detail["body"]![0]!["text"]!.GetValue<string>());
        Assert.Null(detail["actions"]);

        var resolver = new CoalitionsWorld(_host, _bot.NewIds());
        var (stranger, strangerConversation) = resolver.PersonalMessage(resolver.Kees with { TeamsUserId = "29:stranger" + Guid.NewGuid().ToString("N") }, "partners");
        using (await _host.PostActivityAsync(stranger))
        {
        }

        Assert.Equal(Nl.NoCoalition(false), Replies.Text(Replies.Only(_host, strangerConversation)));
    }

    [Fact]
    public async Task An_unknown_partner_name_gets_did_you_mean()
    {
        var world = NewWorld();
        await world.SeedAsync();
        var (message, conversation) = world.ChannelMessage(world.Kees, "partner Woonpartnrs Zuid");

        using (await _host.PostActivityAsync(message))
        {
        }

        Assert.Equal("Ik ken geen partner ‘Woonpartnrs Zuid’. Bedoel je `partner Woonpartners Zuid`?", Replies.Text(Replies.Only(_host, conversation)));
    }

    [Fact]
    public async Task With_200_partners_the_list_pages_and_every_card_stays_under_28_KB()
    {
        var world = NewWorld();
        await world.SeedAsync(extraPartners: 200);

        var (list, conversation) = world.ChannelMessage(world.Fatima, "partners");
        using (await _host.PostActivityAsync(list))
        {
        }

        var first = Replies.Card(Replies.Only(_host, conversation));
        Assert.True(first.ToJsonString().Length < AdaptiveCard.MaxSizeBytes, $"partners card is {first.ToJsonString().Length} bytes");
        Assert.Contains("Pagina 1 van 14", first.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(AdaptiveCard.Parse(first.ToJsonString()).Validate());

        using var next = await _host.PostActivityAsync(world.ChannelInvoke(world.Fatima, CoalitionVerbs.PartnersPage, new JsonObject { ["v"] = 1, ["page"] = 13 }).Activity);
        var last = await InvokeCardAsync(next);
        Assert.Contains("Pagina 14 van 14", last.ToJsonString(), StringComparison.Ordinal);

        var (overview, overviewConversation) = world.ChannelMessage(world.Fatima, "coalitie");
        using (await _host.PostActivityAsync(overview))
        {
        }

        var overviewCard = Replies.Card(Replies.Only(_host, overviewConversation));
        Assert.True(overviewCard.ToJsonString().Length < AdaptiveCard.MaxSizeBytes);
        Assert.Contains("Partners (201)", overviewCard.ToJsonString(), StringComparison.Ordinal);

        var (roles, rolesConversation) = world.ChannelMessage(world.Fatima, "rol");
        using (await _host.PostActivityAsync(roles))
        {
        }

        var rolesCard = Replies.Card(Replies.Only(_host, rolesConversation));
        Assert.True(rolesCard.ToJsonString().Length < AdaptiveCard.MaxSizeBytes, $"role card is {rolesCard.ToJsonString().Length} bytes");
    }

    [Fact]
    public void Every_sample_card_is_valid_and_under_28_KB()
    {
        var samples = CoalitionCards.Samples();

        Assert.True(samples.Count >= 30);
        Assert.Equal(samples.Count, samples.Select(s => s.Name).Distinct().Count());
        foreach (var (name, card) in samples)
        {
            Assert.True(card.Validate().Count == 0, $"{name}: {string.Join("; ", card.Validate())}");
            Assert.True(card.Utf8Size() <= AdaptiveCard.MaxSizeBytes, $"{name} is {card.Utf8Size()} bytes");
        }
    }
}
