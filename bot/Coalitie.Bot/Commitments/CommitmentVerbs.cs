using System.Text.Json;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Commitments;

/// <summary>The card verbs of the commitments feature. Their data records carry <c>v</c> (version 1).</summary>
public static class CommitmentVerbs
{
    public const string AddSubmit = "commitment.add.submit";
    public const string ListPage = "commitment.list.page";
    public const string Show = "commitment.show";
    public const string ProgressOpen = "commitment.progress.open";
    public const string ProgressSubmit = "commitment.progress.submit";

    public const int Version = 1;

    /// <summary>True when the action's data is of the version these handlers read.</summary>
    public static bool IsCurrent(CardActionRequest action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ReadInt(action, "v") == Version;
    }

    /// <summary>An integer property of the action data, sent as a number or as text (inputs are text), or null.</summary>
    public static int? ReadInt(CardActionRequest action, string name)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Data.ValueKind != JsonValueKind.Object || !action.Data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }
}

/// <summary>The form's button: only the version (the inputs come with it). <c>Verb</c> is set for the Action.Submit fallback.</summary>
public sealed record CommitmentFormData(int V, string? Verb = null);

/// <summary>A page of the list: the filter as typed and the page (from 1).</summary>
public sealed record ListPageData(int V, string? Filter, int Page, string? Verb = null);

/// <summary>An action about one commitment, by number.</summary>
public sealed record CommitmentRefData(int V, int Number, string? Verb = null);
