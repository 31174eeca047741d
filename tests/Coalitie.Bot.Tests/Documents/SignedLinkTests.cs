using System.Net;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Coalitie.Bot.Tests.Documents;

public sealed class SignedLinkTests : IDisposable
{
    private static readonly Uri Base = new("http://127.0.0.1:3978/");
    private readonly SqliteFile _file = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    private SqliteCoalitieDbContext Open()
    {
        var db = new SqliteCoalitieDbContext(new DbContextOptionsBuilder<SqliteCoalitieDbContext>().UseSqlite($"Data Source={_file.Path}").Options);
        db.Database.Migrate();
        return db;
    }

    private SignedLinks Links(CoalitieDbContext db) => new(db, _time, Options.Create(new DocumentOptions { LinkLifetime = TimeSpan.FromHours(24) }));

    private static (Guid Id, long Expires, string Signature) Parts(Uri link)
    {
        var id = Guid.ParseExact(link.AbsolutePath.Split('/').Last(), "N");
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return (id, long.Parse(query["e"]!, System.Globalization.CultureInfo.InvariantCulture), query["s"]!);
    }

    [Fact]
    public async Task A_fresh_link_is_valid_and_expires_after_its_lifetime()
    {
        await using var db = Open();
        var links = Links(db);
        var (id, expires, signature) = Parts(await links.CreateAsync(Base, Guid.NewGuid(), default));

        Assert.Equal(LinkCheck.Valid, await links.CheckAsync(id, expires, signature, default));
        _time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(LinkCheck.Valid, await links.CheckAsync(id, expires, signature, default));
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(LinkCheck.Expired, await links.CheckAsync(id, expires, signature, default));
    }

    [Fact]
    public async Task Tampered_links_are_invalid()
    {
        await using var db = Open();
        var links = Links(db);
        var (id, expires, signature) = Parts(await links.CreateAsync(Base, Guid.NewGuid(), default));

        Assert.Equal(LinkCheck.Invalid, await links.CheckAsync(Guid.NewGuid(), expires, signature, default));
        Assert.Equal(LinkCheck.Invalid, await links.CheckAsync(id, expires + 3600, signature, default));
        Assert.Equal(LinkCheck.Invalid, await links.CheckAsync(id, expires, signature[..^1] + (signature[^1] == 'A' ? 'B' : 'A'), default));
        Assert.Equal(LinkCheck.Invalid, await links.CheckAsync(id, expires, null, default));
    }

    [Fact]
    public async Task The_signing_key_is_shared_through_the_database()
    {
        Uri link;
        await using (var first = Open())
        {
            link = await Links(first).CreateAsync(Base, Guid.NewGuid(), default);
        }

        await using var second = Open();
        var (id, expires, signature) = Parts(link);
        Assert.Equal(LinkCheck.Valid, await Links(second).CheckAsync(id, expires, signature, default));
        Assert.Equal(1, await second.Set<AppSecret>().CountAsync());
    }

    public void Dispose() => _file.Dispose();
}

public sealed class DocumentEndpointTests(AnonymousBotFixture fixture) : IClassFixture<AnonymousBotFixture>
{
    private async Task<Uri> StoreAsync(byte[] content)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var document = await store.SaveAsync("export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content, null, null, default);
        return await scope.ServiceProvider.GetRequiredService<SignedLinks>().CreateAsync(fixture.Host.Client.BaseAddress!, document.Id, default);
    }

    [Fact]
    public async Task A_signed_link_downloads_the_file_with_its_name()
    {
        var link = await StoreAsync([1, 2, 3, 4]);

        using var response = await fixture.Host.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1, 2, 3, 4], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("export.xlsx", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Theory]
    [InlineData("?e=1&s=abc")]
    [InlineData("?e=notanumber&s=abc")]
    [InlineData("")]
    public async Task A_link_that_is_not_signed_right_is_refused_with_an_explanation(string query)
    {
        var link = await StoreAsync([9]);
        var path = link.AbsolutePath + query;

        using var response = await fixture.Host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Deze link klopt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_document_id_is_refused_not_an_error()
    {
        using var response = await fixture.Host.Client.GetAsync("/documents/..%2F..%2Fetc%2Fpasswd?e=1&s=x");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Host.Logs.ErrorsSince(0));
    }
}
