using System.Globalization;
using System.Text;

namespace Coalitie.Bot.Exchange;

/// <summary>What an import did to the rows of one sheet.</summary>
public sealed record SheetCounts(int Created, int Updated, int Unchanged, int Rejected)
{
    public int Total => Created + Updated + Unchanged + Rejected;
}

/// <summary>The outcome of one row.</summary>
public enum RowOutcome
{
    Unchanged,
    Updated,
    Created,
    Rejected,
}

/// <summary>
/// The report of an import: per sheet how many rows were created, updated, unchanged or rejected, and every
/// rejection with its sheet, row and reason. Nothing is written unless <see cref="Succeeded"/>.
/// </summary>
public sealed class ImportReport
{
    private readonly Dictionary<ExchangeRow, (string Sheet, RowOutcome Outcome)> _outcomes = new(ReferenceEqualityComparer.Instance);
    private readonly List<Rejection> _rejections = [];

    public string? FileError { get; private set; }

    public string? CoalitionName { get; set; }

    /// <summary>True when the changes were stored (and also when there was nothing to change).</summary>
    public bool Written { get; set; }

    public IReadOnlyList<Rejection> Rejections => _rejections;

    public bool Succeeded => FileError is null && _rejections.Count == 0;

    /// <summary>Rows that changed something (created or updated), over all sheets.</summary>
    public int Changes => _outcomes.Values.Count(o => o.Outcome is RowOutcome.Created or RowOutcome.Updated);

    public static ImportReport Unreadable(string error) => new() { FileError = error };

    public void Fail(string error) => FileError = error;

    public SheetCounts CountsOf(string sheet)
    {
        var rejected = _rejections.Where(r => r.Sheet == sheet).ToList();
        var rejectedRows = rejected.Where(r => r.Row is not null).Select(r => r.Row!.Value).ToHashSet();
        var outcomes = _outcomes.Where(o => o.Value.Sheet == sheet && !rejectedRows.Contains(o.Key.Row)).Select(o => o.Value.Outcome).ToList();
        return new SheetCounts(
            outcomes.Count(o => o == RowOutcome.Created),
            outcomes.Count(o => o == RowOutcome.Updated),
            outcomes.Count(o => o == RowOutcome.Unchanged),
            rejectedRows.Count + rejected.Count(r => r.Row is null));
    }

    /// <summary>Records what a row did; a stronger outcome wins (rejected over created over updated over unchanged).</summary>
    public void Mark(string sheet, ExchangeRow row, RowOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_outcomes.TryGetValue(row, out var current) || outcome > current.Outcome)
        {
            _outcomes[row] = (sheet, outcome);
        }
    }

    public void Reject(string sheet, ExchangeRow? row, string reason)
    {
        if (row is not null)
        {
            if (_outcomes.TryGetValue(row, out var current) && current.Outcome == RowOutcome.Rejected)
            {
                // One reason per row is enough: later problems of the same row usually follow from the first.
                return;
            }

            Mark(sheet, row, RowOutcome.Rejected);
        }

        _rejections.Add(new Rejection(sheet, row?.Row, reason));
    }

    public void Reject(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        _rejections.Add(rejection);
    }

    public bool IsRejected(ExchangeRow row) => _outcomes.TryGetValue(row, out var o) && o.Outcome == RowOutcome.Rejected;

    /// <summary>The report as the command line prints it (Dutch).</summary>
    public string Format(string fileName)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.Append(invariant, $"Import van {fileName}").AppendLine(CoalitionName is null ? string.Empty : $" → coalitie ‘{CoalitionName}’");
        if (FileError is not null)
        {
            text.AppendLine(invariant, $"Niets geïmporteerd: {FileError}");
            return text.ToString();
        }

        text.AppendLine();
        var width = ExchangeSheets.All.Max(s => s.Name.Length);
        text.AppendLine(invariant, $"{"Blad".PadRight(width)}  {"nieuw",6} {"bijgewerkt",10} {"ongewijzigd",11} {"afgewezen",9}");
        foreach (var sheet in ExchangeSheets.All)
        {
            var c = CountsOf(sheet.Name);
            text.AppendLine(invariant, $"{sheet.Name.PadRight(width)}  {c.Created,6} {c.Updated,10} {c.Unchanged,11} {c.Rejected,9}");
        }

        text.AppendLine();
        if (_rejections.Count > 0)
        {
            text.AppendLine(invariant, $"Niets vastgelegd: {(_rejections.Count == 1 ? "1 rij is" : $"{_rejections.Count} rijen zijn")} afgewezen. Verbeter het bestand en importeer opnieuw.");
            foreach (var rejection in _rejections.OrderBy(r => ExchangeSheets.All.ToList().FindIndex(s => s.Name == r.Sheet)).ThenBy(r => r.Row ?? 0))
            {
                text.Append("  ").AppendLine(rejection.ToString());
            }
        }
        else if (Changes == 0)
        {
            text.AppendLine("Alles was al zo: er is niets veranderd.");
        }
        else
        {
            text.AppendLine(invariant, $"Klaar: {Changes} {(Changes == 1 ? "rij" : "rijen")} vastgelegd, in één keer.");
        }

        return text.ToString();
    }
}
