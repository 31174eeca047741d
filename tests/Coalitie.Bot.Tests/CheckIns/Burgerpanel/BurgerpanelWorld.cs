using System.Net.Http.Headers;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Coalitie.Bot.Tests.CheckIns.Burgerpanel;

/// <summary>
/// The real bot on a test server with its own SQLite file (or a given database) and a fake clock (ma 11 jan 2027, 09:00 UTC), and helpers to
/// seed the Havenkwartier coalition with its Bewoners partner, open rounds and issue links through the real service.
/// </summary>
public sealed class BurgerpanelWorld : IAsyncLifetime, IDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2027, 1, 11, 9, 0);
    public static readonly Uri BaseUrl = new("http://localhost/");

    private readonly SqliteFile _file = new();
    private readonly FakeConnector _connector = new();
    private readonly BotHost _host;
    private WebApplicationFactory<Program>? _factory;
    private bool _disposed;

    /// <param name="storage">Where the data lives; default a fresh SQLite file.</param>
    public BurgerpanelWorld(StorageSettings? storage = null)
    {
        _host = new BotHost(storage ?? new SqliteStorage(_file.Path), _connector);
    }

    public FakeClock Clock { get; } = new(Start);

    public Guid CoalitionId { get; } = Guid.NewGuid();

    public Guid BewonersPartnerId { get; } = Guid.NewGuid();

    public Guid ProcesregisseurId { get; } = Guid.NewGuid();

    public CapturedLogs Logs => _host.Logs;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public HttpClient Client { get; private set; } = null!;

    public static DateTimeZone Amsterdam => DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public async Task InitializeAsync()
    {
        _factory = _host.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
        }));
        Client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WithDbAsync(async db =>
        {
            db.Set<Coalition>().Add(Coalition.Create(CoalitionId, "Wijkaanpak Havenkwartier", "Havenkwartier", "Rotterdam", "19:team-havenkwartier@thread.tacv2", "19:main@thread.tacv2", null, Start));
            db.Set<Partner>().Add(Partner.Join(BewonersPartnerId, CoalitionId, "Bewonersraad Havenkwartier", PartnerDomain.Bewoners, null, new LocalDate(2026, 1, 1)));
            db.Set<Partner>().Add(Partner.Join(Guid.NewGuid(), CoalitionId, "Woonpartners Zuid", PartnerDomain.Wonen, null, new LocalDate(2026, 1, 1)));
            db.Set<Person>().Add(Person.Create(ProcesregisseurId, CoalitionId, "29:fatima", null, "Fatima El Amrani"));
            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await _host.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Client?.Dispose();
        _factory?.Dispose();
        _host.Dispose();
        _connector.Dispose();
        _file.Dispose();
    }

    /// <summary>A round of the coalition, planned now; opened now (open ten days) unless <paramref name="open"/> is false.</summary>
    public async Task<CheckInRound> SeedRoundAsync(bool burgerpanel = true, bool open = true, string name = "Q1 2027", Guid? coalitionId = null)
    {
        var plan = RoundPlan.Create(
            name,
            RoundAudience.AllRepresentatives(stuurgroep: true, burgerpanelLink: burgerpanel),
            RoundSchedule.Now,
            Period.FromDays(10),
            Amsterdam,
            CoalitionContext.Of(CoalitionFormality.Voluntary, 6));
        var round = CheckInRound.Create(Guid.NewGuid(), coalitionId ?? CoalitionId, plan, RoundTrigger.Scheduled, Clock.GetCurrentInstant());
        if (open)
        {
            round.Open(Clock.GetCurrentInstant());
        }

        await WithDbAsync(db =>
        {
            db.Set<CheckInRound>().Add(round);
            return db.SaveChangesAsync();
        });
        return round;
    }

    public Task<BurgerpanelIssue> IssueAsync(Guid roundId, int count = 1, Guid? coalitionId = null) =>
        WithServiceAsync<BurgerpanelLinks, BurgerpanelIssue>(links => links.IssueAsync(coalitionId ?? CoalitionId, roundId, count, BaseUrl, ProcesregisseurId, default));

    public async Task<Uri> OneLinkAsync(CheckInRound round) => (await IssueAsync(round.Id)).Links.Single();

    /// <summary>Runs <paramref name="work"/> on a fresh scope's database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<CoalitieDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CoalitieDbContext>());
    }

    public async Task<TResult> WithServiceAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<CheckInRound> LoadRoundAsync(Guid roundId) =>
        WithDbAsync(db => db.Set<CheckInRound>().AsNoTracking().SingleAsync(r => r.Id == roundId));

    public Task<BurgerpanelLink> LoadLinkAsync(Uri link) =>
        WithDbAsync(db => db.Set<BurgerpanelLink>().AsNoTracking().SingleAsync(l => l.Id == LinkIdOf(link)));

    public static Guid LinkIdOf(Uri link) => Guid.ParseExact(link.AbsolutePath.Split('/')[3], "N");

    /// <summary>A GET of the link's path and query.</summary>
    public Task<HttpResponseMessage> GetAsync(Uri link) => Client.GetAsync(link.PathAndQuery);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => Client.GetAsync(pathAndQuery);

    /// <summary>POSTs <paramref name="fields"/> as a browser form would (url-encoded), with optional extra headers.</summary>
    public async Task<HttpResponseMessage> PostAsync(Uri link, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string Value)[] headers) =>
        await PostAsync(link.PathAndQuery, fields, headers);

    public async Task<HttpResponseMessage> PostAsync(string pathAndQuery, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = new FormUrlEncodedContent(fields) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>POSTs raw bytes with <paramref name="contentType"/>.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(Uri link, byte[] body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, link.PathAndQuery) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await Client.SendAsync(request);
    }

    /// <summary>A complete answer: <paramref name="score"/> for every factor except g ("weet niet"), comments on c and overall.</summary>
    public static List<KeyValuePair<string, string>> Answers(int score = 4, string? commentC = "Het bestuur moet grote uitgaven goedkeuren.", string? overall = "Fijn dat het panel wordt gevraagd.")
    {
        var fields = SlagvaardigheidFactors.Keys
            .Select(k => new KeyValuePair<string, string>(CheckInFieldNames.Factor(k), k == 'g' ? CheckInScale.DontKnowToken : score.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (commentC is not null)
        {
            fields.Add(new(CheckInFieldNames.FactorComment('c'), commentC));
        }

        if (overall is not null)
        {
            fields.Add(new(CheckInFieldNames.OverallComment, overall));
        }

        return fields;
    }
}
