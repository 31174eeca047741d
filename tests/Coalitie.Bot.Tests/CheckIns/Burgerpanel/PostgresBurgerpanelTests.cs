using System.Net;
using Coalitie.Bot.Audit;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Tests.CheckIns.Burgerpanel;

/// <summary>The same link rules on PostgreSQL (production): the table and its migration, the conditional claim under row locks.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresBurgerpanelTests(PostgresServer server)
{
    [Fact]
    public async Task On_postgres_concurrent_submits_with_one_link_store_one_Bewoners_answer_and_the_others_are_refused()
    {
        var world = new BurgerpanelWorld(new PostgresStorage(await server.CreateDatabaseAsync()));
        try
        {
            await world.InitializeAsync();
            var round = await world.SeedRoundAsync();
            var issue = await world.IssueAsync(round.Id, count: 3);
            var link = issue.Links[0];

            var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => world.PostAsync(link, BurgerpanelWorld.Answers(score: 1 + (i % 5), overall: $"Poging {i}"))));
            var statuses = responses.Select(r => r.StatusCode).ToList();
            foreach (var response in responses)
            {
                response.Dispose();
            }

            Assert.Single(statuses, s => s == HttpStatusCode.OK);
            Assert.Equal(7, statuses.Count(s => s == HttpStatusCode.Gone));
            var request = Assert.Single((await world.LoadRoundAsync(round.Id)).Requests);
            Assert.Equal(RespondentKey.BurgerpanelLink(BurgerpanelWorld.LinkIdOf(link)), request.Respondent);
            Assert.Equal(PartnerDomain.Bewoners, request.Domain);
            Assert.Equal(world.BewonersPartnerId, request.PartnerId);
            var stored = await world.LoadLinkAsync(link);
            Assert.Equal(request.Id, stored.RequestId);
            Assert.Equal(BurgerpanelWorld.Start, stored.UsedAt);
            Assert.Single(await world.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == BurgerpanelAnswers.AuditAnswered).ToListAsync()));
            foreach (var unused in issue.Links.Skip(1))
            {
                Assert.Null((await world.LoadLinkAsync(unused)).UsedAt);
            }

            Assert.Empty(world.Logs.ErrorsSince(0));

            using var other = await world.PostAsync(issue.Links[1], BurgerpanelWorld.Answers(commentC: "Ge\0en nul"));
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Equal(2, (await world.LoadRoundAsync(round.Id)).Requests.Count);
        }
        finally
        {
            await world.DisposeAsync();
        }
    }
}
