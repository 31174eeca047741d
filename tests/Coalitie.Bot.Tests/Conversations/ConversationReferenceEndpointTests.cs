using System.Net;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Tests.Infrastructure;

namespace Coalitie.Bot.Tests.Conversations;

/// <summary>Install, membership and team events keep the stored conversation references in step, and welcome once.</summary>
public sealed class ConversationReferenceEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    private readonly BotHost _host = bot.Host;

    [Fact]
    public async Task Personal_install_stores_the_reference_and_posts_one_welcome_card()
    {
        var ids = bot.NewIds();
        var mark = _host.Logs.Mark();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-personal", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _host.FindReferenceAsync(ids.ConversationId);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Personal, stored.Kind);
        Assert.Equal(ids.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(ids.TenantId, stored.TenantId);
        Assert.Equal(ids.UserId, stored.UserId);
        Assert.Equal(ids.UserAadObjectId, stored.UserAadObjectId);
        Assert.Equal("Fatima el Amrani", stored.UserName);
        Assert.Equal(FixtureIds.BotId, stored.BotId);
        Assert.NotNull(stored.WelcomedAt);

        var welcome = Replies.Card(Replies.Only(_host, ids.ConversationId));
        Assert.Equal(DutchTexts.Instance.WelcomeTitle, welcome["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(DutchTexts.Instance.WelcomePersonal("Fatima"), welcome["body"]![1]!["text"]!.GetValue<string>());
        Assert.Equal("help.show", welcome["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Empty(_host.Logs.ErrorsSince(mark));
    }

    [Fact]
    public async Task Install_and_bot_added_of_the_same_install_welcome_exactly_once()
    {
        var ids = bot.NewIds();

        var install = _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-personal", ids));
        var added = _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-bot-added-personal", ids));
        using var first = await install;
        using var second = await added;
        using var again = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-personal", ids));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var welcome = Replies.Only(_host, ids.ConversationId);
        Assert.Equal(DutchTexts.Instance.WelcomeTitle, Replies.Card(welcome)["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bot_added_to_a_group_chat_stores_it_and_welcomes_the_group()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-bot-added-groupchat", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _host.FindReferenceAsync(ids.GroupChatId);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.GroupChat, stored.Kind);
        Assert.Null(stored.UserId);
        var welcome = Replies.Card(Replies.Only(_host, ids.GroupChatId));
        Assert.Equal(DutchTexts.Instance.WelcomeGroupChat, welcome["body"]![1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bot_removed_from_a_group_chat_deletes_its_reference()
    {
        var ids = bot.NewIds();
        using var added = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-bot-added-groupchat", ids));
        Assert.NotNull(await _host.FindReferenceAsync(ids.GroupChatId));

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-bot-removed-groupchat", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _host.FindReferenceAsync(ids.GroupChatId));
    }

    [Fact]
    public async Task Team_install_stores_the_team_and_welcomes_in_the_selected_channel()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-team", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _host.FindReferenceAsync(ids.TeamId);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Channel, stored.Kind);
        Assert.Equal(ids.TeamId, stored.TeamId);
        Assert.Equal("Wijkaanpak Havenkwartier", stored.TeamName);
        Assert.Equal(ids.TeamAadGroupId, stored.TeamAadGroupId);
        Assert.Equal(ids.TenantId, stored.TenantId);

        Assert.Empty(_host.RequestsFor(ids.TeamId));
        var welcome = Replies.Only(_host, ids.ChannelId);
        Assert.Equal("POST", welcome.Method);
        Assert.Equal(DutchTexts.Instance.WelcomeChannel("Wijkaanpak Havenkwartier"), Replies.Card(welcome)["body"]![1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Personal_uninstall_deletes_the_reference()
    {
        var ids = bot.NewIds();
        using var install = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-personal", ids));
        var before = await _host.CountReferencesAsync();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-remove-personal", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _host.FindReferenceAsync(ids.ConversationId));
        Assert.Equal(before - 1, await _host.CountReferencesAsync());
    }

    [Fact]
    public async Task Team_uninstall_deletes_the_team_and_all_its_channels()
    {
        var ids = bot.NewIds();
        using var install = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-team", ids));
        using var created = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-channel-created", ids));
        Assert.NotNull(await _host.FindReferenceAsync(ids.TeamId));
        Assert.NotNull(await _host.FindReferenceAsync(ids.ChannelId));
        var before = await _host.CountReferencesAsync();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-remove-team", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _host.FindReferenceAsync(ids.TeamId));
        Assert.Null(await _host.FindReferenceAsync(ids.ChannelId));
        Assert.Equal(before - 2, await _host.CountReferencesAsync());
    }

    [Fact]
    public async Task First_message_in_an_unknown_conversation_stores_it()
    {
        var ids = bot.NewIds();
        Assert.Null(await _host.FindReferenceAsync(ids.ConversationId));

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _host.FindReferenceAsync(ids.ConversationId);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Personal, stored.Kind);
        Assert.Equal(ids.UserAadObjectId, stored.UserAadObjectId);
        Assert.Null(stored.WelcomedAt);
    }

    [Fact]
    public async Task First_channel_message_stores_the_channel_without_the_thread_suffix()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.ChannelMessage(ids, "hulp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await _host.FindReferenceAsync(ids.ChannelId);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Channel, stored.Kind);
        Assert.Equal(ids.TeamId, stored.TeamId);
        Assert.Equal(ids.ChannelId, stored.ChannelId);
        Assert.Equal("Wijkaanpak", stored.ChannelName);
    }

    [Fact]
    public async Task A_later_activity_with_another_serviceUrl_updates_the_reference()
    {
        var ids = bot.NewIds();
        using var first = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp"));
        var before = await _host.FindReferenceAsync(ids.ConversationId);
        Assert.Equal(ids.ServiceUrl, before?.ServiceUrl);

        var upgrade = TeamsFixtures.Load("installationupdate-add-personal", ids with { ServiceUrl = "https://smba.trafficmanager.net/emea/" });
        upgrade["action"] = "add-upgrade";
        using var response = await _host.PostActivityAsync(upgrade);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await _host.FindReferenceAsync(ids.ConversationId);
        Assert.NotNull(after);
        Assert.Equal("https://smba.trafficmanager.net/emea/", after.ServiceUrl);
        Assert.True(after.UpdatedAt >= before!.UpdatedAt);
        Assert.Equal(before.CreatedAt, after.CreatedAt);
    }

    [Fact]
    public async Task Team_renamed_renames_every_reference_of_the_team()
    {
        var ids = bot.NewIds();
        using var install = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-team", ids));
        using var created = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-channel-created", ids));

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-team-renamed", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Wijkaanpak Havenkwartier en Lloydkwartier", (await _host.FindReferenceAsync(ids.TeamId))?.TeamName);
        Assert.Equal("Wijkaanpak Havenkwartier en Lloydkwartier", (await _host.FindReferenceAsync(ids.ChannelId))?.TeamName);
    }

    [Fact]
    public async Task Channel_created_renamed_and_deleted_maintain_the_channel_row()
    {
        var ids = bot.NewIds();
        using var install = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-team", ids));

        using var created = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-channel-created", ids));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var channel = await _host.FindReferenceAsync(ids.ChannelId);
        Assert.NotNull(channel);
        Assert.Equal(ConversationKind.Channel, channel.Kind);
        Assert.Equal(ids.TeamId, channel.TeamId);
        Assert.Equal("Bewonerspanel", channel.ChannelName);

        using var renamed = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-channel-renamed", ids));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Bewonerspanel-Noord", (await _host.FindReferenceAsync(ids.ChannelId))?.ChannelName);

        using var deleted = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-channel-deleted", ids));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Null(await _host.FindReferenceAsync(ids.ChannelId));
        Assert.NotNull(await _host.FindReferenceAsync(ids.TeamId));
    }

    [Fact]
    public async Task A_user_joining_the_team_sends_nothing_and_keeps_the_team_row()
    {
        var ids = bot.NewIds();
        using var install = await _host.PostActivityAsync(TeamsFixtures.Load("installationupdate-add-team", ids));
        var before = await _host.CountReferencesAsync();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("conversationupdate-team-member-added", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await _host.CountReferencesAsync());
        Assert.Empty(_host.RequestsFor(ids.TeamId));
        var team = await _host.FindReferenceAsync(ids.TeamId);
        Assert.Equal(ids.TeamAadGroupId, team?.TeamAadGroupId);
        Assert.Null(team?.UserId);
    }
}
