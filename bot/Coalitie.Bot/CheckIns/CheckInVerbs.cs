using System.Text.Json;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.CheckIns;

/// <summary>The card verbs of the slagvaardigheid check-in.</summary>
public static class CheckInVerbs
{
    /// <summary>Submit the nine-factor card (data: <see cref="CheckInSubmissionData"/> plus the inputs).</summary>
    public const string Submit = "checkin.submit";

    /// <summary>Re-open the card from the receipt, prefilled with the stored answer ("wijzig antwoorden").</summary>
    public const string Edit = "checkin.edit";

    /// <summary>The card's refresh in channels: each person gets their own view (form, receipt or closed).</summary>
    public const string Refresh = "checkin.refresh";

    /// <summary>"Plannen" / "Ronde openen" on the plan card (data: <see cref="PlanCardData"/>).</summary>
    public const string PlanSubmit = "checkin.plan.submit";

    /// <summary>"Vraag een ronde aan" on the "we zitten vast" card.</summary>
    public const string StuckSubmit = "checkin.stuck.submit";

    /// <summary>"Ronde nu openen" on the request the procesregisseur gets: the plan card in stuck mode.</summary>
    public const string StuckOpen = "checkin.stuck.open";
}

/// <summary>
/// The data of every check-in card action (<c>v</c> = 1): the request the card answers. The Action.Submit fallback
/// carries the same data plus the verb.
/// </summary>
public sealed record CheckInSubmissionData(int V, Guid RequestId)
{
    public const int Current = 1;

    /// <summary>The current version's data for <paramref name="requestId"/>.</summary>
    public static CheckInSubmissionData For(Guid requestId) => new(Current, requestId);

    /// <summary>Reads the action's data; null when its version is not one this bot understands or the request id is missing.</summary>
    public static CheckInSubmissionData? Read(CardActionRequest action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Read(action.Data);
    }

    /// <summary>Reads <paramref name="data"/> (the action's data merged with the inputs); null when unreadable.</summary>
    public static CheckInSubmissionData? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("v", out var v))
        {
            return null;
        }

        var version = v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        };
        if (version != Current
            || !data.TryGetProperty("requestId", out var id)
            || id.ValueKind != JsonValueKind.String
            || !Guid.TryParse(id.GetString(), out var requestId))
        {
            return null;
        }

        return new CheckInSubmissionData(Current, requestId);
    }

    /// <summary>An Action.Execute with <paramref name="verb"/> and this data, with its Action.Submit fallback.</summary>
    public ExecuteAction Action(string verb, string title, ActionStyle? style = null) => new()
    {
        Title = title,
        Verb = verb,
        Data = this,
        Style = style,
        Fallback = new SubmitAction { Title = title, Data = new LegacyData(verb, V, RequestId), Style = style },
    };

    /// <summary>The Action.Submit fallback's data: the verb travels in it.</summary>
    private sealed record LegacyData(string Verb, int V, Guid RequestId);
}
