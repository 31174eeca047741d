using System.Text;
using System.Text.Json;
using Coalitie.Bot.Cards;
using Coalitie.Bot.CheckIns.Results;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Teams.Cards;
using static Coalitie.Bot.Tests.CheckIns.Results.HandMadeRounds;

namespace Coalitie.Bot.Tests.CheckIns.Results;

/// <summary>The results cards: valid, under 28 KB, the journey's content, the chart, the verbs, and nothing that identifies anyone.</summary>
public sealed class ResultsCardTests
{
    private static readonly ResultsTexts Nl = ResultsTexts.For(Language.Nl);
    private static readonly ResultsTexts En = ResultsTexts.For(Language.En);

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in ResultsCards.Samples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_card_is_valid_and_under_28_KB_even_written_indented(string name)
    {
        var card = ResultsCards.Samples().Single(s => s.Name == name).Card;
        var indented = card.ToJson(indented: true);

        Assert.Empty(card.Validate());
        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes);
        Assert.InRange(Encoding.UTF8.GetByteCount(indented), 1, AdaptiveCard.MaxSizeBytes);
        Assert.DoesNotContain("\"lang\"", indented, StringComparison.Ordinal);
        Assert.DoesNotContain("`", indented, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_has_every_state_in_Dutch_and_English()
    {
        var names = ResultsCards.Samples().Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var expected in new[] { "results.nl", "results.en", "results-groups.nl", "results-first-round.nl", "results-no-answers.nl", "results-no-answers.en", "results-worst-case.nl", "results-groups-worst-case.nl" })
        {
            Assert.Contains(expected, names);
        }

        Assert.Contains(CardCatalog.All(new Coalitie.Bot.Commands.CommandCatalog([])), c => c.Name == "results.nl");
    }

    [Fact]
    public void The_worst_case_with_eighteen_signals_and_forty_partners_stays_under_28_KB()
    {
        var report = ResultsCards.SampleWorstCaseReport();
        var card = ResultsCards.Build(Nl, report, new ResultsCardOptions(TableVisible: true));
        var groups = ResultsCards.ByGroup(Nl, report);

        Assert.Equal(18, report.Signals.Count);
        Assert.Equal(40, report.Partners.Count);
        Assert.Equal(11, report.Domains.Count);
        Assert.Equal(9, Texts(Json(card)).Count(t => t.StartsWith('⚠')));
        Assert.Equal(ResultsCards.MaxPartnerRows + 11, Facts(Json(groups)).Count);
        Assert.Contains("… en nog 10 partners: zie de Excel-export.", Texts(Json(groups)));
        foreach (var c in new[] { card, groups })
        {
            Assert.InRange(c.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes);
            Assert.InRange(Encoding.UTF8.GetByteCount(c.ToJson(indented: true)), 1, AdaptiveCard.MaxSizeBytes);
        }
    }

    [Fact]
    public void The_round_card_shows_the_response_the_three_weakest_with_trend_the_context_and_the_stuck_signal()
    {
        var texts = Texts(Json(ResultsCards.Build(Nl, ResultsCards.SampleQuarterReport())));

        Assert.Equal("Uitslag Q1 2027", texts[0]);
        Assert.Equal("**14 van 17 geantwoord (82 %)** · gesloten vr 15 jan 2027, 10:00", texts[1]);
        Assert.Equal("Samenwerking: **vrijwillig** · **6 partners**", texts[2]);
        Assert.Contains("omvang van het netwerk", texts[3], StringComparison.Ordinal);
        Assert.Contains("**g. Informatieoverdracht** 2,4 (↓ 0,6 t.o.v. Q4 2026)", texts);
        Assert.Contains("**c. Organisatiemandaat** 2,9 (↓ 0,1 t.o.v. Q4 2026)", texts);
        Assert.Contains("**h. Regie** 3,0 (↓ 0,1 t.o.v. Q4 2026)", texts);
        Assert.Contains(
            "⚠ **Informatieoverdracht** staat op 2,4, onder de signaalgrens van 2,5. ⚠ **Informatieoverdracht** (3,5 → 3,0 → 2,4) daalt twee rondes op rij: mogelijk loopt de samenwerking vast.",
            texts);
        Assert.Contains("De bronteksten raden aan de factoren dan samen te bespreken.", texts);
        Assert.Contains("4 toelichtingen staan in de Excel-export, zonder naam, partner of domein.", texts);
    }

    [Fact]
    public void Each_weakest_factor_folds_its_definition_and_the_sources_note_behind_a_toggle()
    {
        var json = Json(ResultsCards.Build(Nl, ResultsCards.SampleQuarterReport()));

        var toggles = All(json).Where(e => Type(e) == "Action.ToggleVisibility" && e.GetProperty("title").GetString() == "ⓘ wat betekent dit?").ToList();
        Assert.Equal(["meaning-g", "meaning-c", "meaning-h"], toggles.Select(t => t.GetProperty("targetElements")[0].GetProperty("elementId").GetString()));
        var meaning = ById(json, "meaning-c");
        Assert.False(meaning.GetProperty("isVisible").GetBoolean());
        Assert.Contains(SlagvaardigheidFactors.Organisatiemandaat.DutchDefinition, meaning.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("D2 (§7)", meaning.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(SlagvaardigheidFactors.Informatieoverdracht.DutchDefinition, ById(json, "meaning-g").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_draws_one_bar_per_factor_from_the_scale_minimum_with_the_threshold_line_and_red_below_it()
    {
        var json = Json(ResultsCards.Build(Nl, ResultsCards.SampleQuarterReport()));

        var bars = All(json).Where(e => Type(e) == "ColumnSet" && e.GetProperty("columns").EnumerateArray().All(c => c.TryGetProperty("minHeight", out _))).ToList();
        Assert.Equal(9, bars.Count);
        Assert.All(bars, b => Assert.Equal(1000, b.GetProperty("columns").EnumerateArray().Sum(c => c.GetProperty("width").GetInt32())));

        // 2,5 on 1–5 lies at 375/1000: every bar has its separator there.
        Assert.All(bars, b => Assert.Equal(375, WidthBeforeSeparator(b)));

        // a: mean 51/14 → (3,643 − 1) / 4 = 661; green. g: 34/14 → 357, below the line; red.
        Assert.Equal([("good", 375), ("good", 286), ("emphasis", 339)], Segments(bars[0]));
        Assert.Equal([("attention", 357), ("emphasis", 18), ("emphasis", 625)], Segments(bars[6]));

        var texts = Texts(json);
        Assert.Contains("a. Drive · **3,6** ↑", texts);
        Assert.Contains("b. Inhoudelijke richting · **3,4** →", texts);
        Assert.Contains("g. Informatieoverdracht · **2,4** ↓", texts);
        Assert.Contains("┆ signaalgrens 2,5", texts);
        Assert.Contains("Rood: gemiddelde onder de signaalgrens van 2,5. ↑ ↓ → t.o.v. Q4 2026.", texts);
    }

    [Fact]
    public void The_folded_table_lists_answers_mean_median_and_the_count_per_scale_value_and_weet_niet()
    {
        var folded = Json(ResultsCards.Build(Nl, ResultsCards.SampleQuarterReport()));
        var open = Json(ResultsCards.Build(Nl, ResultsCards.SampleQuarterReport(), new ResultsCardOptions(TableVisible: true)));

        Assert.False(ById(folded, ResultsCards.TableId).GetProperty("isVisible").GetBoolean());
        Assert.False(ById(open, ResultsCards.TableId).TryGetProperty("isVisible", out _));
        var facts = Facts(folded);
        Assert.Equal(9, facts.Count);
        Assert.Equal("14 antw. · gem. 2,4 · med. 2,0 · 1: 0 · 2: 8 · 3: 6 · 4: 0 · 5: 0 · ?: 0", facts["g. Informatieoverdracht"]);
        Assert.Equal("13 antw. · gem. 2,9 · med. 3,0 · 1: 0 · 2: 2 · 3: 10 · 4: 1 · 5: 0 · ?: 1", facts["c. Organisatiemandaat"]);
        Assert.Contains("1 zeer zwak · 2 zwak · 3 redelijk · 4 sterk · 5 zeer sterk · ? weet niet / niet van toepassing", Texts(folded));
    }

    [Fact]
    public void The_buttons_are_Action_Execute_with_the_verbs_and_versioned_round_data_and_a_Submit_fallback()
    {
        var report = ResultsCards.SampleQuarterReport();
        var json = Json(ResultsCards.Build(Nl, report));

        var actions = json.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal([ResultsVerbs.Export, ResultsVerbs.ByGroup], actions.Select(a => a.GetProperty("verb").GetString()));
        Assert.Equal(["Exporteer naar Excel", "Details per domein"], actions.Select(a => a.GetProperty("title").GetString()));
        foreach (var action in actions)
        {
            Assert.Equal("Action.Execute", Type(action));
            Assert.Equal(ResultsActionData.For(report.RoundId), ResultsActionData.Read(action.GetProperty("data")));
            var fallback = action.GetProperty("fallback");
            Assert.Equal("Action.Submit", Type(fallback));
            Assert.Equal(action.GetProperty("verb").GetString(), fallback.GetProperty("data").GetProperty("verb").GetString());
            Assert.Equal(report.RoundId, ResultsActionData.Read(fallback.GetProperty("data"))!.RoundId);
        }
    }

    [Fact]
    public void Action_data_of_an_unknown_version_or_without_a_round_is_not_read()
    {
        var roundId = Guid.NewGuid();

        Assert.Equal(new ResultsActionData(1, roundId), ResultsActionData.Read(JsonDocument.Parse($"{{\"v\":\"1\",\"roundId\":\"{roundId}\"}}").RootElement));
        Assert.Null(ResultsActionData.Read(JsonDocument.Parse($"{{\"v\":2,\"roundId\":\"{roundId}\"}}").RootElement));
        Assert.Null(ResultsActionData.Read(JsonDocument.Parse("{\"v\":1}").RootElement));
        Assert.Null(ResultsActionData.Read(JsonDocument.Parse("{\"v\":1,\"roundId\":\"Q1 2027\"}").RootElement));
        Assert.Null(ResultsActionData.Read(JsonDocument.Parse("[]").RootElement));
    }

    [Fact]
    public void A_round_nobody_answered_says_so_without_chart_table_or_group_button()
    {
        var report = RoundResultsReport.Build(Round("Leeg", NodaTime.Instant.FromUtc(2027, 1, 5, 9, 0), [new(Person(1), PartnerA, null, null), new(Person(2), PartnerB, null, null)]), [], PartnerNames, StuckSignalOptions.Default);
        var json = Json(ResultsCards.Build(Nl, report));

        var texts = Texts(json);
        Assert.StartsWith("**0 van 2 geantwoord (0 %)**", texts[1], StringComparison.Ordinal);
        Assert.Contains(Nl.NoAnswers, texts);
        Assert.DoesNotContain(All(json), e => e.TryGetProperty("id", out var id) && id.GetString() == ResultsCards.TableId);
        Assert.DoesNotContain(texts, t => t.Contains("Zwakste", StringComparison.Ordinal));
        Assert.Equal([ResultsVerbs.Export], json.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("verb").GetString()));
        Assert.Equal(
            [Nl.NoGroupShown(partners: false), Nl.NoGroupShown(partners: true)],
            Texts(Json(ResultsCards.ByGroup(Nl, report))).Where(t => t.StartsWith("Geen enkel", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_first_round_shows_no_trend_and_says_there_is_nothing_to_compare_with()
    {
        var report = RoundResultsReport.Build(Current(), [], PartnerNames, StuckSignalOptions.Default);
        var texts = Texts(Json(ResultsCards.Build(Nl, report)));

        Assert.Contains("**g. Informatieoverdracht** 1,8", texts);
        Assert.Contains("**e. Normatieve balans** 2,0", texts);
        Assert.Contains("**c. Organisatiemandaat** 2,3", texts);
        Assert.Contains("g. Informatieoverdracht · **1,8**", texts);
        Assert.DoesNotContain(texts, t => t.Contains("t.o.v.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Eerste ronde: nog niets om mee te vergelijken.", StringComparison.Ordinal));
        Assert.Equal("**4 van 6 geantwoord (67 %)** · gesloten di 12 jan 2027, 10:00", texts[1]);
    }

    [Fact]
    public void The_group_card_shows_only_groups_of_three_or_more_and_counts_the_hidden_ones()
    {
        var json = Json(ResultsCards.ByGroup(Nl, ResultsCards.SampleQuarterReport()));
        var facts = Facts(json);

        Assert.Equal(
            ["Gemeente (4 resp.)", "Wonen / woningcorporatie (3 resp.)", "Bewoners / burgerpanel (3 resp.)", "Gemeente Havenstad (4 resp.)", "Woonpartners Zuid (3 resp.)"],
            facts.Keys);
        Assert.StartsWith("**a** 3,8 · **b** 3,3", facts["Gemeente (4 resp.)"], StringComparison.Ordinal);
        Assert.Contains("**e** –", facts["Wonen / woningcorporatie (3 resp.)"], StringComparison.Ordinal);
        var texts = Texts(json);
        Assert.Contains("3 domeinen verborgen voor de anonimiteit: minder dan 3 respondenten.", texts);
        Assert.Contains("3 partners verborgen voor de anonimiteit: minder dan 3 respondenten.", texts);
        var raw = json.GetRawText();
        foreach (var hidden in new[] { "Politie basisteam Havenstad", "Welzijn Havenstad", "Basisschool De Kade", "Onderwijs", "Zorg en welzijn" })
        {
            Assert.DoesNotContain(hidden, raw, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(VisibilityMode.Pseudonymous)]
    [InlineData(VisibilityMode.Anonymous)]
    public void Cards_of_a_pseudonymous_or_anonymous_round_hold_no_person_or_request_id_and_no_hidden_partner(VisibilityMode mode)
    {
        var round = Current(mode);
        var report = RoundResultsReport.Build(round, [Previous(), BeforePrevious()], PartnerNames, StuckSignalOptions.Default);

        foreach (var card in new[] { ResultsCards.Build(Nl, report, new ResultsCardOptions(TableVisible: true)), ResultsCards.ByGroup(Nl, report), ResultsCards.Build(En, report) })
        {
            var json = card.ToJson();
            foreach (var id in Enumerable.Range(1, 6).Select(Person).Concat(round.Requests.Select(r => r.Id)))
            {
                Assert.DoesNotContain(id.ToString("D"), json, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(id.ToString("N"), json, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("Woonpartners Zuid", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Politie basisteam", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_English_card_uses_English_words_and_number_format()
    {
        var texts = Texts(Json(ResultsCards.Build(En, ResultsCards.SampleQuarterReport())));

        Assert.Equal("Results Q1 2027", texts[0]);
        Assert.Equal("**14 of 17 answered (82%)** · closed Fri 15 Jan 2027, 10:00", texts[1]);
        Assert.Contains("**g. Information transfer** 2.4 (↓ 0.6 vs Q4 2026)", texts);
        Assert.Contains("The source texts advise discussing the factors together at that point.", texts);
    }

    private static JsonElement Json(AdaptiveCard card) => JsonDocument.Parse(card.ToJson()).RootElement;

    private static string? Type(JsonElement e) => e.TryGetProperty("type", out var type) ? type.GetString() : null;

    private static IEnumerable<JsonElement> All(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            foreach (var child in e.EnumerateObject().SelectMany(p => All(p.Value)))
            {
                yield return child;
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in e.EnumerateArray().SelectMany(All))
            {
                yield return child;
            }
        }
    }

    private static List<string> Texts(JsonElement card) =>
        [.. All(card).Where(e => Type(e) == "TextBlock").Select(e => e.GetProperty("text").GetString()!)];

    private static Dictionary<string, string> Facts(JsonElement card) =>
        All(card).Where(e => Type(e) == "FactSet")
            .SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString()!);

    private static JsonElement ById(JsonElement card, string id) =>
        All(card).Single(e => e.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == id);

    private static List<(string Style, int Width)> Segments(JsonElement bar) =>
        [.. bar.GetProperty("columns").EnumerateArray().Select(c => (c.GetProperty("style").GetString()!, c.GetProperty("width").GetInt32()))];

    private static int WidthBeforeSeparator(JsonElement bar) =>
        bar.GetProperty("columns").EnumerateArray()
            .TakeWhile(c => !c.TryGetProperty("separator", out _))
            .Sum(c => c.GetProperty("width").GetInt32());
}
