using System.Globalization;
using System.Text.Json;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>The card verbs of a round's results card (data: <see cref="ResultsActionData"/>).</summary>
public static class ResultsVerbs
{
    /// <summary>"Exporteer naar Excel": the host answers with the workbook of <see cref="ResultsWorkbook"/>.</summary>
    public const string Export = "checkin.results.export";

    /// <summary>"Details per domein": the host answers with <see cref="ResultsCards.ByGroup"/>.</summary>
    public const string ByGroup = "checkin.results.groups";
}

/// <summary>
/// The data of every results card action (<c>v</c> = 1): the round whose results the card shows. The Action.Submit
/// fallback carries the same data plus the verb.
/// </summary>
public sealed record ResultsActionData(int V, Guid RoundId)
{
    public const int Current = 1;

    /// <summary>The current version's data for <paramref name="roundId"/>.</summary>
    public static ResultsActionData For(Guid roundId) => new(Current, roundId);

    /// <summary>Reads the action's data; null when its version is not one this bot understands or the round id is missing.</summary>
    public static ResultsActionData? Read(CardActionRequest action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Read(action.Data);
    }

    /// <summary>Reads <paramref name="data"/>; null when unreadable (unknown version, no or malformed round id).</summary>
    public static ResultsActionData? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("v", out var v))
        {
            return null;
        }

        var version = v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(v.GetString(), CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        };
        if (version != Current
            || !data.TryGetProperty("roundId", out var id)
            || id.ValueKind != JsonValueKind.String
            || !Guid.TryParse(id.GetString(), out var roundId))
        {
            return null;
        }

        return new ResultsActionData(Current, roundId);
    }

    /// <summary>An Action.Execute with <paramref name="verb"/> and this data, with its Action.Submit fallback.</summary>
    public ExecuteAction Action(string verb, string title, ActionStyle? style = null) => new()
    {
        Title = title,
        Verb = verb,
        Data = this,
        Style = style,
        Fallback = new SubmitAction { Title = title, Data = new LegacyData(verb, V, RoundId), Style = style },
    };

    /// <summary>The Action.Submit fallback's data: the verb travels in it.</summary>
    private sealed record LegacyData(string Verb, int V, Guid RoundId);
}
