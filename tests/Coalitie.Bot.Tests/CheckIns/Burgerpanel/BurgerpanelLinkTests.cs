using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Coalitie.Bot.Audit;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Bot.Documents;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Common;
using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Tests.CheckIns.Burgerpanel;

/// <summary>Issuing links and their security: unguessable, signed, expiring at round close, single use, bound to one round.</summary>
public sealed partial class BurgerpanelLinkTests : IAsyncLifetime, IDisposable
{
    private readonly BurgerpanelWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Issued_links_are_distinct_signed_urls_that_expire_when_the_round_closes_and_are_audited_once()
    {
        var round = await _world.SeedRoundAsync();

        var issue = await _world.IssueAsync(round.Id, count: 200);

        Assert.Equal(200, issue.Links.Count);
        Assert.Equal(200, issue.Links.Select(l => l.AbsoluteUri).Distinct().Count());
        Assert.Equal("Q1 2027", issue.RoundName);
        Assert.Equal(round.ClosesAt, issue.ExpiresAt);
        Assert.Equal(Instant.FromUtc(2027, 1, 21, 9, 0), issue.ExpiresAt);
        var expires = issue.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        foreach (var link in issue.Links)
        {
            var match = LinkShape().Match(link.AbsoluteUri);
            Assert.True(match.Success, link.AbsoluteUri);
            Assert.Equal(round.Id.ToString("N"), match.Groups["round"].Value);
            Assert.Equal(expires, match.Groups["exp"].Value);
        }

        var stored = await _world.WithDbAsync(db => db.Set<BurgerpanelLink>().AsNoTracking().Where(l => l.RoundId == round.Id).ToListAsync());
        Assert.Equal(200, stored.Count);
        Assert.All(stored, l =>
        {
            Assert.Equal(_world.CoalitionId, l.CoalitionId);
            Assert.Equal(BurgerpanelWorld.Start, l.CreatedAt);
            Assert.Equal(round.ClosesAt, l.ExpiresAt);
            Assert.Null(l.UsedAt);
            Assert.Null(l.RequestId);
            Assert.Equal(_world.ProcesregisseurId, l.CreatedByPersonId);
        });
        Assert.Equal(
            issue.Links.Select(BurgerpanelWorld.LinkIdOf).Order(),
            stored.Select(l => l.Id).Order());

        // 128 random bits: ids are not version-4 GUIDs, whose version nibble is always 4.
        Assert.Contains(stored, l => l.Id.ToString("N")[12] != '4');

        var audit = await _world.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.EntityId == round.Id.ToString()).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(BurgerpanelLinks.AuditIssued, entry.Action);
        Assert.Equal("200", entry.NewValue);
        Assert.Equal(_world.ProcesregisseurId, entry.ActorPersonId);
        Assert.Equal("Fatima El Amrani", entry.ActorName);
    }

    [Fact]
    public async Task A_configured_public_base_url_starts_the_links()
    {
        var round = await _world.SeedRoundAsync();
        await using var scope = _world.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var service = new BurgerpanelLinks(
            services.GetRequiredService<CoalitieDbContext>(),
            _world.Clock,
            services.GetRequiredService<AuditLog>(),
            Options.Create(new DocumentOptions { PublicBaseUrl = new Uri("https://coalitie.example.org/wijk") }));

        var issue = await service.IssueAsync(_world.CoalitionId, round.Id, 1, BurgerpanelWorld.BaseUrl, null, default);

        Assert.StartsWith($"https://coalitie.example.org/wijk/burgerpanel/{round.Id:N}/", issue.Links.Single().AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    [InlineData(-3)]
    public async Task A_count_outside_1_to_200_is_refused(int count)
    {
        var round = await _world.SeedRoundAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => _world.IssueAsync(round.Id, count));

        Assert.Equal(BurgerpanelErrors.CountOutOfRange, error.Code);
        Assert.Equal([1, BurgerpanelLinks.MaxPerIssue], error.Arguments);
        Assert.Equal(0, await _world.WithDbAsync(db => db.Set<BurgerpanelLink>().CountAsync()));
    }

    [Fact]
    public async Task Links_are_refused_for_a_round_without_the_burgerpanel_option_a_planned_or_closed_round_and_another_coalitions_round()
    {
        var withoutPanel = await _world.SeedRoundAsync(burgerpanel: false);
        var planned = await _world.SeedRoundAsync(open: false);
        var closed = await _world.SeedRoundAsync();
        await _world.WithDbAsync(async db =>
        {
            var loaded = await db.Set<CheckInRound>().SingleAsync(r => r.Id == closed.Id);
            loaded.Close(_world.Clock.GetCurrentInstant());
            return await db.SaveChangesAsync();
        });
        var elsewhere = await _world.SeedRoundAsync(coalitionId: Guid.NewGuid());

        Assert.Equal(CheckInErrors.BurgerpanelLinkOff, (await Assert.ThrowsAsync<DomainException>(() => _world.IssueAsync(withoutPanel.Id))).Code);
        Assert.Equal(CheckInErrors.NotOpen, (await Assert.ThrowsAsync<DomainException>(() => _world.IssueAsync(planned.Id))).Code);
        Assert.Equal(CheckInErrors.Closed, (await Assert.ThrowsAsync<DomainException>(() => _world.IssueAsync(closed.Id))).Code);
        Assert.Equal(BurgerpanelErrors.RoundUnknown, (await Assert.ThrowsAsync<DomainException>(() => _world.IssueAsync(elsewhere.Id))).Code);
        Assert.Equal(0, await _world.WithDbAsync(db => db.Set<BurgerpanelLink>().CountAsync()));
    }

    [Fact]
    public async Task After_the_closing_moment_links_are_neither_issued_nor_accepted()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        _world.Clock.Reset(round.ClosesAt!.Value);

        Assert.Equal(CheckInErrors.Closed, (await Assert.ThrowsAsync<DomainException>(() => _world.IssueAsync(round.Id))).Code);
        Assert.Equal(BurgerpanelLinkStatus.Expired, (await CheckAsync(link)).Status);

        using var get = await _world.GetAsync(link);
        using var post = await _world.PostAsync(link, BurgerpanelWorld.Answers());

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        var page = await get.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Deze link is verlopen</h1>", page, StringComparison.Ordinal);
        Assert.Contains("gesloten op donderdag 21 januari 2027, 10:00 uur", page, StringComparison.Ordinal);
        Assert.Contains("procesregisseur", page, StringComparison.Ordinal);
        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);
    }

    [Fact]
    public async Task One_second_before_closing_the_link_still_works()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        _world.Clock.Reset(round.ClosesAt!.Value - Duration.FromSeconds(1));

        using var post = await _world.PostAsync(link, BurgerpanelWorld.Answers());

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests);
    }

    [Fact]
    public async Task A_round_closed_early_by_hand_refuses_its_links_with_the_closing_moment()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        _world.Clock.Advance(Duration.FromDays(2));
        await _world.WithDbAsync(async db =>
        {
            var loaded = await db.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);
            loaded.Close(_world.Clock.GetCurrentInstant());
            return await db.SaveChangesAsync();
        });

        Assert.Equal(BurgerpanelLinkStatus.RoundClosed, (await CheckAsync(link)).Status);
        using var get = await _world.GetAsync(link);
        using var post = await _world.PostAsync(link, BurgerpanelWorld.Answers());

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        var page = await get.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Deze ronde is gesloten</h1>", page, StringComparison.Ordinal);
        Assert.Contains("gesloten op woensdag 13 januari 2027, 10:00 uur", page, StringComparison.Ordinal);
        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);
    }

    [Fact]
    public async Task A_tampered_signature_round_id_link_id_or_expiry_is_refused_with_one_page_that_reveals_nothing()
    {
        var round = await _world.SeedRoundAsync();
        var other = await _world.SeedRoundAsync(name: "Extra ronde");
        var link = await _world.OneLinkAsync(round);
        var path = link.PathAndQuery;
        var signature = Regex.Match(path, "sig=([0-9a-f]+)").Groups[1].Value;
        var flipped = path.Replace("sig=" + signature, "sig=" + signature[..^1] + (signature[^1] == 'a' ? 'b' : 'a'), StringComparison.Ordinal);
        var otherRound = path.Replace(round.Id.ToString("N"), other.Id.ToString("N"), StringComparison.Ordinal);
        var noRound = path.Replace(round.Id.ToString("N"), Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
        var otherLink = path.Replace(BurgerpanelWorld.LinkIdOf(link).ToString("N"), Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
        var later = Regex.Replace(path, "exp=(\\d+)", m => "exp=" + (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 86400).ToString(CultureInfo.InvariantCulture));
        string[] tampered =
        [
            flipped, otherRound, noRound, otherLink, later,
            path[..path.IndexOf("&sig=", StringComparison.Ordinal)],
            path + "&sig=" + signature,
            path.ToUpperInvariant(),
            $"/burgerpanel/{round.Id:N}/not-a-guid?exp=1&sig=x",
            "/burgerpanel/x/y",
        ];

        var bodies = new List<string>();
        foreach (var candidate in tampered)
        {
            using var get = await _world.GetAsync(candidate);
            Assert.True(HttpStatusCode.NotFound == get.StatusCode, candidate);
            bodies.Add(await get.Content.ReadAsStringAsync());
            using var post = await _world.PostAsync(candidate, BurgerpanelWorld.Answers());
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Single(bodies.Distinct());
        Assert.Contains("<h1>Deze link werkt niet</h1>", bodies[0], StringComparison.Ordinal);
        Assert.Contains("procesregisseur", bodies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Q1 2027", bodies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Havenkwartier", bodies[0], StringComparison.Ordinal);
        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Empty((await _world.LoadRoundAsync(other.Id)).Requests);
        Assert.Null((await _world.LoadLinkAsync(link)).UsedAt);
    }

    [Fact]
    public async Task A_link_of_round_A_validly_signed_for_round_B_is_the_wrong_round_and_answers_neither()
    {
        var roundA = await _world.SeedRoundAsync(name: "Ronde A");
        var roundB = await _world.SeedRoundAsync(name: "Ronde B");
        var linkA = await _world.OneLinkAsync(roundA);
        _ = await _world.OneLinkAsync(roundB);
        var linkId = BurgerpanelWorld.LinkIdOf(linkA);
        var expires = roundA.ClosesAt!.Value.ToUnixTimeSeconds();

        // Signed with the real key, as only someone holding it could: the stored link still says round A.
        var key = await _world.WithDbAsync(db => db.Set<AppSecret>().AsNoTracking().SingleAsync(s => s.Name == BurgerpanelLinks.KeyName));
        var forged = SigningKeys.SignHex(Convert.FromBase64String(key.Value), BurgerpanelLinks.Payload(roundB.Id, linkId, expires));
        var forgedPath = BurgerpanelLinks.PathOf(roundB.Id, linkId, expires, forged);

        var check = await _world.WithServiceAsync<BurgerpanelLinks, BurgerpanelLinkCheck>(l => l.CheckAsync(roundB.Id, linkId, expires, forged, default));
        using var post = await _world.PostAsync(forgedPath, BurgerpanelWorld.Answers());

        Assert.Equal(BurgerpanelLinkStatus.WrongRound, check.Status);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("<h1>Deze link werkt niet</h1>", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await _world.LoadRoundAsync(roundA.Id)).Requests);
        Assert.Empty((await _world.LoadRoundAsync(roundB.Id)).Requests);
        Assert.Null((await _world.LoadLinkAsync(linkA)).UsedAt);
    }

    [Fact]
    public async Task A_reused_link_is_refused_and_the_first_answer_stays_as_it_was()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        using var first = await _world.PostAsync(link, BurgerpanelWorld.Answers(score: 4, overall: "Eerste keer"));
        _world.Clock.Advance(Duration.FromMinutes(5));

        using var second = await _world.PostAsync(link, BurgerpanelWorld.Answers(score: 1, overall: "Tweede keer"));
        using var again = await _world.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        var page = await again.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Deze link is al gebruikt</h1>", page, StringComparison.Ordinal);
        Assert.Contains("op maandag 11 januari 2027, 10:00 uur antwoorden verstuurd", page, StringComparison.Ordinal);
        var request = Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Equal(FactorScore.Of(4), request.Answer!.Factors['a'].Score);
        Assert.Equal("Eerste keer", request.Answer.OverallComment);
        Assert.Equal(1, request.Answer.Version);
        var stored = await _world.LoadLinkAsync(link);
        Assert.Equal(BurgerpanelWorld.Start, stored.UsedAt);
        Assert.Equal(request.Id, stored.RequestId);
    }

    [Fact]
    public async Task Of_concurrent_submits_with_one_link_exactly_one_is_stored()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => _world.PostAsync(link, BurgerpanelWorld.Answers(score: 1 + (i % 5), overall: $"Poging {i}"))));

        try
        {
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Gone));
            var request = Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests);
            var stored = await _world.LoadLinkAsync(link);
            Assert.Equal(request.Id, stored.RequestId);
            var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadAsStringAsync();
            Assert.Contains(request.Answer!.OverallComment!, winner, StringComparison.Ordinal);
            Assert.Single(await _world.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == BurgerpanelAnswers.AuditAnswered).ToListAsync()));
            Assert.Empty(_world.Logs.ErrorsSince(0));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Two_submits_that_both_passed_the_check_store_one_answer_the_conditional_update_refuses_the_other()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        await using var first = _world.Factory.Services.CreateAsyncScope();
        await using var second = _world.Factory.Services.CreateAsyncScope();
        var firstCheck = await CheckAsync(link, first.ServiceProvider);
        var secondCheck = await CheckAsync(link, second.ServiceProvider);
        Assert.Equal(BurgerpanelLinkStatus.Valid, firstCheck.Status);
        Assert.Equal(BurgerpanelLinkStatus.Valid, secondCheck.Status);

        var firstResult = await first.ServiceProvider.GetRequiredService<BurgerpanelAnswers>().SubmitAsync(firstCheck, Submission(5), default);
        var secondResult = await second.ServiceProvider.GetRequiredService<BurgerpanelAnswers>().SubmitAsync(secondCheck, Submission(1), default);

        Assert.Equal(BurgerpanelSubmitOutcome.Recorded, firstResult.Outcome);
        Assert.Equal(BurgerpanelSubmitOutcome.Used, secondResult.Outcome);
        Assert.Null(secondResult.Answer);
        var request = Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Equal(FactorScore.Of(5), request.Answer!.Factors['a'].Score);
        Assert.Equal(request.Id, (await _world.LoadLinkAsync(link)).RequestId);
        Assert.Single(await _world.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == BurgerpanelAnswers.AuditAnswered).ToListAsync()));
    }

    private static CheckInSubmission Submission(int score) =>
        new(SlagvaardigheidFactors.Keys.ToDictionary(k => k, _ => new FactorAnswer(FactorScore.Of(score))));

    private static Task<BurgerpanelLinkCheck> CheckAsync(Uri link, IServiceProvider services)
    {
        var match = LinkShape().Match(link.AbsoluteUri);
        return services.GetRequiredService<BurgerpanelLinks>().CheckAsync(
            Guid.ParseExact(match.Groups["round"].Value, "N"),
            Guid.ParseExact(match.Groups["link"].Value, "N"),
            long.Parse(match.Groups["exp"].Value, CultureInfo.InvariantCulture),
            match.Groups["sig"].Value,
            default);
    }

    private Task<BurgerpanelLinkCheck> CheckAsync(Uri link)
    {
        var match = LinkShape().Match(link.AbsoluteUri);
        return _world.WithServiceAsync<BurgerpanelLinks, BurgerpanelLinkCheck>(l => l.CheckAsync(
            Guid.ParseExact(match.Groups["round"].Value, "N"),
            Guid.ParseExact(match.Groups["link"].Value, "N"),
            long.Parse(match.Groups["exp"].Value, CultureInfo.InvariantCulture),
            match.Groups["sig"].Value,
            default));
    }

    [GeneratedRegex("^http://localhost/burgerpanel/(?<round>[0-9a-f]{32})/(?<link>[0-9a-f]{32})\\?exp=(?<exp>\\d+)&sig=(?<sig>[0-9a-f]{64})$")]
    private static partial Regex LinkShape();
}
