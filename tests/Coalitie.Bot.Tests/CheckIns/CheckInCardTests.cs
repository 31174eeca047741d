using System.Text.Json;
using Coalitie.Bot.Cards;
using Coalitie.Bot.CheckIns;
using Coalitie.Domain.CheckIns;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.Tests.CheckIns;

/// <summary>The check-in cards: valid, small, all nine factors, the verbs and data, prefilled values, receipt and closed states.</summary>
public sealed class CheckInCardTests
{
    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in CheckInCards.Samples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_card_is_valid_and_under_28_KB(string name)
    {
        var card = CheckInCards.Samples().Single(s => s.Name == name).Card;

        Assert.Empty(card.Validate());
        Assert.InRange(card.Utf8Size(), 1, AdaptiveCard.MaxSizeBytes - 1);
    }

    [Fact]
    public void The_catalogue_has_every_state_and_English_versions()
    {
        var names = CheckInCards.Samples().Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var expected in new[] { "checkin.nl", "checkin.en", "checkin-edit.nl", "checkin-refused.nl", "checkin-receipt.nl", "checkin-receipt.en", "checkin-closed.nl", "checkin-closed.en" })
        {
            Assert.Contains(expected, names);
        }

        Assert.Contains(CardCatalog.All(new Coalitie.Bot.Commands.CommandCatalog([])), c => c.Name == "checkin.nl");
    }

    [Fact]
    public void The_card_asks_all_nine_factors_with_the_scale_and_weet_niet_and_submits_with_verb_and_versioned_data()
    {
        var round = CheckInCards.SampleRound();
        var request = round.Requests.Single(r => !r.IsAnswered);
        var json = Json(CheckInCards.Form(DutchCheckInTexts.Instance, round, request, FormState.Empty));

        Assert.Equal("Slagvaardigheidscheck — ronde Q1 2027", Texts(json).First());
        Assert.Contains(Texts(json), t => t.Contains("Open tot vr 15 jan 2027, 10:00", StringComparison.Ordinal));
        var inputs = Inputs(json).ToDictionary(i => i.GetProperty("id").GetString()!);
        foreach (var factor in SlagvaardigheidFactors.All)
        {
            var choice = inputs[factor.FieldName];
            Assert.Equal("Input.ChoiceSet", choice.GetProperty("type").GetString());
            Assert.Equal("expanded", choice.GetProperty("style").GetString());
            Assert.True(choice.GetProperty("isRequired").GetBoolean());
            Assert.Equal($"Kies een antwoord bij {factor.DutchName}.", choice.GetProperty("errorMessage").GetString());
            Assert.False(choice.TryGetProperty("value", out _));
            Assert.Equal(
                ["1", "2", "3", "4", "5", "weet-niet"],
                choice.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
            Assert.Equal("5 zeer sterk", choice.GetProperty("choices")[4].GetProperty("title").GetString());
            Assert.True(inputs.ContainsKey(CheckInFieldNames.FactorComment(factor.Key)));
            Assert.Contains(Texts(json), t => t == $"**{factor.Key}. {factor.DutchName}** — {factor.DutchSummary}");
            Assert.Contains(Texts(json), t => t == factor.DutchDefinition);
        }

        Assert.True(inputs.ContainsKey("comment"));
        var submit = json.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Action.Execute", submit.GetProperty("type").GetString());
        Assert.Equal(CheckInVerbs.Submit, submit.GetProperty("verb").GetString());
        Assert.Equal(1, submit.GetProperty("data").GetProperty("v").GetInt32());
        Assert.Equal(request.Id, submit.GetProperty("data").GetProperty("requestId").GetGuid());
        var fallback = submit.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal(CheckInVerbs.Submit, fallback.GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal(request.Id, fallback.GetProperty("data").GetProperty("requestId").GetGuid());
        Assert.False(json.TryGetProperty("refresh", out _));
    }

    [Fact]
    public void The_full_definition_and_comment_hide_behind_a_toggle_per_factor()
    {
        var round = CheckInCards.SampleRound();
        var json = Json(CheckInCards.Form(DutchCheckInTexts.Instance, round, round.Requests.Single(r => !r.IsAnswered), FormState.Empty));

        var toggles = All(json).Where(e => e.TryGetProperty("type", out var type) && type.GetString() == "Action.ToggleVisibility").ToList();
        Assert.Equal(9, toggles.Count);
        Assert.All(toggles, t => Assert.Equal("ⓘ volledige omschrijving", t.GetProperty("title").GetString()));
        Assert.Equal(
            SlagvaardigheidFactors.Keys.Select(k => $"details-{k}"),
            toggles.Select(t => t.GetProperty("targetElements")[0].GetProperty("elementId").GetString()));
        var details = All(json).Where(e => e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString()!.StartsWith("details-", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, details.Count);
        Assert.All(details, d => Assert.False(d.GetProperty("isVisible").GetBoolean()));
    }

    [Fact]
    public void Reopened_to_edit_the_card_is_prefilled_with_the_stored_answer_and_shows_the_comments()
    {
        var round = CheckInCards.SampleRound();
        var answered = round.Requests.Single(r => r.IsAnswered);
        var json = Json(CheckInCards.Form(DutchCheckInTexts.Instance, round, answered, FormState.Empty));

        var inputs = Inputs(json).ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("4", inputs["factor-a"].GetProperty("value").GetString());
        Assert.Equal("weet-niet", inputs["factor-e"].GetProperty("value").GetString());
        Assert.Equal("2", inputs["factor-g"].GetProperty("value").GetString());
        Assert.Equal("Meldingen over overlast komen pas weken later bij ons binnen.", inputs["comment-g"].GetProperty("value").GetString());
        Assert.Equal("Goede sfeer in de stuurgroep, maar we moeten sneller van praten naar doen.", inputs["comment"].GetProperty("value").GetString());
        var visible = All(json).Where(e => e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString()!.StartsWith("details-", StringComparison.Ordinal) && !e.TryGetProperty("isVisible", out _))
            .Select(e => e.GetProperty("id").GetString());
        Assert.Equal(["details-c", "details-g"], visible);
    }

    [Fact]
    public void A_refused_submit_keeps_the_input_and_shows_the_error_next_to_the_factor()
    {
        var round = CheckInCards.SampleRound();
        var state = FormState.Empty.Set("factor-a", "5").Set("comment-b", "Dit blijft staan.").AddError("factor-d", "Kies een antwoord bij Operationele eenheid.");
        var json = Json(CheckInCards.Form(DutchCheckInTexts.Instance, round, round.Requests.Single(r => !r.IsAnswered), state));

        var inputs = Inputs(json).ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("5", inputs["factor-a"].GetProperty("value").GetString());
        Assert.Equal("Dit blijft staan.", inputs["comment-b"].GetProperty("value").GetString());
        var error = All(json).Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "factor-d-error");
        Assert.Equal("Kies een antwoord bij Operationele eenheid.", error.GetProperty("text").GetString());
    }

    [Fact]
    public void Channel_cards_refresh_for_the_listed_users_only()
    {
        var round = CheckInCards.SampleRound();
        var request = round.Requests.Single(r => !r.IsAnswered);
        var json = Json(CheckInCards.Form(DutchCheckInTexts.Instance, round, request, FormState.Empty, ["29:1a", "29:1b"]));

        var refresh = json.GetProperty("refresh");
        Assert.Equal(["29:1a", "29:1b"], refresh.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(CheckInVerbs.Refresh, refresh.GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal(request.Id, refresh.GetProperty("action").GetProperty("data").GetProperty("requestId").GetGuid());
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckInCards.Form(DutchCheckInTexts.Instance, round, request, FormState.Empty, Enumerable.Range(0, 61).Select(i => $"29:{i}").ToList()));
    }

    [Fact]
    public void The_receipt_thanks_by_first_name_lists_the_answers_and_offers_an_edit_while_open()
    {
        var round = CheckInCards.SampleRound();
        var answered = round.Requests.Single(r => r.IsAnswered);
        var json = Json(CheckInCards.Receipt(DutchCheckInTexts.Instance, round, answered, "Sander", Instant.FromUtc(2027, 1, 11, 8, 20)));

        Assert.Contains("Bedankt, Sander. Je antwoorden staan genoteerd (ma 11 jan 2027, 09:14). Je kunt ze wijzigen tot de ronde sluit.", Texts(json));
        Assert.Empty(Inputs(json));
        var facts = All(json).Single(e => e.TryGetProperty("type", out var type) && type.GetString() == "FactSet").GetProperty("facts").EnumerateArray()
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("4 sterk", facts["a. Drive"]);
        Assert.Equal("weet niet / niet van toepassing", facts["e. Normatieve balans"]);
        Assert.Equal("2 zwak — “Meldingen over overlast komen pas weken later bij ons binnen.”", facts["g. Informatieoverdracht"]);
        Assert.Equal("Goede sfeer in de stuurgroep, maar we moeten sneller van praten naar doen.", facts["Algemene toelichting"]);
        var edit = json.GetProperty("actions").EnumerateArray().Single();
        Assert.Equal("Wijzig antwoorden", edit.GetProperty("title").GetString());
        Assert.Equal(CheckInVerbs.Edit, edit.GetProperty("verb").GetString());
        Assert.Equal(answered.Id, edit.GetProperty("data").GetProperty("requestId").GetGuid());
        Assert.Equal(CheckInVerbs.Edit, edit.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString());

        var afterClosing = Json(CheckInCards.Receipt(DutchCheckInTexts.Instance, round, answered, "Sander", Instant.FromUtc(2027, 1, 15, 9, 0)));
        Assert.False(afterClosing.TryGetProperty("actions", out _));
    }

    [Fact]
    public void The_closed_card_says_so_without_inputs_or_actions_in_Dutch_and_English()
    {
        var round = CheckInCards.SampleRound();
        round.Close(Instant.FromUtc(2027, 1, 15, 9, 0));
        var answered = round.Requests.Single(r => r.IsAnswered);

        var nl = Json(CheckInCards.Closed(DutchCheckInTexts.Instance, round, answered));
        var en = Json(CheckInCards.Closed(EnglishCheckInTexts.Instance, round, round.Requests.Single(r => !r.IsAnswered)));

        Assert.Contains("Deze ronde is gesloten (vr 15 jan 2027, 10:00). Antwoorden of wijzigen kan niet meer.", Texts(nl));
        Assert.Contains(All(nl), e => e.TryGetProperty("type", out var type) && type.GetString() == "FactSet");
        Assert.Contains("This round is closed (Fri 15 Jan 2027, 10:00). Answers can no longer be given or changed.", Texts(en));
        Assert.Equal("Effectiveness check — round Q1 2027", Texts(en).First());
        Assert.Empty(Inputs(nl));
        Assert.False(nl.TryGetProperty("actions", out _));
        Assert.False(en.TryGetProperty("actions", out _));
    }

    [Fact]
    public void The_submission_data_reads_back_from_execute_and_submit_payloads_and_refuses_other_versions()
    {
        var id = Guid.Parse("6c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e01");

        Assert.Equal(new CheckInSubmissionData(1, id), CheckInSubmissionData.Read(Parse($$"""{"v":1,"requestId":"{{id}}","factor-a":"4"}""")));
        Assert.Equal(new CheckInSubmissionData(1, id), CheckInSubmissionData.Read(Parse($$"""{"verb":"checkin.submit","v":"1","requestId":"{{id}}"}""")));
        Assert.Null(CheckInSubmissionData.Read(Parse($$"""{"v":2,"requestId":"{{id}}"}""")));
        Assert.Null(CheckInSubmissionData.Read(Parse("""{"v":1,"requestId":"not-a-guid"}""")));
        Assert.Null(CheckInSubmissionData.Read(Parse("""{"requestId":"x"}""")));
    }

    [Fact]
    public void The_English_card_uses_the_English_names_summaries_and_labels()
    {
        var round = CheckInCards.SampleRound();
        var json = Json(CheckInCards.Form(EnglishCheckInTexts.Instance, round, round.Requests.Single(r => !r.IsAnswered), FormState.Empty));

        Assert.Equal("Effectiveness check — round Q1 2027", Texts(json).First());
        Assert.Contains("**g. Information transfer** — being able and willing to share information", Texts(json));
        var choice = Inputs(json).Single(i => i.GetProperty("id").GetString() == "factor-a");
        Assert.Equal("don't know / not applicable", choice.GetProperty("choices")[5].GetProperty("title").GetString());
        Assert.Equal("Send", json.GetProperty("actions")[0].GetProperty("title").GetString());
    }

    private static JsonElement Json(AdaptiveCard card) => card.ToJsonElement();

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static IEnumerable<JsonElement> All(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            yield return node;
            foreach (var property in node.EnumerateObject().Where(p => p.Name != "data"))
            {
                foreach (var child in All(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var child in All(item))
                {
                    yield return child;
                }
            }
        }
    }

    private static List<string> Texts(JsonElement card) =>
        All(card).Where(e => e.TryGetProperty("type", out var type) && type.GetString() == "TextBlock").Select(e => e.GetProperty("text").GetString()!).ToList();

    private static List<JsonElement> Inputs(JsonElement card) =>
        All(card).Where(e => e.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
}
