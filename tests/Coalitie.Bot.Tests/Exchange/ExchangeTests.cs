using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Exchange;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.Exchange;

/// <summary>Export and import (issue 3 §7) and the demo data (§9), each against empty databases of the real host.</summary>
public sealed class ExchangeTests
{
    private static string Json(ExchangeWorkbook workbook) => Encoding.UTF8.GetString(JsonFormat.Write(workbook));

    /// <summary>The model an XLSX file holds, as JSON text: what "the same content" means.</summary>
    private static string ParsedXlsx(byte[] xlsx)
    {
        var read = XlsxFormat.Read(xlsx);
        Assert.Null(read.FileError);
        Assert.Empty(read.Problems);
        return Json(read.Workbook!);
    }

    [Fact]
    public async Task Export_import_into_an_empty_database_and_export_again_gives_the_same_workbook()
    {
        await using var source = new ExchangeHost();
        var team = source.NewIds().TeamId;
        var coalitionId = await source.BuildCoalitionAsync(team);
        var first = XlsxFormat.Write(await source.ExportAsync(coalitionId));

        await using var target = new ExchangeHost();
        var report = await target.ImportAsync("coalitie-havenkwartier.xlsx", first);
        Assert.True(report.Succeeded, report.Format("coalitie-havenkwartier.xlsx"));
        Assert.True(report.Written);
        var second = XlsxFormat.Write(await target.ExportAsync(await target.CoalitionIdAsync(team)));

        Assert.Equal(ParsedXlsx(first), ParsedXlsx(second));
        var parsed = XlsxFormat.Read(second).Workbook!;
        Assert.Equal(3, parsed.Partners.Count);
        Assert.Equal(new LocalDate(2026, 3, 1), parsed.Partners.Single(p => p.Name == "Zorggroep Zuid").LeftOn);
        Assert.Equal(3, parsed.Representatives.Count);
        Assert.Equal(2, parsed.Versions.Count);
        Assert.Equal("aangescherpt", parsed.Versions[1].VersionKind);
        Assert.Contains("uitgangspunten: Samen werken aan kansen. → Samen werken aan kansen; scherper op wonen.", parsed.Versions[1].Changes, StringComparison.Ordinal);
        Assert.Equal(33.5m, parsed.Progress.Single(p => p.Commitment == 1 && p.Date == new LocalDate(2026, 6, 30)).Value);
        Assert.Equal("gehaald", parsed.Commitments.Single(c => c.Number == 3).Status);
    }

    [Fact]
    public async Task The_workbook_has_Dutch_sheets_and_headers_with_real_dates_and_numbers()
    {
        await using var host = new ExchangeHost();
        var coalitionId = await host.BuildCoalitionAsync(host.NewIds().TeamId);
        var xlsx = XlsxFormat.Write(await host.ExportAsync(coalitionId));

        using var stream = new MemoryStream(xlsx);
        Assert.Equal(
            ["Coalitie", "Partners", "Personen en rollen", "Vertegenwoordigers", "Contract", "Programma's", "Ondertekenaars", "Versies", "Doelen", "Toezeggingen", "Mijlpalen", "Voortgang"],
            MiniExcelLibs.MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Toezeggingen").Cast<IDictionary<string, object?>>().ToList();
        var first = rows[0];
        Assert.Equal("Minder leegstand in de portiekflats", first["Titel"]);
        Assert.IsType<double>(first["Nulmeting"]);
        Assert.Equal(42d, first["Nulmeting"]);
        Assert.Equal(new DateTime(2028, 12, 31), Assert.IsType<DateTime>(first["Streefdatum"]));
        Assert.Equal("lager is beter", first["Richting"]);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        await using var source = new ExchangeHost();
        var team = source.NewIds().TeamId;
        var xlsx = XlsxFormat.Write(await source.ExportAsync(await source.BuildCoalitionAsync(team)));
        await using var target = new ExchangeHost();
        Assert.True((await target.ImportAsync("a.xlsx", xlsx)).Succeeded);
        var rowsAfterFirst = await target.StoredRowsAsync();

        var again = await target.ImportAsync("a.xlsx", xlsx);

        Assert.True(again.Succeeded, again.Format("a.xlsx"));
        Assert.True(again.Changes == 0, again.Format("a.xlsx"));
        foreach (var sheet in ExchangeSheets.All)
        {
            var counts = again.CountsOf(sheet.Name);
            Assert.Equal((0, 0, 0), (counts.Created, counts.Updated, counts.Rejected));
        }

        Assert.Equal(4, again.CountsOf(ExchangeSheets.Progress).Unchanged);
        Assert.Equal(rowsAfterFirst, await target.StoredRowsAsync());
        Assert.Contains("Alles was al zo: er is niets veranderd.", again.Format("a.xlsx"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_with_one_bad_row_writes_nothing_and_reports_the_row()
    {
        await using var source = new ExchangeHost();
        var team = source.NewIds().TeamId;
        var workbook = await source.ExportAsync(await source.BuildCoalitionAsync(team));
        var bad = workbook.Commitments.Single(c => c.Number == 2);
        bad.BaselineDate = new LocalDate(2026, 3, 1);
        bad.TargetDate = new LocalDate(2026, 1, 1);
        var xlsx = XlsxFormat.Write(workbook);
        await using var target = new ExchangeHost();

        var report = await target.ImportAsync("fout.xlsx", xlsx);

        Assert.False(report.Succeeded);
        Assert.False(report.Written);
        var rejection = Assert.Single(report.Rejections, r => r.Sheet == ExchangeSheets.Commitments);
        Assert.Equal("Toezeggingen rij 3: streefdatum 1-1-2026 ligt vóór de nulmeting (1-3-2026).", rejection.ToString());
        Assert.Equal(1, report.CountsOf(ExchangeSheets.Commitments).Rejected);
        Assert.Contains(report.Rejections, r => r.Sheet == ExchangeSheets.Progress && r.Reason.Contains("T-2", StringComparison.Ordinal));
        var text = report.Format("fout.xlsx");
        Assert.Contains("Niets vastgelegd", text, StringComparison.Ordinal);
        Assert.Contains("Toezeggingen rij 3: streefdatum 1-1-2026 ligt vóór de nulmeting (1-3-2026).", text, StringComparison.Ordinal);
        Assert.Equal(0, await target.StoredRowsAsync());
    }

    [Fact]
    public async Task A_cell_that_is_not_a_date_rejects_its_row_with_the_column()
    {
        await using var host = new ExchangeHost();
        var json = """
            { "coalition": { "name": "Wijkaanpak Zuid", "area": "Zuid", "municipality": "Havenstad", "teamId": "team-zuid" },
              "partners": [ { "name": "Gemeente Havenstad", "domain": "gemeente", "joinedOn": "2025-01-15" },
                            { "name": "Woonpartners Zuid", "domain": "woningbouw", "joinedOn": "2025-01-15" } ] }
            """;

        var report = await host.ImportAsync("zuid.json", Encoding.UTF8.GetBytes(json));

        Assert.False(report.Succeeded);
        Assert.Equal("Partners rij 2: ‘woningbouw’ bij ‘Domein’ ken ik niet; kies uit gemeente, onderwijs, wonen, politie, openbaar ministerie, zorg en welzijn, werk, cultuur, rijk, bewoners, overig.",
            Assert.Single(report.Rejections).ToString());
        Assert.Equal(new SheetCounts(1, 0, 0, 1), report.CountsOf(ExchangeSheets.Partners));
        Assert.Equal(0, await host.StoredRowsAsync());
    }

    [Theory]
    [InlineData("kapot.xlsx", "PK\u0003\u0004dit is geen zip")]
    [InlineData("kapot.xlsx", "Naam;Gebied\nHavenkwartier;Zuid")]
    [InlineData("kapot.json", "{ \"coalition\": { \"name\": ")]
    public async Task A_corrupt_file_gives_a_clear_message_and_writes_nothing(string fileName, string content)
    {
        await using var host = new ExchangeHost();

        var report = await host.ImportAsync(fileName, Encoding.UTF8.GetBytes(content));

        Assert.False(report.Succeeded);
        Assert.NotNull(report.FileError);
        Assert.StartsWith($"Import van {fileName}\nNiets geïmporteerd: ", report.Format(fileName).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(fileName.EndsWith(".json", StringComparison.Ordinal) ? "geen geldig JSON-bestand" : "geen leesbaar Excel-bestand", report.FileError, StringComparison.Ordinal);
        Assert.Equal(0, await host.StoredRowsAsync());
    }

    [Fact]
    public async Task The_demo_imports_cleanly_into_an_empty_database_with_commitments_in_several_states()
    {
        await using var host = new ExchangeHost();
        var path = Path.Combine(RepositoryPaths.Root, "tools", "demo", "havenkwartier.json");

        var report = await host.ImportAsync(path, await File.ReadAllBytesAsync(path));

        Assert.True(report.Succeeded, report.Format("havenkwartier.json"));
        Assert.Equal(new SheetCounts(9, 0, 0, 0), report.CountsOf(ExchangeSheets.Partners));
        var coalitionId = await host.CoalitionIdAsync("team-id");
        var (coalition, commitments, audit) = await host.Host.QueryAsync(async db => (
            await db.Set<Coalition>().SingleAsync(c => c.Id == coalitionId),
            await db.Set<Commitment>().Where(c => c.CoalitionId == coalitionId).ToListAsync(),
            await db.Set<AuditEntry>().Where(a => a.CoalitionId == coalitionId).ToListAsync()));
        Assert.Equal("channel-stuurgroep-id", coalition.StuurgroepChannelId);
        Assert.True(commitments.Count >= 16);

        // The states as of late 2026, the moment the demo describes.
        var statuses = commitments.Select(c => CommitmentStatusRules.Default.StatusOf(c, new LocalDate(2026, 11, 22))).ToHashSet();
        Assert.True(statuses.Count >= 4, string.Join(", ", statuses));
        Assert.Contains(CommitmentStatus.Achieved, statuses);
        Assert.Contains(CommitmentStatus.Missed, statuses);
        Assert.All(audit, a => Assert.Equal(ExchangeImporter.Actor, a.ActorName));
        Assert.Contains(audit, a => a.EntityType == "Commitment" && a.Action == "progress-reported");

        var again = await host.ImportAsync(path, await File.ReadAllBytesAsync(path));
        Assert.True(again.Succeeded);
        Assert.True(again.Changes == 0, again.Format("havenkwartier.json"));
    }

    [Fact]
    public async Task Export_command_answers_a_signed_link_and_a_Download_card_whose_file_imports()
    {
        await using var host = new ExchangeHost();
        var ids = host.NewIds();
        var path = Path.Combine(RepositoryPaths.Root, "tools", "demo", "havenkwartier.json");
        Assert.True((await host.ImportAsync(path, await File.ReadAllBytesAsync(path), ids.TeamId)).Succeeded);
        var activity = AsPlaygroundUser(TeamsFixtures.ChannelMessage(ids, "export"), "user-id-0", "Fatima El Amrani");
        var thread = activity["conversation"]!["id"]!.GetValue<string>();

        using var response = await host.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Replies.Only(host.Host, thread);
        var text = reply.Activity!.Text!;
        Assert.StartsWith($"De export van Wijkaanpak Havenkwartier staat klaar: [coalitie-havenkwartier-{host.Today:yyyy-MM-dd}.xlsx](", text, StringComparison.Ordinal);
        Assert.EndsWith("De link werkt 24 uur.", text, StringComparison.Ordinal);
        var card = Replies.Card(reply);
        var action = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.OpenUrl", action["type"]!.GetValue<string>());
        Assert.Equal("Download", action["title"]!.GetValue<string>());
        var link = new Uri(action["url"]!.GetValue<string>());
        Assert.Contains(link.AbsoluteUri, text, StringComparison.Ordinal);

        using var download = await host.Host.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(XlsxFormat.ContentType, download.Content.Headers.ContentType?.MediaType);
        var workbook = XlsxFormat.Read(await download.Content.ReadAsByteArrayAsync()).Workbook!;
        Assert.Equal(16, workbook.Commitments.Count);
        Assert.Equal("Wijkaanpak Havenkwartier", workbook.Coalition!.Name);
    }

    [Fact]
    public async Task Export_is_refused_for_a_partner_representative_with_a_Dutch_reason()
    {
        await using var host = new ExchangeHost();
        var ids = host.NewIds();
        var path = Path.Combine(RepositoryPaths.Root, "tools", "demo", "havenkwartier.json");
        Assert.True((await host.ImportAsync(path, await File.ReadAllBytesAsync(path), ids.TeamId)).Succeeded);
        var activity = AsPlaygroundUser(TeamsFixtures.ChannelMessage(ids, "export"), "user-id-1", "Sander de Vries");
        var thread = activity["conversation"]!["id"]!.GetValue<string>();

        using var response = await host.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Exporteren kan alleen de procesregisseur of een lid van de stuurgroep.", Replies.Text(Replies.Only(host.Host, thread)));
        Assert.Equal(0, await host.Host.QueryAsync(db => db.Set<Coalitie.Bot.Documents.StoredDocument>().CountAsync()));
    }

    [Fact]
    public async Task The_command_line_refuses_bad_usage_with_exit_code_64()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(64, await ExchangeCli.RunAsync(["import"], output, error));
        Assert.Equal(64, await ExchangeCli.RunAsync(["import", "a.json", "--team"], output, error));
        Assert.Equal(64, await ExchangeCli.RunAsync(["import", "/geen/bestand/hier.xlsx"], output, error));

        Assert.Contains("Gebruik: coalitie import BESTAND.xlsx|BESTAND.json [--team TEAM_ID]", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Het bestand /geen/bestand/hier.xlsx bestaat niet.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }

    private static JsonObject AsPlaygroundUser(JsonObject activity, string userId, string name)
    {
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = name };
        return activity;
    }
}
