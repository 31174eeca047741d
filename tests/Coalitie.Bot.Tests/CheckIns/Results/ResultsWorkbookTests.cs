using System.IO.Compression;
using System.Text;
using Coalitie.Bot.CheckIns.Results;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using MiniExcelLibs;
using NodaTime;
using static Coalitie.Bot.Tests.CheckIns.Results.HandMadeRounds;

namespace Coalitie.Bot.Tests.CheckIns.Results;

/// <summary>The results workbook, read back with MiniExcel: sheets, Dutch headers, values, groups and comments by visibility.</summary>
public sealed class ResultsWorkbookTests
{
    private static readonly ResultsTexts Nl = ResultsTexts.For(Language.Nl);

    [Fact]
    public void The_workbook_has_the_Dutch_sheets_and_headers()
    {
        var xlsx = Write(ResultsCards.SampleQuarterReport());

        Assert.Equal(["Uitslag", "Per domein", "Per partner", "Ronde", "Toelichting"], SheetNames(xlsx));
        Assert.Equal(
            ["Letter", "Factor", "Antwoorden", "Weet niet", "Gemiddelde", "Mediaan", "1 zeer zwak", "2 zwak", "3 redelijk", "4 sterk", "5 zeer sterk", "Verschil met vorige ronde", "Trend", "Signaal"],
            Rows(xlsx, "Uitslag")[0].Keys);
        Assert.Equal(
            ["Domein", "Respondenten", "a. Drive", "b. Inhoudelijke richting", "c. Organisatiemandaat", "d. Operationele eenheid", "e. Normatieve balans", "f. Instrumentele afstemming", "g. Informatieoverdracht", "h. Regie", "i. Verhouding tussen actie en borging"],
            Rows(xlsx, "Per domein")[0].Keys);
        Assert.Equal(["Onderdeel", "Waarde"], Rows(xlsx, "Ronde")[0].Keys);
        Assert.Equal(["Factor", "Toelichting"], Rows(xlsx, "Toelichting")[0].Keys);
    }

    [Fact]
    public void The_results_sheet_holds_the_hand_computed_figures_trend_and_signals_per_factor()
    {
        var report = RoundResultsReport.Build(Current(), [Previous(), BeforePrevious()], PartnerNames, StuckSignalOptions.Default);
        var rows = Rows(Write(report), "Uitslag").ToDictionary(r => (string)r["Letter"]!);

        Assert.Equal(9, rows.Count);
        var g = rows["g"];
        Assert.Equal("Informatieoverdracht", g["Factor"]);
        Assert.Equal(4d, g["Antwoorden"]);
        Assert.Equal(1d, g["Weet niet"]);
        Assert.Equal(1.8d, g["Gemiddelde"]);
        Assert.Equal(2d, g["Mediaan"]);
        Assert.Equal([1d, 3d, 0d, 0d, 0d], new[] { "1 zeer zwak", "2 zwak", "3 redelijk", "4 sterk", "5 zeer sterk" }.Select(h => g[h]));
        Assert.Equal(-0.8d, g["Verschil met vorige ronde"]);
        Assert.Equal("↓", g["Trend"]);
        Assert.Equal("onder de signaalgrens; twee rondes op rij gedaald", g["Signaal"]);
        Assert.Equal(4.3d, rows["d"]["Gemiddelde"]);
        Assert.Equal(2d, rows["d"]["Weet niet"]);
        Assert.Equal(2.3d, rows["c"]["Gemiddelde"]);
        Assert.Equal(0.3d, rows["c"]["Verschil met vorige ronde"]);
        Assert.Equal("↑", rows["a"]["Trend"]);
        Assert.Null(rows["a"]["Signaal"]);
        Assert.Equal("→", rows["b"]["Trend"]);
    }

    [Fact]
    public void The_group_sheets_list_only_groups_of_three_or_more_and_mark_hidden_cells()
    {
        var xlsx = Write(ResultsCards.SampleQuarterReport());

        var domains = Rows(xlsx, "Per domein");
        Assert.Equal(["Gemeente", "Wonen / woningcorporatie", "Bewoners / burgerpanel"], domains.Select(r => r["Domein"]));
        Assert.Equal(4d, domains[0]["Respondenten"]);
        Assert.Equal(3.8d, domains[0]["a. Drive"]);
        Assert.Equal("verborgen", domains[1]["e. Normatieve balans"]);
        var partners = Rows(xlsx, "Per partner");
        Assert.Equal(["Gemeente Havenstad", "Woonpartners Zuid"], partners.Select(r => r["Partner"]));
        Assert.Equal(2.3d, partners[0]["g. Informatieoverdracht"]);
    }

    [Fact]
    public void The_round_sheet_describes_the_round_its_scale_visibility_formality_and_size()
    {
        var rows = Rows(Write(ResultsCards.SampleQuarterReport()), "Ronde").ToDictionary(r => (string)r["Onderdeel"]!, r => r["Waarde"]);

        Assert.Equal("Q1 2027", rows["Naam"]);
        Assert.Equal("di 5 jan 2027, 10:00", rows["Geopend"]);
        Assert.Equal("vr 15 jan 2027, 10:00", rows["Gesloten"]);
        Assert.Equal(17d, rows["Uitgenodigd"]);
        Assert.Equal(14d, rows["Geantwoord"]);
        Assert.Equal(82.4d, rows["Respons (%)"]);
        Assert.Equal("1 zeer zwak; 2 zwak; 3 redelijk; 4 sterk; 5 zeer sterk; weet niet / niet van toepassing", rows["Schaal"]);
        Assert.Equal("pseudoniem", rows["Zichtbaarheid"]);
        Assert.Equal(3d, rows["Minimale groepsgrootte"]);
        Assert.Equal("vrijwillig", rows["Formaliteit"]);
        Assert.Equal(6d, rows["Omvang (partners)"]);
        Assert.Equal("geen", rows["Subnetwerk"]);
        Assert.Equal("Q4 2026", rows["Vorige ronde"]);
        Assert.Equal(2.5d, rows["Signaalgrens (gemiddelde onder)"]);
        Assert.Equal(0.5d, rows["Daling die als signaal telt"]);
        Assert.Equal(3d, rows["Verborgen domeinen"]);
        Assert.Equal(3d, rows["Verborgen partners"]);
        Assert.Equal("zonder naam, partner of domein, gesorteerd op factor en tekst", rows["Toelichtingen"]);
    }

    [Fact]
    public void Pseudonymous_comments_are_listed_by_factor_and_text_without_attribution()
    {
        var rows = Rows(Write(ResultsCards.SampleQuarterReport()), "Toelichting");

        Assert.Equal(
            [
                ("c. Organisatiemandaat", "Ons mandaat stopt bij investeringen boven de 50.000 euro; daarvoor moet het bestuur akkoord geven."),
                ("g. Informatieoverdracht", "Meldingen over overlast komen pas weken later bij ons binnen."),
                ("g. Informatieoverdracht", "We delen wel, maar alleen in het casusoverleg."),
                ("algemeen", "Goede sfeer in de stuurgroep, maar we moeten sneller van praten naar doen."),
            ],
            rows.Select(r => ((string)r["Factor"]!, (string)r["Toelichting"]!)));
    }

    [Fact]
    public void Named_comments_name_the_partner_and_domain()
    {
        var report = RoundResultsReport.Build(Current(VisibilityMode.Named), [], PartnerNames, StuckSignalOptions.Default);
        var rows = Rows(Write(report), "Toelichting");

        Assert.Equal(["Factor", "Partner", "Domein", "Toelichting"], rows[0].Keys);
        var mandate = rows.Single(r => (string)r["Factor"]! == "c. Organisatiemandaat");
        Assert.Equal("Woonpartners Zuid", mandate["Partner"]);
        Assert.Equal("Wonen / woningcorporatie", mandate["Domein"]);
        Assert.Equal("Ons mandaat stopt bij 50.000 euro.", mandate["Toelichting"]);
    }

    [Fact]
    public void A_small_anonymous_round_has_no_comments_sheet_and_says_why()
    {
        var round = Round(
            "Klein",
            Instant.FromUtc(2027, 1, 5, 9, 0),
            [new(Person(1), PartnerA, PartnerDomain.Gemeente, [3, 3, 3, 3, 3, 3, 3, 3, 3], "Alleen ik schreef iets."), new(Person(2), PartnerA, PartnerDomain.Gemeente, [4, 4, 4, 4, 4, 4, 4, 4, 4])],
            VisibilityMode.Anonymous);
        var xlsx = Write(RoundResultsReport.Build(round, [], PartnerNames, StuckSignalOptions.Default));

        Assert.Equal(["Uitslag", "Per domein", "Per partner", "Ronde"], SheetNames(xlsx));
        Assert.DoesNotContain("Alleen ik schreef iets.", AllText(xlsx), StringComparison.Ordinal);
        var rows = Rows(xlsx, "Ronde").ToDictionary(r => (string)r["Onderdeel"]!, r => r["Waarde"]);
        Assert.Equal("niet opgenomen: te weinig antwoorden om ze anoniem te houden", rows["Toelichtingen"]);
        Assert.Equal("anoniem", rows["Zichtbaarheid"]);
    }

    [Theory]
    [InlineData(VisibilityMode.Pseudonymous)]
    [InlineData(VisibilityMode.Anonymous)]
    public void A_pseudonymous_or_anonymous_workbook_holds_no_person_or_request_id_and_no_hidden_partner(VisibilityMode mode)
    {
        var round = Current(mode);
        var text = AllText(Write(RoundResultsReport.Build(round, [Previous()], PartnerNames, StuckSignalOptions.Default)));

        Assert.Contains("Wie beslist er eigenlijk?", text, StringComparison.Ordinal);
        foreach (var id in Enumerable.Range(1, 6).Select(Person).Concat(round.Requests.Select(r => r.Id)))
        {
            Assert.DoesNotContain(id.ToString("D"), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(id.ToString("N"), text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Woonpartners Zuid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Politie basisteam", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_nobody_answered_still_gives_nine_factor_rows_and_empty_group_sheets()
    {
        var round = Round("Leeg", Instant.FromUtc(2027, 1, 5, 9, 0), [new(Person(1), PartnerA, PartnerDomain.Gemeente, null)]);
        var xlsx = Write(RoundResultsReport.Build(round, [], PartnerNames, StuckSignalOptions.Default));

        var rows = Rows(xlsx, "Uitslag");
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(0d, r["Antwoorden"]);
            Assert.Null(r["Gemiddelde"]);
        });
        Assert.Empty(Rows(xlsx, "Per partner"));
        Assert.Equal(0d, Rows(xlsx, "Ronde").Single(r => (string)r["Onderdeel"]! == "Geantwoord")["Waarde"]);
    }

    [Fact]
    public void The_English_workbook_has_English_sheets_and_a_file_name_from_the_round()
    {
        var report = ResultsCards.SampleQuarterReport();
        var en = ResultsTexts.For(Language.En);
        using var stream = new MemoryStream();
        ResultsWorkbook.Write(report, en, stream);

        Assert.Equal(["Results", "Per domain", "Per partner", "Round", "Comments"], SheetNames(stream.ToArray()));
        Assert.Equal("uitslag-q1-2027.xlsx", ResultsWorkbook.FileName(report, Nl));
        Assert.Equal("results-q1-2027.xlsx", ResultsWorkbook.FileName(report, en));
    }

    private static byte[] Write(RoundResultsReport report)
    {
        using var stream = new MemoryStream();
        ResultsWorkbook.Write(report, Nl, stream);
        return stream.ToArray();
    }

    private static List<string> SheetNames(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return MiniExcel.GetSheetNames(stream);
    }

    private static List<IDictionary<string, object?>> Rows(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    /// <summary>Every XML part of the workbook as text: what anyone opening the file could find.</summary>
    private static string AllText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
