using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;

namespace Coalitie.Bot.Coalitions;

/// <summary>The card verbs of the coalitions feature. Their data records carry <c>v</c> = 1.</summary>
public static class CoalitionVerbs
{
    public const string Create = "coalition.create";
    public const string PartnerAdd = "partner.add";
    public const string PartnersPage = "partners.page";
    public const string PartnerShow = "partner.show";
    public const string RepresentativeForm = "partner.representative.form";
    public const string RepresentativeChange = "partner.representative.change";
    public const string LeaveForm = "partner.leave.form";
    public const string Leave = "partner.leave";
    public const string MandateConfirm = "partner.mandate.confirm";
    public const string MandateLater = "partner.mandate.later";
    public const string RoleAssign = "role.assign";
    public const string RoleRemove = "role.remove";
    public const string RolesPage = "role.page";
}

/// <summary>Data of a form or button with no reference: only the version.</summary>
public sealed record FormData(int V);

/// <summary>Data of a paging button.</summary>
public sealed record PageData(int V, int Page);

/// <summary>Data of a button or form about one partner.</summary>
public sealed record PartnerData(int V, Guid PartnerId);

/// <summary>Data of the mandate prompt: the partner and the representation it asks about.</summary>
public sealed record MandateData(int V, Guid PartnerId, Guid RepresentationId);

/// <summary>Data of a role's remove button (with the page of the list it was on).</summary>
public sealed record RoleData(int V, Guid AssignmentId, int Page);

/// <summary>Reads and writes the feature's card data.</summary>
public static class CardData
{
    public const int Version = 1;

    /// <summary>An Action.Execute with an Action.Submit fallback carrying the verb in its data.</summary>
    public static ExecuteAction Execute(string title, string verb, object data, ActionStyle? style = null, bool sendsInputs = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        var legacy = JsonSerializer.SerializeToNode(data, data.GetType(), CardJson.Options)!.AsObject();
        legacy[CardActionRequest.LegacyVerbProperty] = verb;
        var inputs = sendsInputs ? (AssociatedInputs?)null : AssociatedInputs.None;
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Data = data,
            Style = style,
            AssociatedInputs = inputs,
            Fallback = new SubmitAction { Title = title, Data = legacy, Style = style, AssociatedInputs = inputs },
        };
    }

    /// <summary>True when the data's <c>v</c> is the version this code writes.</summary>
    public static bool IsCurrent(CardActionRequest action) => ReadNumber(action, "v") == Version;

    public static int? ReadNumber(CardActionRequest action, string name)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Data.ValueKind != JsonValueKind.Object || !action.Data.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(value.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    public static Guid? ReadId(CardActionRequest action, string name)
    {
        ArgumentNullException.ThrowIfNull(action);
        return System.Guid.TryParse(action.GetString(name), out var id) ? id : null;
    }
}
