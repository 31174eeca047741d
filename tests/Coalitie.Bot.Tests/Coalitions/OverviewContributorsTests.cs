using System.Net;
using Coalitie.Bot.Tests.Commitments;
using Coalitie.Bot.Tests.Infrastructure;

namespace Coalitie.Bot.Tests.Coalitions;

/// <summary>The <c>coalitie</c> overview card carries the contract's and the commitments' blocks.</summary>
public sealed class OverviewContributorsTests(AnonymousBotFixture bot) : IClassFixture<AnonymousBotFixture>
{
    [Fact]
    public async Task The_overview_shows_the_contract_horizon_and_the_commitments_per_status()
    {
        var world = await CommitmentWorld.CreateAsync(bot.Host, bot.NewIds());
        await world.AddContractWithProgrammeAsync("Startprogramma", new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2029, 12, 31));
        await world.AddCommitmentsAsync(3, world.Woonpartners);
        var (message, thread) = world.ChannelMessage(world.Fatima, "coalitie");

        using var response = await bot.Host.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Replies.Card(Replies.Only(bot.Host, thread)).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Lokaal contract Havenkwartier", card, StringComparison.Ordinal);
        Assert.Contains("2026–2045", card, StringComparison.Ordinal);
        Assert.Contains("Toezeggingen (3)", card, StringComparison.Ordinal);
        Assert.Matches("\"(op koers|risico|achter)\"", card);
    }
}
