using System.Data;
using System.Globalization;
using System.Text;
using Coalitie.Domain.CheckIns.Results;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>
/// The results of one round as an XLSX workbook (MiniExcel), headers in the language of the texts: "Uitslag" (per
/// factor: answers, weet niet, mean, median, one column per scale value, difference with the previous round, trend,
/// signal), "Per domein" and "Per partner" (only the groups the anonymity rule shows; hidden cells say so), "Ronde"
/// (the round's facts as label/value rows) and "Toelichting" (comments, as <see cref="RoundResultsReport.CommentsPolicy"/>
/// allows; left out when withheld). Means, medians and differences are the display values (one decimal), as on the
/// card. Built from the report only, so it holds no person or request ids.
/// </summary>
public static class ResultsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>"uitslag-q1-2027.xlsx" / "results-q1-2027.xlsx": the round name in lower-case letters and digits.</summary>
    public static string FileName(RoundResultsReport report, ResultsTexts t)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(t);
        var slug = new StringBuilder();
        foreach (var c in report.Name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return $"{t.SheetResults.ToLowerInvariant()}-{(name.Length == 0 ? "ronde" : name)}.xlsx";
    }

    /// <summary>Writes the workbook of <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(RoundResultsReport report, ResultsTexts t, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(output);

        var tables = new List<DataTable>();
        try
        {
            tables.Add(ResultsSheet(report, t));
            tables.Add(GroupSheet(t.SheetDomains, t.ColumnDomain, report.Domains, g => t.DomainName(g.Domain!.Value), t));
            tables.Add(GroupSheet(t.SheetPartners, t.ColumnPartner, report.Partners, g => g.PartnerName ?? t.UnknownPartner, t));
            tables.Add(RoundSheet(report, t));
            if (report.CommentsPolicy != CommentsPolicy.Withheld)
            {
                tables.Add(CommentsSheet(report, t));
            }

            var sheets = tables.ToDictionary(table => table.TableName, table => (object)table, StringComparer.Ordinal);
            var configuration = new OpenXmlConfiguration
            {
                TableStyles = TableStyles.None,
                AutoFilter = false,
                DynamicColumns =
                [
                    new DynamicExcelColumn(t.FactorHeader) { Width = 36 },
                    new DynamicExcelColumn(t.ColumnItem) { Width = 32 },
                    new DynamicExcelColumn(t.ColumnValue) { Width = 48 },
                    new DynamicExcelColumn(t.ColumnComment) { Width = 80 },
                    new DynamicExcelColumn(t.ColumnPartner) { Width = 32 },
                    new DynamicExcelColumn(t.ColumnDomain) { Width = 28 },
                ],
            };
            output.SaveAs(sheets, excelType: ExcelType.XLSX, configuration: configuration);
        }
        finally
        {
            foreach (var table in tables)
            {
                table.Dispose();
            }
        }
    }

    private static DataTable ResultsSheet(RoundResultsReport report, ResultsTexts t)
    {
        var table = NewTable(t.SheetResults);
        table.Columns.Add(t.ColumnLetter, typeof(string));
        table.Columns.Add(t.FactorHeader, typeof(string));
        table.Columns.Add(t.ColumnAnswers, typeof(int));
        table.Columns.Add(t.ColumnDontKnow, typeof(int));
        table.Columns.Add(t.ColumnMean, typeof(decimal));
        table.Columns.Add(t.ColumnMedian, typeof(decimal));
        foreach (var label in report.Scale.Labels)
        {
            table.Columns.Add(t.ScaleLabel(label), typeof(int));
        }

        table.Columns.Add(t.ColumnDifference, typeof(decimal));
        table.Columns.Add(t.ColumnTrend, typeof(string));
        table.Columns.Add(t.ColumnSignal, typeof(string));

        foreach (var f in report.Results.Factors)
        {
            var trend = report.Trend.Factor(f.Factor);
            var signals = report.Signals.Where(s => s.Factor == f.Factor).Select(s => t.SignalKind(s.Kind)).ToList();
            var cells = new List<object?>
            {
                f.Factor.ToString(),
                t.FactorName(f.Factor),
                f.Answers,
                f.DontKnow,
                f.MeanForDisplay,
                f.MedianForDisplay,
            };
            cells.AddRange(f.Distribution.Select(d => (object)d.Count));
            cells.Add(trend.DifferenceForDisplay);
            cells.Add(ResultsTexts.Arrow(trend.Direction) is { Length: > 0 } arrow ? arrow : null);
            cells.Add(signals.Count == 0 ? null : string.Join("; ", signals));
            table.Rows.Add([.. cells.Select(c => c ?? DBNull.Value)]);
        }

        return table;
    }

    /// <summary>A split: one row per shown group; a hidden cell holds the word "verborgen", a factor without answers stays empty.</summary>
    private static DataTable GroupSheet(string sheet, string nameHeader, IReadOnlyList<ResultGroup> groups, Func<ResultGroup, string> nameOf, ResultsTexts t)
    {
        var table = NewTable(sheet);
        table.Columns.Add(nameHeader, typeof(string));
        table.Columns.Add(t.ColumnRespondents, typeof(int));
        foreach (var factor in ResultFactors.All)
        {
            table.Columns.Add(t.FactorTitle(factor), typeof(object));
        }

        foreach (var group in groups)
        {
            var cells = new List<object> { nameOf(group), group.Respondents };
            cells.AddRange(group.Factors.Select(f => f.Suppressed
                ? t.HiddenCell
                : f.Statistics!.MeanForDisplay is { } mean ? (object)mean : DBNull.Value));
            table.Rows.Add([.. cells]);
        }

        return table;
    }

    private static DataTable RoundSheet(RoundResultsReport report, ResultsTexts t)
    {
        var table = NewTable(t.SheetRound);
        table.Columns.Add(t.ColumnItem, typeof(string));
        table.Columns.Add(t.ColumnValue, typeof(object));
        var scale = report.Scale.Labels.Select(t.ScaleLabel).ToList();
        if (report.Scale.AllowsDontKnow)
        {
            scale.Add(t.DontKnow);
        }

        var rows = new List<(string, object?)>
        {
            (t.RowName, report.Name),
            (t.RowOpened, report.OpenedAt is { } opened ? t.DateTime(opened, report.Zone) : null),
            (t.RowClosed, t.DateTime(report.ClosedAt, report.Zone)),
            (t.RowInvited, report.Results.Invited),
            (t.RowResponded, report.Results.Respondents),
            (t.RowResponseRate, report.Results.ResponseRatePercentForDisplay),
            (t.RowScale, string.Join("; ", scale)),
            (t.RowVisibility, t.VisibilityName(report.Visibility)),
            (t.RowMinimumGroupSize, report.MinimumGroupSize),
            (t.RowFormality, t.FormalityName(report.Formality)),
            (t.RowSize, report.CoalitionSize),
            (t.RowSubNetwork, report.SubNetworkName is { } sub
                ? string.Create(CultureInfo.InvariantCulture, $"{sub} ({report.SubNetworkSize})")
                : t.None),
            (t.RowPreviousRound, report.PreviousRoundName ?? t.None),
            (t.RowWeakBelow, report.WeakBelow),
            (t.RowDrop, report.Options.DropOn(report.Scale.Minimum, report.Scale.Maximum)),
            (t.RowHiddenDomains, report.HiddenDomains),
            (t.RowHiddenPartners, report.HiddenPartners),
            (t.RowComments, t.CommentsPolicyText(report.CommentsPolicy)),
        };
        foreach (var (label, value) in rows)
        {
            table.Rows.Add(label, value ?? DBNull.Value);
        }

        return table;
    }

    private static DataTable CommentsSheet(RoundResultsReport report, ResultsTexts t)
    {
        var attributed = report.CommentsPolicy == CommentsPolicy.Attributed;
        var table = NewTable(t.SheetComments);
        table.Columns.Add(t.FactorHeader, typeof(string));
        if (attributed)
        {
            table.Columns.Add(t.ColumnPartner, typeof(string));
            table.Columns.Add(t.ColumnDomain, typeof(string));
        }

        table.Columns.Add(t.ColumnComment, typeof(string));
        foreach (var comment in report.Comments)
        {
            var factor = comment.Factor is { } f ? t.FactorTitle(f) : t.General;
            if (attributed)
            {
                table.Rows.Add(
                    factor,
                    (object?)comment.PartnerName ?? DBNull.Value,
                    comment.Domain is { } domain ? t.DomainName(domain) : DBNull.Value,
                    comment.Text);
            }
            else
            {
                table.Rows.Add(factor, comment.Text);
            }
        }

        return table;
    }

    private static DataTable NewTable(string name) => new(name) { Locale = CultureInfo.InvariantCulture };
}
