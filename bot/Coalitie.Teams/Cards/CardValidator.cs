using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Coalitie.Teams.Cards;

/// <summary>The checks behind <see cref="AdaptiveCard.Validate"/>; walks every element and action once.</summary>
internal sealed class CardValidator
{
    private static readonly Dictionary<Type, string> TypeNames = ReadTypeNames();

    private readonly List<string> _problems = [];
    private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);
    private readonly List<string> _toggleTargets = [];
    private readonly List<string> _texts = [];

    public static IReadOnlyList<string> Validate(AdaptiveCard card)
    {
        var validator = new CardValidator();
        validator.VisitCard(card, "card", countIds: true);
        validator.CheckCard(card);
        return validator._problems;
    }

    private void CheckCard(AdaptiveCard card)
    {
        if (card.Version != AdaptiveCard.SupportedVersion)
        {
            Add($"card: version is \"{card.Version}\"; Teams needs \"{AdaptiveCard.SupportedVersion}\".");
        }

        if (card.Refresh is { } refresh)
        {
            if (refresh.Action is null)
            {
                Add("card: refresh has no action.");
            }

            if (refresh.UserIds is { Count: > AdaptiveCard.MaxRefreshUserIds } userIds)
            {
                Add($"card: refresh.userIds lists {userIds.Count} users; at most {AdaptiveCard.MaxRefreshUserIds} are allowed.");
            }
        }

        foreach (var (id, count) in _idCounts)
        {
            if (count > 1)
            {
                Add($"card: id \"{id}\" is used {count} times; ids must be unique.");
            }
        }

        foreach (var target in _toggleTargets.Distinct(StringComparer.Ordinal))
        {
            if (!_idCounts.ContainsKey(target))
            {
                Add($"card: Action.ToggleVisibility targets \"{target}\", which no element has as id.");
            }
        }

        foreach (var mention in card.MsTeams?.Entities ?? [])
        {
            if (string.IsNullOrEmpty(mention.Mentioned?.Id))
            {
                Add($"card: mention \"{mention.Text}\" has no mentioned.id.");
            }

            if (string.IsNullOrEmpty(mention.Text) || !_texts.Exists(t => t.Contains(mention.Text, StringComparison.Ordinal)))
            {
                Add($"card: mention \"{mention.Text}\" does not appear in any text of the card.");
            }
        }

        var size = card.Utf8Size();
        if (size > AdaptiveCard.MaxSizeBytes)
        {
            Add($"card: {size} bytes of UTF-8 JSON; at most {AdaptiveCard.MaxSizeBytes} (28 KB) are allowed.");
        }
    }

    private void VisitCard(AdaptiveCard card, string path, bool countIds)
    {
        for (var i = 0; i < card.Body.Count; i++)
        {
            VisitElement(card.Body[i], $"{path}.body[{i}]", countIds);
        }

        VisitActions(card.Actions, $"{path}.actions", countIds);
        VisitAction(card.SelectAction, $"{path}.selectAction", countIds);
        VisitAction(card.Refresh?.Action, $"{path}.refresh.action", countIds: false);
    }

    private void VisitElement(CardElement? element, string path, bool countIds)
    {
        if (element is null)
        {
            Add($"{path}: null element.");
            return;
        }

        var label = Describe(element, path);
        if (countIds)
        {
            CountId(element.Id);
        }

        if (element.Height is { IsPixels: true } && element is not Image)
        {
            Add($"{label}: a pixel height is allowed only on Image; use auto or stretch.");
        }

        if (element is CardInput input)
        {
            CheckInput(input, label);
        }

        switch (element)
        {
            case TextBlock text:
                AddText(text.Text);
                break;
            case RichTextBlock rich:
                for (var i = 0; i < rich.Inlines.Count; i++)
                {
                    AddText(rich.Inlines[i].Text);
                    VisitAction(rich.Inlines[i].SelectAction, $"{path}.inlines[{i}].selectAction", countIds);
                }

                break;
            case Image image:
                VisitAction(image.SelectAction, $"{path}.selectAction", countIds);
                break;
            case ImageSet imageSet:
                for (var i = 0; i < imageSet.Images.Count; i++)
                {
                    VisitElement(imageSet.Images[i], $"{path}.images[{i}]", countIds);
                }

                break;
            case Container container:
                VisitElements(container.Items, $"{path}.items", countIds);
                VisitAction(container.SelectAction, $"{path}.selectAction", countIds);
                break;
            case ColumnSet columnSet:
                for (var i = 0; i < columnSet.Columns.Count; i++)
                {
                    VisitElement(columnSet.Columns[i], $"{path}.columns[{i}]", countIds);
                }

                VisitAction(columnSet.SelectAction, $"{path}.selectAction", countIds);
                break;
            case Column column:
                VisitElements(column.Items, $"{path}.items", countIds);
                VisitAction(column.SelectAction, $"{path}.selectAction", countIds);
                break;
            case FactSet factSet:
                foreach (var fact in factSet.Facts)
                {
                    AddText(fact.Title);
                    AddText(fact.Value);
                }

                break;
            case ActionSet actionSet:
                VisitActions(actionSet.Actions, $"{path}.actions", countIds);
                break;
            case Table table:
                VisitTable(table, path, label, countIds);
                break;
            case TextInput textInput:
                VisitAction(textInput.InlineAction, $"{path}.inlineAction", countIds);
                break;
            default:
                break;
        }
    }

    private void VisitTable(Table table, string path, string label, bool countIds)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Width is { Kind: ColumnWidthKind.Auto or ColumnWidthKind.Stretch })
            {
                Add($"{label}: columns[{i}].width must be a weight or pixels, not auto or stretch.");
            }
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            if (table.Columns.Count > 0 && cells.Count > table.Columns.Count)
            {
                Add($"{label}: rows[{r}] has {cells.Count} cells but the table defines {table.Columns.Count} columns.");
            }

            for (var c = 0; c < cells.Count; c++)
            {
                var cellPath = $"{path}.rows[{r}].cells[{c}]";
                VisitElements(cells[c].Items, $"{cellPath}.items", countIds);
                VisitAction(cells[c].SelectAction, $"{cellPath}.selectAction", countIds);
            }
        }
    }

    private void CheckInput(CardInput input, string label)
    {
        if (string.IsNullOrWhiteSpace(input.Id))
        {
            Add($"{label}: an input needs an id.");
        }

        if (input.IsRequired == true)
        {
            if (string.IsNullOrWhiteSpace(input.Label))
            {
                Add($"{label}: a required input needs a label.");
            }

            if (string.IsNullOrWhiteSpace(input.ErrorMessage))
            {
                Add($"{label}: a required input needs an errorMessage.");
            }
        }

        if (input is ChoiceSetInput choiceSet)
        {
            if (choiceSet.Choices.Count == 0)
            {
                Add($"{label}: a choice set needs at least one choice.");
            }

            foreach (var group in choiceSet.Choices.GroupBy(c => c.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Add($"{label}: choice value \"{group.Key}\" is used {group.Count()} times.");
            }
        }

        AddText(input.Label);
    }

    private void VisitElements(List<CardElement> elements, string path, bool countIds)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            VisitElement(elements[i], $"{path}[{i}]", countIds);
        }
    }

    private void VisitActions(List<CardAction>? actions, string path, bool countIds)
    {
        if (actions is null)
        {
            return;
        }

        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is null)
            {
                Add($"{path}[{i}]: null action.");
                continue;
            }

            VisitAction(actions[i], $"{path}[{i}]", countIds);
        }
    }

    private void VisitAction(CardAction? action, string path, bool countIds)
    {
        if (action is null)
        {
            return;
        }

        var label = Describe(action, path);
        if (countIds)
        {
            CountId(action.Id);
        }

        switch (action)
        {
            case ExecuteAction execute when string.IsNullOrWhiteSpace(execute.Verb):
                Add($"{label}: Action.Execute needs a verb.");
                break;
            case OpenUrlAction { Url: null }:
                Add($"{label}: Action.OpenUrl needs a url.");
                break;
            case ShowCardAction show:
                if (show.Card is null)
                {
                    Add($"{label}: Action.ShowCard needs a card.");
                }
                else
                {
                    VisitCard(show.Card, $"{path}.card", countIds);
                }

                break;
            case ToggleVisibilityAction toggle:
                if (toggle.TargetElements.Count == 0)
                {
                    Add($"{label}: Action.ToggleVisibility needs at least one target element.");
                }

                foreach (var target in toggle.TargetElements)
                {
                    if (string.IsNullOrWhiteSpace(target.ElementId))
                    {
                        Add($"{label}: a target element needs an elementId.");
                    }
                    else
                    {
                        _toggleTargets.Add(target.ElementId);
                    }
                }

                break;
            default:
                break;
        }

        // A fallback is an alternative to its action, so it may repeat the action's id.
        VisitAction(action.Fallback, $"{path}.fallback", countIds: false);
    }

    private void CountId(string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _idCounts[id] = _idCounts.GetValueOrDefault(id) + 1;
        }
    }

    private void AddText(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            _texts.Add(text);
        }
    }

    private void Add(string problem) => _problems.Add(problem);

    private static string Describe(object item, string path)
    {
        var typeName = item is Column ? "Column" : TypeNames.GetValueOrDefault(item.GetType(), item.GetType().Name);
        var id = item switch
        {
            CardElement { Id: { Length: > 0 } elementId } => elementId,
            CardAction { Id: { Length: > 0 } actionId } => actionId,
            CardAction { Title: { Length: > 0 } title } => title,
            _ => null,
        };
        return id is null
            ? string.Create(CultureInfo.InvariantCulture, $"{path} ({typeName})")
            : string.Create(CultureInfo.InvariantCulture, $"{path} ({typeName} \"{id}\")");
    }

    private static Dictionary<Type, string> ReadTypeNames()
    {
        var names = new Dictionary<Type, string>();
        foreach (var baseType in new[] { typeof(CardElement), typeof(CardAction) })
        {
            foreach (var derived in baseType.GetCustomAttributes<JsonDerivedTypeAttribute>())
            {
                names[derived.DerivedType] = (string)derived.TypeDiscriminator!;
            }
        }

        return names;
    }
}
