using System.Net;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Testing;

namespace Coalitie.Bot.Tests.Commands;

/// <summary>Every chat command through the real <c>/api/messages</c>, answered through the fake connector.</summary>
public sealed class CommandEndpointTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    private readonly BotHost _host = bot.Host;

    [Theory]
    [InlineData("hulp", "nl-NL")]
    [InlineData("help", "nl-NL")]
    [InlineData("HÜLP", "nl-NL")]
    [InlineData("Hulp!", "nl-NL")]
    [InlineData("hulp&nbsp;", "nl-NL")]
    [InlineData("<p>hulp</p>", "nl-NL")]
    public async Task Help_in_Dutch_answers_the_Dutch_help_card(string text, string locale)
    {
        var ids = bot.NewIds();
        var mark = _host.Logs.Mark();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, text, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var reply = Replies.Only(_host, ids.ConversationId);
        Assert.Equal("POST", reply.Method);
        Replies.AssertHelpCard(Replies.Card(reply), DutchTexts.Instance);
        Assert.Empty(_host.Logs.ErrorsSince(mark));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("hulp")]
    public async Task Help_with_an_English_locale_answers_the_English_help_card(string text)
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, text, "en-US"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Replies.AssertHelpCard(Replies.Card(Replies.Only(_host, ids.ConversationId)), EnglishTexts.Instance);
    }

    [Fact]
    public async Task Over_answers_what_Coalitie_is()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "over"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Replies.Text(Replies.Only(_host, ids.ConversationId));
        Assert.StartsWith("**Coalitie** ", text, StringComparison.Ordinal);
        Assert.Contains("de assistent van de wijkaanpak in Teams", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_message_with_the_bot_mention_answers_the_help_card_in_the_channel_thread()
    {
        var ids = bot.NewIds();
        var activity = TeamsFixtures.Load("message-channel-mention", ids);
        var thread = activity["conversation"]!["id"]!.GetValue<string>();

        using var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Replies.AssertHelpCard(Replies.Card(Replies.Only(_host, thread)), DutchTexts.Instance);
    }

    [Fact]
    public async Task Group_chat_message_with_the_bot_mention_answers_the_help_card()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.Load("message-groupchat-mention", ids));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Replies.AssertHelpCard(Replies.Card(Replies.Only(_host, ids.GroupChatId)), DutchTexts.Instance);
    }

    [Fact]
    public async Task Only_the_mention_answers_the_empty_message_text()
    {
        var ids = bot.NewIds();
        var activity = TeamsFixtures.ChannelMessage(ids, string.Empty);
        var thread = activity["conversation"]!["id"]!.GetValue<string>();

        using var response = await _host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DutchTexts.Instance.EmptyMessage, Replies.Text(Replies.Only(_host, thread)));
    }

    [Fact]
    public async Task A_typo_gets_Dat_begrijp_ik_niet_with_the_closest_command()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hlup"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Replies.Text(Replies.Only(_host, ids.ConversationId));
        Assert.StartsWith("Dat begrijp ik niet: \"hlup\".", text, StringComparison.Ordinal);
        Assert.Contains("Bedoel je `hulp`?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_without_a_command_gets_Dat_begrijp_ik_niet_pointing_at_hulp()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "parkeervergunning"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Replies.Text(Replies.Only(_host, ids.ConversationId));
        Assert.StartsWith("Dat begrijp ik niet: \"parkeervergunning\".", text, StringComparison.Ordinal);
        Assert.Contains("`hulp`", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_thousand_characters_get_the_too_long_answer()
    {
        var ids = bot.NewIds();

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, new string('x', 10_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DutchTexts.Instance.TooLong(500), Replies.Text(Replies.Only(_host, ids.ConversationId)));
    }

    [Fact]
    public async Task A_long_message_of_unclosed_mention_tags_gets_the_too_long_answer_without_an_error()
    {
        // 200 KB of "<at>" without "</at>": well inside the 256 KB body limit, and far over the command length.
        var ids = bot.NewIds();
        var mark = _host.Logs.Mark();
        var text = string.Concat(Enumerable.Repeat("<at>", 50_000));

        using var response = await _host.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Logs.ErrorsSince(mark));
        Assert.Equal(DutchTexts.Instance.TooLong(500), Replies.Text(Replies.Only(_host, ids.ConversationId)));
    }

    [Fact]
    public async Task Taal_en_is_remembered_and_survives_a_restart_on_the_same_database()
    {
        using var file = new SqliteFile();
        using var connector = new FakeConnector();
        var ids = new FixtureIds(connector.ServiceUrl);

        await using (var first = new BotHost(new SqliteStorage(file.Path), connector))
        {
            using var chosen = await first.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "taal en"));
            Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
            Assert.Equal(EnglishTexts.Instance.LanguageSet, Replies.Text(Replies.Only(first, ids.ConversationId)));

            connector.Reset();
            using var help = await first.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp", "nl-NL"));
            Replies.AssertHelpCard(Replies.Card(Replies.Only(first, ids.ConversationId)), EnglishTexts.Instance);
        }

        connector.Reset();
        await using var second = new BotHost(new SqliteStorage(file.Path), connector);
        using var afterRestart = await second.PostActivityAsync(TeamsFixtures.PersonalMessage(ids, "hulp", "nl-NL"));

        Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
        Replies.AssertHelpCard(Replies.Card(Replies.Only(second, ids.ConversationId)), EnglishTexts.Instance);
        var preference = await second.QueryAsync(db => Task.FromResult(db.UserPreferences.Single(p => p.UserKey == "aad:" + ids.UserAadObjectId)));
        Assert.Equal("en", preference.Language);
    }
}
