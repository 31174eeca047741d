using System.Text.Json;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Contracts;

/// <summary>The card verbs of the lokaal contract (the feature's own; each is routed in <see cref="ContractsExtensions"/>).</summary>
public static class ContractVerbs
{
    /// <summary>Show the contract card.</summary>
    public const string Show = "contract.show";

    /// <summary>Show a page of the versions list (data: <c>page</c>).</summary>
    public const string Versions = "contract.versions";

    /// <summary>Show one version read-only (data: <c>number</c>).</summary>
    public const string ShowVersion = "contract.version.show";

    /// <summary>Open the edit form.</summary>
    public const string OpenEdit = "contract.edit.open";

    /// <summary>Submit the edit form (data: <c>baseVersion</c>, the version the form was made from; 0 for a new contract).</summary>
    public const string SubmitEdit = "contract.edit.submit";

    /// <summary>Open the signing form.</summary>
    public const string OpenSign = "contract.sign.open";

    /// <summary>Submit the signing form.</summary>
    public const string SubmitSign = "contract.sign.submit";

    /// <summary>Open the programme form.</summary>
    public const string OpenProgramme = "contract.programme.open";

    /// <summary>Submit the programme form.</summary>
    public const string SubmitProgramme = "contract.programme.submit";
}

/// <summary>
/// The data of every contract card action (<c>v</c> = 1), bound once at the edge. Optional members are omitted when
/// null. The Action.Submit fallback carries the same data plus the verb.
/// </summary>
public sealed record ContractActionData(int V, int? Page = null, int? Number = null, int? BaseVersion = null)
{
    public const int Current = 1;

    /// <summary>Reads the action's data; null when its version is not one this bot understands.</summary>
    public static ContractActionData? Read(CardActionRequest action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Data.ValueKind != JsonValueKind.Object || Int(action.Data, "v") != Current)
        {
            return null;
        }

        return new ContractActionData(Current, Int(action.Data, "page"), Int(action.Data, "number"), Int(action.Data, "baseVersion"));
    }

    /// <summary>An Action.Execute with <paramref name="verb"/> and this data, with its Action.Submit fallback.</summary>
    public ExecuteAction Action(string verb, string title, ActionStyle? style = null) => new()
    {
        Title = title,
        Verb = verb,
        Data = this,
        Style = style,
        Fallback = new SubmitAction { Title = title, Data = new LegacyData(verb, V, Page, Number, BaseVersion), Style = style },
    };

    private static int? Int(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt32(out var n) => n,
                JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            }
            : null;

    /// <summary>The Action.Submit fallback's data: the verb travels in it.</summary>
    private sealed record LegacyData(string Verb, int V, int? Page, int? Number, int? BaseVersion);
}
