using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using Coalitie.Teams.Auth;
using Coalitie.Teams.Connector;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Coalitie.Teams.Tests.Routing;

/// <summary>Command text normalisation and the user's locale, read from Teams-shaped activity JSON.</summary>
public sealed class TurnContextTests
{
    private const string BotMention = """{ "type": "mention", "text": "<at>Coalitie</at>", "mentioned": { "id": "28:coalitie-bot", "name": "Coalitie" } }""";

    [Fact]
    public void Channel_mention_of_the_bot_is_removed()
    {
        var activity = Message("<at>Coalitie</at> hulp", BotMention);

        Assert.Equal("hulp", TurnContext.NormalizeCommandText(activity));
    }

    [Fact]
    public void Bot_mention_is_removed_wherever_it_stands()
    {
        var activity = Message("status <at>Coalitie</at> graag", BotMention);

        Assert.Equal("status graag", TurnContext.NormalizeCommandText(activity));
    }

    [Fact]
    public void Mention_of_another_person_is_kept_as_the_plain_name()
    {
        var activity = Message(
            "<at>Coalitie</at> wijs toe aan <at>Jan Jansen</at> vandaag",
            BotMention,
            """{ "type": "mention", "text": "<at>Jan Jansen</at>", "mentioned": { "id": "29:jan", "name": "Jan Jansen" } }""");

        Assert.Equal("wijs toe aan Jan Jansen vandaag", TurnContext.NormalizeCommandText(activity));
    }

    [Fact]
    public void Bot_name_in_at_tags_without_an_entity_is_removed()
    {
        var activity = Message("<at>coalitie</at>   hulp");

        Assert.Equal("hulp", TurnContext.NormalizeCommandText(activity));
    }

    [Fact]
    public void Html_is_stripped_and_entities_decoded()
    {
        var activity = Message("<p>hulp&nbsp;&amp; meer</p>");

        Assert.Equal("hulp & meer", TurnContext.NormalizeCommandText(activity));
    }

    [Fact]
    public void Formatted_channel_message_keeps_its_words_only()
    {
        var activity = Message("<div><div><at>Coalitie</at>&nbsp;<strong>check-in</strong> &lt;week 12&gt;</div></div>", BotMention);

        Assert.Equal("check-in <week 12>", TurnContext.NormalizeCommandText(activity));
    }

    [Fact]
    public void Only_a_mention_gives_empty_text()
    {
        var activity = Message("<at>Coalitie</at>", BotMention);

        Assert.Equal(string.Empty, TurnContext.NormalizeCommandText(activity));
    }

    [Theory]
    [InlineData("eerste<br>tweede")]
    [InlineData("eerste<br/>tweede")]
    [InlineData("eerste<BR />tweede")]
    [InlineData("<p>eerste</p><p>tweede</p>")]
    [InlineData("<div>eerste</div><div>tweede</div>")]
    [InlineData("eerste\r\n\t tweede")]
    public void Line_breaks_and_blocks_become_single_spaces(string text)
    {
        Assert.Equal("eerste tweede", TurnContext.NormalizeCommandText(Message(text)));
    }

    [Theory]
    [InlineData("we zitten\u0000 vast", "we zitten vast")]
    [InlineData("we\u0007 zitten&#0; vast\u001b", "we zitten vast")]
    [InlineData("checkin\u0000uitslag", "checkinuitslag")]
    public void Control_characters_are_dropped(string text, string expected)
    {
        Assert.Equal(expected, TurnContext.NormalizeCommandText(Message(text)));
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("regel 1\r\nregel 2\rregel 3", "regel 1\nregel 2\nregel 3")]
    [InlineData("tab\tblijft\u0000, nul en bel\u0007 niet", "tab\tblijft, nul en bel niet")]
    [InlineData("", "")]
    public void UserText_keeps_line_feeds_and_tabs_and_drops_other_control_characters(string text, string expected)
    {
        Assert.Equal(expected, UserText.Clean(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p></p>")]
    public void No_text_gives_empty_text(string? text)
    {
        var activity = Message("x");
        activity.Text = text;

        Assert.Equal(string.Empty, TurnContext.NormalizeCommandText(activity));
    }

    private const int Limit = TurnContext.MaxNormalizedLength;

    public static TheoryData<string> TenThousandCharacterTexts() => new()
    {
        "<at>Coalitie</at> " + string.Concat(Enumerable.Repeat("hulp ", 1996)) + "<p>einde</p>&nbsp;!",
        new string('<', 10_000),
        string.Concat(Enumerable.Repeat("<at>", 2_500)),
    };

    [Theory]
    [MemberData(nameof(TenThousandCharacterTexts))]
    public void Ten_thousand_characters_come_back_unchanged_without_throwing(string text)
    {
        var stopwatch = Stopwatch.StartNew();

        var result = TurnContext.NormalizeCommandText(Message(text, BotMention));

        stopwatch.Stop();
        Assert.True(text.Length > Limit);
        Assert.Equal(text, result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"Normalising took {stopwatch.Elapsed}.");
    }

    public static TheoryData<string, string> TextsAtTheLimit() => new()
    {
        { string.Concat(Enumerable.Repeat("hulp ", Limit / 5)) + new string('x', Limit % 5), string.Concat(Enumerable.Repeat("hulp ", Limit / 5)) + new string('x', Limit % 5) },
        { new string('<', Limit), new string('<', Limit) },
        { "<at>" + new string('x', Limit - 4), new string('x', Limit - 4) },
        { string.Concat(Enumerable.Repeat("<a", Limit / 2)), string.Concat(Enumerable.Repeat("<a", Limit / 2)) },
        { string.Concat(Enumerable.Repeat("<at>", Limit / 4)), string.Empty },
        { string.Concat(Enumerable.Repeat("<at>x</at>", Limit / 10)) + "..", new string('x', Limit / 10) + ".." },
    };

    [Theory]
    [MemberData(nameof(TextsAtTheLimit))]
    public void Pathological_texts_up_to_the_limit_are_normalised_quickly(string text, string expected)
    {
        var stopwatch = Stopwatch.StartNew();

        var result = TurnContext.NormalizeCommandText(Message(text, BotMention));

        stopwatch.Stop();
        Assert.Equal(Limit, text.Length);
        Assert.Equal(expected, result);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"Normalising took {stopwatch.Elapsed}.");
    }

    [Theory]
    [InlineData("@Coalitie hulp", "hulp")]
    [InlineData("  @coalitie   status week 12", "status week 12")]
    public void Typed_mention_of_the_bot_is_removed(string text, string expected)
    {
        Assert.Equal(expected, TurnContext.NormalizeCommandText(Message(text)));
    }

    /// <summary>Only the bot's own name is a mention of the bot; a longer name that starts with it is someone else.</summary>
    [Theory]
    [InlineData("@CoalitieBeheer hulp")]
    [InlineData("@Coalitie2 status")]
    public void Typed_name_that_only_starts_with_the_bot_name_is_kept(string text)
    {
        Assert.Equal(text, TurnContext.NormalizeCommandText(Message(text)));
    }

    [Fact]
    public void Command_text_property_is_the_normalised_text()
    {
        var turn = Turn(Message("<at>Coalitie</at> <b>hulp</b>", BotMention));

        Assert.Equal("hulp", turn.CommandText);
    }

    [Fact]
    public void User_locale_comes_from_the_activity_locale_first()
    {
        var turn = Turn(Parse("""
            { "type": "message", "text": "hi", "locale": "nl-NL",
              "entities": [ { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web", "timezone": "America/New_York" } ] }
            """));

        Assert.Equal("nl-NL", turn.UserLocale);
    }

    [Fact]
    public void User_locale_falls_back_to_the_client_info_entity()
    {
        var turn = Turn(Parse("""
            { "type": "message", "text": "hi",
              "entities": [ { "type": "mention", "text": "<at>Coalitie</at>", "mentioned": { "id": "28:coalitie-bot" } },
                            { "type": "clientInfo", "locale": "nl-BE", "country": "BE", "platform": "Windows", "timezone": "Europe/Brussels" } ] }
            """));

        Assert.Equal("nl-BE", turn.UserLocale);
    }

    [Fact]
    public void User_locale_is_null_when_teams_sends_none()
    {
        var turn = Turn(Parse("""{ "type": "conversationUpdate", "entities": [ { "type": "clientInfo", "platform": "Web" } ] }"""));

        Assert.Null(turn.UserLocale);
    }

    private static Activity Message(string text, params string[] entities) => Parse($$"""
        {
          "type": "message", "id": "1571537152320", "channelId": "msteams", "text": {{JsonSerializer.Serialize(text)}}, "textFormat": "plain",
          "from": { "id": "29:anna", "name": "Anna de Vries" },
          "recipient": { "id": "28:coalitie-bot", "name": "Coalitie" },
          "conversation": { "id": "19:general@thread.tacv2;messageid=1571537152320", "conversationType": "channel" },
          "entities": [ {{string.Join(", ", entities)}} ]
        }
        """);

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    private static TurnContext Turn(Activity activity) =>
        new(activity, new UnusedConnector(), AuthenticationStatus.Anonymous, new ServiceCollection().BuildServiceProvider());

    /// <summary>These tests read the turn only; any connector call is a failure.</summary>
    private sealed class UnusedConnector : IConnectorClient
    {
        public Task<ResourceResponse> SendToConversationAsync(ConnectorTarget target, string conversationId, Activity activity, CancellationToken ct) => throw Unexpected();

        public Task<ResourceResponse> ReplyToActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken ct) => throw Unexpected();

        public Task<ResourceResponse> UpdateActivityAsync(ConnectorTarget target, string conversationId, string activityId, Activity activity, CancellationToken ct) => throw Unexpected();

        public Task DeleteActivityAsync(ConnectorTarget target, string conversationId, string activityId, CancellationToken ct) => throw Unexpected();

        public Task<ConversationResourceResponse> CreateConversationAsync(ConnectorTarget target, ConversationParameters parameters, CancellationToken ct) => throw Unexpected();

        public Task<IReadOnlyList<TeamsChannelAccount>> GetMembersAsync(ConnectorTarget target, string conversationId, CancellationToken ct) => throw Unexpected();

        public Task<TeamsChannelAccount> GetMemberAsync(ConnectorTarget target, string conversationId, string memberId, CancellationToken ct) => throw Unexpected();

        public Task<PagedMembersResult> GetPagedMembersAsync(ConnectorTarget target, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct) => throw Unexpected();

        public Task<TeamDetails> GetTeamDetailsAsync(ConnectorTarget target, string teamId, CancellationToken ct) => throw Unexpected();

        public Task<ConversationList> GetTeamChannelsAsync(ConnectorTarget target, string teamId, CancellationToken ct) => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("No connector call was expected.");
    }
}
