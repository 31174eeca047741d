using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Coalitie.Bot.Audit;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Microsoft.EntityFrameworkCore;

namespace Coalitie.Bot.Tests.CheckIns.Burgerpanel;

/// <summary>The page: the nine questions, the stored answer, validation that keeps what was typed, headers, bad bodies.</summary>
public sealed partial class BurgerpanelPageTests : IAsyncLifetime, IDisposable
{
    private readonly BurgerpanelWorld _world = new();

    public Task InitializeAsync() => _world.InitializeAsync();

    public Task DisposeAsync() => _world.DisposeAsync();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_page_asks_the_nine_factors_with_the_scale_weet_niet_definitions_and_comment_fields_in_Dutch()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        using var response = await _world.GetAsync(link);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<!doctype html>\n<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Slagvaardigheidscheck — ronde Q1 2027</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Wijkaanpak Havenkwartier vraagt het burgerpanel", html, StringComparison.Ordinal);
        Assert.Contains("Open tot donderdag 21 januari 2027, 10:00 uur.", html, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"{link.PathAndQuery.Replace("&", "&amp;", StringComparison.Ordinal)}\" novalidate", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace(link.PathAndQuery, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);

        Assert.Equal(9, Regex.Count(html, "<fieldset"));
        Assert.Equal(9, Regex.Count(html, "<legend>"));
        Assert.Equal(9, Regex.Count(html, "<details><summary>Wat wordt hiermee bedoeld\\?</summary>"));
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            Assert.Contains($"<legend><span class=\"name\">{factor.Key}. {Encode(factor.DutchName)}</span> — <span class=\"summary\">{Encode(factor.DutchSummary)}</span></legend>", html, StringComparison.Ordinal);
            Assert.Contains($"<p>{Encode(factor.DutchDefinition)}</p></details>", html, StringComparison.Ordinal);
            var field = CheckInFieldNames.Factor(factor.Key);
            Assert.Equal(6, Regex.Count(html, $"name=\"{field}\""));
            Assert.Contains($"<label class=\"choice\" for=\"{field}-1\"><input type=\"radio\" id=\"{field}-1\" name=\"{field}\" value=\"1\" required><span>1 zeer zwak</span></label>", html, StringComparison.Ordinal);
            Assert.Contains($"<input type=\"radio\" id=\"{field}-5\" name=\"{field}\" value=\"5\" required><span>5 zeer sterk</span>", html, StringComparison.Ordinal);
            Assert.Contains($"<input type=\"radio\" id=\"{field}-weet-niet\" name=\"{field}\" value=\"weet-niet\" required><span>weet niet / niet van toepassing</span>", html, StringComparison.Ordinal);
            Assert.Contains($"<label for=\"comment-{factor.Key}\">Toelichting bij {Encode(factor.DutchName)} (mag leeg)</label>", html, StringComparison.Ordinal);
        }

        Assert.Equal(10, Regex.Count(html, "<textarea [^>]*maxlength=\"2000\""));
        Assert.Contains("<label for=\"comment\">Algemene toelichting (mag leeg)</label>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Versturen</button>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(" checked[ >]", html);
        Assert.DoesNotContain("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_answer_is_stored_as_the_Bewoners_seat_spends_the_link_is_audited_without_content_and_thanks_read_only()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        _world.Clock.Advance(NodaTime.Duration.FromMinutes(14));

        using var response = await _world.PostAsync(link, BurgerpanelWorld.Answers(score: 4, commentC: "Het bestuur <moet> grote uitgaven goedkeuren.", overall: "Fijn dat het panel\r\nwordt gevraagd."));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Bedankt voor je antwoorden</h1>", html, StringComparison.Ordinal);
        Assert.Contains("ontvangen op maandag 11 januari 2027, 10:14 uur", html, StringComparison.Ordinal);
        Assert.Contains("ronde Q1 2027", html, StringComparison.Ordinal);
        Assert.Contains("<div><dt>a. Drive</dt><dd>4 sterk</dd></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div><dt>g. Informatieoverdracht</dt><dd>weet niet / niet van toepassing</dd></div>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"comment\">Toelichting: Het bestuur &lt;moet&gt; grote uitgaven goedkeuren.</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"comment\">Fijn dat het panel&#xA;wordt gevraagd.</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<input", html, StringComparison.Ordinal);

        var stored = await _world.LoadRoundAsync(round.Id);
        var request = Assert.Single(stored.Requests);
        var linkId = BurgerpanelWorld.LinkIdOf(link);
        Assert.Equal(RespondentKey.BurgerpanelLink(linkId), request.Respondent);
        Assert.Equal(PartnerDomain.Bewoners, request.Domain);
        Assert.Equal(_world.BewonersPartnerId, request.PartnerId);
        var answer = Assert.IsType<CheckInAnswer>(request.Answer);
        Assert.All(SlagvaardigheidFactors.Keys.Where(k => k != 'g'), k => Assert.Equal(FactorScore.Of(4), answer.Factors[k].Score));
        Assert.True(answer.Factors['g'].Score.IsDontKnow);
        Assert.Equal("Het bestuur <moet> grote uitgaven goedkeuren.", answer.Factors['c'].Comment);
        Assert.Null(answer.Factors['a'].Comment);
        Assert.Equal("Fijn dat het panel\nwordt gevraagd.", answer.OverallComment);
        Assert.Equal(BurgerpanelWorld.Start.Plus(NodaTime.Duration.FromMinutes(14)), answer.AnsweredAt);

        var spent = await _world.LoadLinkAsync(link);
        Assert.Equal(answer.AnsweredAt, spent.UsedAt);
        Assert.Equal(request.Id, spent.RequestId);

        var audit = Assert.Single(await _world.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == BurgerpanelAnswers.AuditAnswered).ToListAsync()));
        Assert.Equal(_world.CoalitionId, audit.CoalitionId);
        Assert.Equal(round.Id.ToString(), audit.EntityId);
        Assert.Null(audit.ActorPersonId);
        Assert.Equal("burgerpanel", audit.ActorName);
        Assert.Equal("request", audit.Field);
        Assert.Null(audit.OldValue);
        Assert.Equal(request.Id.ToString(), audit.NewValue);
    }

    [Fact]
    public async Task Without_exactly_one_current_Bewoners_partner_the_seat_has_no_partner()
    {
        await _world.WithDbAsync(db =>
        {
            db.Set<Partner>().Add(Partner.Join(Guid.NewGuid(), _world.CoalitionId, "Huurdersvereniging", PartnerDomain.Bewoners, null, new NodaTime.LocalDate(2026, 6, 1)));
            return db.SaveChangesAsync();
        });
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        using var response = await _world.PostAsync(link, BurgerpanelWorld.Answers());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Null(request.PartnerId);
        Assert.Equal(PartnerDomain.Bewoners, request.Domain);
    }

    [Fact]
    public async Task A_form_with_open_questions_comes_back_as_typed_with_an_error_summary_linking_to_the_fields_and_nothing_is_stored()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        var fields = BurgerpanelWorld.Answers(score: 3, commentC: "Besluiten over budget lopen via de wethouder & het college.", overall: "Nog niet klaar")
            .Where(f => f.Key is not ("factor-d" or "factor-g"))
            .Append(new("factor-e", "7"))
            .Where(f => !(f.Key == "factor-e" && f.Value == "3"))
            .ToList();

        using var response = await _world.PostAsync(link, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<title>Fout: Slagvaardigheidscheck burgerpanel — ronde Q1 2027</title>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"error-summary\" id=\"fouten\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"fouten-titel\">", html, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("#factor-d-1", "Kies een antwoord bij Operationele eenheid."),
                ("#factor-e-1", "Kies bij Normatieve balans een van de antwoorden uit de lijst."),
                ("#factor-g-1", "Kies een antwoord bij Informatieoverdracht."),
            ],
            SummaryLinks(html));
        Assert.Contains("<fieldset id=\"vraag-d\" class=\"invalid\" aria-describedby=\"factor-d-fout\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error-message\" id=\"factor-d-fout\"><span class=\"visually-hidden\">Fout: </span>Kies een antwoord bij Operationele eenheid.</p>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"factor-d-3\" name=\"factor-d\" value=\"3\" required aria-invalid=\"true\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"factor-a-3\" name=\"factor-a\" value=\"3\" required checked>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"factor-b-3\" name=\"factor-b\" value=\"3\" required checked>", html, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(html, " checked>"));
        Assert.Contains(">\nBesluiten over budget lopen via de wethouder &amp; het college.</textarea>", html, StringComparison.Ordinal);
        Assert.Contains(">\nNog niet klaar</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<fieldset id=\"vraag-a\" class=\"invalid\"", html, StringComparison.Ordinal);

        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Null((await _world.LoadLinkAsync(link)).UsedAt);

        // Corrected, the same link still works.
        using var corrected = await _world.PostAsync(link, BurgerpanelWorld.Answers(score: 3));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
    }

    [Fact]
    public async Task A_5000_character_comment_is_refused_with_a_message_and_kept_for_shortening()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        var comment = new string('x', 5000);
        var fields = BurgerpanelWorld.Answers(commentC: comment, overall: null);

        using var response = await _world.PostAsync(link, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal([("#comment-c", "De toelichting bij Organisatiemandaat is te lang: maximaal 2000 tekens (nu 5000). Maak de tekst korter.")], SummaryLinks(html));
        Assert.Contains("aria-describedby=\"comment-c-hint comment-c-fout\" aria-invalid=\"true\">\n" + comment + "</textarea>", html, StringComparison.Ordinal);
        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Null((await _world.LoadLinkAsync(link)).UsedAt);
    }

    [Fact]
    public async Task Line_breaks_count_once_as_the_browser_counts_them_for_maxlength()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        // 1000 lines of "a": 2000 characters in the text area, 2999 as submitted with CRLF.
        var comment = string.Join("\r\n", Enumerable.Repeat("a", 1000));
        using var response = await _world.PostAsync(link, BurgerpanelWorld.Answers(commentC: null, overall: comment));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests).Answer!;
        Assert.Equal(1999, answer.OverallComment!.Length);
        Assert.DoesNotContain('\r', answer.OverallComment);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers_and_the_CSP_hash_matches_its_stylesheet()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        using var form = await _world.GetAsync(link);
        using var invalid = await _world.PostAsync(link, [new("factor-a", "4")]);
        using var thanks = await _world.PostAsync(link, BurgerpanelWorld.Answers());
        using var used = await _world.GetAsync(link);
        using var tampered = await _world.GetAsync("/burgerpanel/x/y");

        foreach (var (response, status) in new[] { (form, 200), (invalid, 422), (thanks, 200), (used, 410), (tampered, 404) })
        {
            Assert.Equal((HttpStatusCode)status, response.StatusCode);
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            var html = await response.Content.ReadAsStringAsync();
            var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
            Assert.Equal($"default-src 'none'; style-src 'sha256-{hash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'", csp);
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused_and_a_post_with_origin_null_from_this_page_is_accepted()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        using var otherHost = await _world.PostAsync(link, BurgerpanelWorld.Answers(), ("Origin", "https://evil.example"));
        using var crossSite = await _world.PostAsync(link, BurgerpanelWorld.Answers(), ("Sec-Fetch-Site", "cross-site"));
        using var garbage = await _world.PostAsync(link, BurgerpanelWorld.Answers(), ("Origin", "not a url"));

        Assert.Equal(HttpStatusCode.Forbidden, otherHost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
        Assert.Contains("<h1>Dit formulier kan hier niet worden verstuurd</h1>", await otherHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);

        using var own = await _world.PostAsync(link, BurgerpanelWorld.Answers(), ("Origin", "null"), ("Sec-Fetch-Site", "same-origin"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests);
    }

    [Fact]
    public async Task A_post_with_origin_of_this_host_is_accepted()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        using var response = await _world.PostAsync(link, BurgerpanelWorld.Answers(), ("Origin", "http://LOCALHOST"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json", "{\"factor-a\":\"4\"}", 415)]
    [InlineData("text/plain", "factor-a=4", 415)]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"factor-a\"\r\n\r\n4\r\n--x--\r\n", 415)]
    [InlineData("application/x-www-form-urlencoded", "factor-a=%zz&factor-b=%E0%A4&&&=&factor-c", 422)]
    [InlineData("application/x-www-form-urlencoded", "factor-a=1&factor-a=2&factor-b=-1&factor-c=3.5&factor-d=%00&factor-e=weet-niet", 422)]
    [InlineData("application/x-www-form-urlencoded", "", 422)]
    public async Task Malformed_bodies_are_refused_with_4xx_and_store_nothing(string contentType, string body, int expected)
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        var mark = _world.Logs.Mark();

        using var response = await _world.PostRawAsync(link, Encoding.UTF8.GetBytes(body), contentType);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await _world.LoadRoundAsync(round.Id)).Requests);
        Assert.Null((await _world.LoadLinkAsync(link)).UsedAt);
        Assert.Empty(_world.Logs.ErrorsSince(mark));
    }

    [Fact]
    public async Task Oversized_bodies_and_too_many_fields_are_refused_and_the_link_stays_usable()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);
        var mark = _world.Logs.Mark();

        using var huge = await _world.PostRawAsync(link, Encoding.ASCII.GetBytes("comment=" + new string('x', 200 * 1024)), "application/x-www-form-urlencoded");
        using var many = await _world.PostRawAsync(link, Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 100).Select(i => $"f{i}=1"))), "application/x-www-form-urlencoded");
        using var chunked = await PostChunkedAsync(link, 300 * 1024);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("<h1>Het formulier is te groot</h1>", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("<h1>Het formulier kwam niet goed aan</h1>", await many.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Empty(_world.Logs.ErrorsSince(mark));
        Assert.Null((await _world.LoadLinkAsync(link)).UsedAt);

        using var fine = await _world.PostAsync(link, BurgerpanelWorld.Answers());
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Control_characters_are_dropped_from_comments_before_storing()
    {
        var round = await _world.SeedRoundAsync();
        var link = await _world.OneLinkAsync(round);

        using var response = await _world.PostAsync(link, BurgerpanelWorld.Answers(commentC: "Ge\0en\u0007 nul\ttekens", overall: "\0\0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = Assert.Single((await _world.LoadRoundAsync(round.Id)).Requests).Answer!;
        Assert.Equal("Geen nul\ttekens", answer.Factors['c'].Comment);
        Assert.Null(answer.OverallComment);
    }

    private async Task<HttpResponseMessage> PostChunkedAsync(Uri link, int bytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, link.PathAndQuery)
        {
            Content = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("comment=" + new string('y', bytes)))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.TransferEncodingChunked = true;
        return await _world.Client.SendAsync(request);
    }

    private static List<(string Href, string Text)> SummaryLinks(string html)
    {
        var summary = Regex.Match(html, "<div class=\"error-summary\".*?</div>", RegexOptions.Singleline).Value;
        return [.. SummaryLink().Matches(summary).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];
    }

    private static string Encode(string text) => text.Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex("<li><a href=\"([^\"]+)\">([^<]+)</a></li>")]
    private static partial Regex SummaryLink();
}
