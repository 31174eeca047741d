using System.Data;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Parsing;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Exchange;

/// <summary>A rejected row (or, without a row, a rejected sheet or file): where, and why in plain Dutch.</summary>
public sealed record Rejection(string Sheet, int? Row, string Reason)
{
    public override string ToString() => Row is { } row
        ? string.Create(CultureInfo.InvariantCulture, $"{Sheet} rij {row}: {Reason}")
        : $"{Sheet}: {Reason}";
}

/// <summary>What reading a file gave: the workbook (null when the file cannot be read at all) and the cells that were not understood.</summary>
public sealed record ExchangeRead(ExchangeWorkbook? Workbook, IReadOnlyList<Rejection> Problems, string? FileError)
{
    public static ExchangeRead Unreadable(string error) => new(null, [], error);
}

/// <summary>
/// The XLSX form of the exchange format, written and read with MiniExcel: one sheet per list of
/// <see cref="ExchangeSheets.All"/>, Dutch headers on row 1, dates as real Excel dates (shown d-m-yyyy), numbers as numbers.
/// </summary>
public static class XlsxFormat
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ExchangeWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var tables = new List<DataTable>();
        try
        {
            var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var sheet in ExchangeSheets.All)
            {
                var table = new DataTable(sheet.Name) { Locale = CultureInfo.InvariantCulture };
                tables.Add(table);
                foreach (var column in sheet.Columns)
                {
                    table.Columns.Add(column.Header, column.Kind switch
                    {
                        CellKind.Date => typeof(DateTime),
                        CellKind.Number => typeof(decimal),
                        CellKind.WholeNumber => typeof(int),
                        _ => typeof(string),
                    });
                }

                foreach (var row in sheet.Rows(workbook))
                {
                    table.Rows.Add(sheet.Columns.Select(c => ToCell(c, c.Get(row))).ToArray());
                }

                sheets[sheet.Name] = table;
            }

            var configuration = new OpenXmlConfiguration
            {
                TableStyles = TableStyles.None,
                AutoFilter = false,
                DynamicColumns = [.. ExchangeSheets.DateHeaders.Select(h => new DynamicExcelColumn(h) { Format = "d-m-yyyy", Width = 14 })],
            };
            using var stream = new MemoryStream();
            stream.SaveAs(sheets, excelType: ExcelType.XLSX, configuration: configuration);
            return stream.ToArray();
        }
        finally
        {
            foreach (var table in tables)
            {
                table.Dispose();
            }
        }
    }

    public static ExchangeRead Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!ZipCheck.IsZip(content))
        {
            return ExchangeRead.Unreadable("dit is geen leesbaar Excel-bestand (.xlsx); is het beschadigd of een ander soort bestand?");
        }

        using var stream = new MemoryStream(content, writable: false);
        List<string> names;
        try
        {
            names = MiniExcel.GetSheetNames(stream);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return ExchangeRead.Unreadable("dit is geen leesbaar Excel-bestand (.xlsx); is het beschadigd of een ander soort bestand?");
        }

        var workbook = new ExchangeWorkbook();
        var problems = new List<Rejection>();
        if (!names.Contains(ExchangeSheets.Coalition, StringComparer.Ordinal))
        {
            problems.Add(new Rejection(ExchangeSheets.Coalition, null, "dit blad ontbreekt; zonder coalitie kan ik niets importeren."));
        }

        try
        {
            foreach (var sheet in ExchangeSheets.All.Where(s => names.Contains(s.Name, StringComparer.Ordinal)))
            {
                stream.Position = 0;
                var number = 1;
                foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet.Name))
                {
                    number++;
                    if (cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                    {
                        continue;
                    }

                    var row = sheet.NewRow();
                    row.Row = number;
                    foreach (var column in sheet.Columns)
                    {
                        if (!cells.TryGetValue(column.Header, out var raw) || raw is null)
                        {
                            continue;
                        }

                        if (TryFromCell(column.Kind, raw, out var value))
                        {
                            column.Set(row, value);
                        }
                        else
                        {
                            problems.Add(new Rejection(sheet.Name, number, $"‘{Shown(raw)}’ in de kolom ‘{column.Header}’ is geen {KindName(column.Kind)}."));
                        }
                    }

                    if (sheet.Name is ExchangeSheets.Coalition or ExchangeSheets.Contract && sheet.Rows(workbook).Any())
                    {
                        problems.Add(new Rejection(sheet.Name, number, "dit blad heeft maar één rij; deze rij is te veel."));
                        continue;
                    }

                    sheet.Add(workbook, row);
                }
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return ExchangeRead.Unreadable("het Excel-bestand is beschadigd: een blad kan niet gelezen worden.");
        }

        return new ExchangeRead(workbook, problems, null);
    }

    internal static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or IOException or XmlException or InvalidOperationException or FormatException or NotSupportedException
            or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or InvalidCastException or NullReferenceException;

    private static object ToCell(ExchangeColumn column, object? value) => value switch
    {
        null => DBNull.Value,
        LocalDate date => date.ToDateTimeUnspecified(),
        bool yes => yes ? "ja" : "nee",
        decimal number => ExchangeValues.Normalize(number),
        _ => column.Kind == CellKind.Text ? value.ToString() ?? string.Empty : value,
    };

    private static bool TryFromCell(CellKind kind, object raw, out object? value)
    {
        value = null;
        if (raw is string blank && string.IsNullOrWhiteSpace(blank))
        {
            return true;
        }

        switch (kind)
        {
            case CellKind.Text:
                value = raw switch
                {
                    string s => s.Trim(),
                    DateTime d => LocalDatePattern.Iso.Format(LocalDate.FromDateTime(d)),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => raw.ToString(),
                };
                return true;
            case CellKind.Date:
                if (raw is DateTime dt)
                {
                    value = LocalDate.FromDateTime(dt);
                    return true;
                }

                if (raw is double serial && serial is > 0 and < 2958466)
                {
                    value = LocalDate.FromDateTime(DateTime.FromOADate(serial));
                    return true;
                }

                if (raw is string text && DutchDates.TryParse(text, out var parsed))
                {
                    value = parsed;
                    return true;
                }

                return false;
            case CellKind.Number:
                if (TryNumber(raw, out var number))
                {
                    value = number;
                    return true;
                }

                return false;
            case CellKind.WholeNumber:
                if (raw is string code && CommitmentNumber.TryParse(code, out var parsedNumber))
                {
                    value = parsedNumber;
                    return true;
                }

                if (TryNumber(raw, out var whole) && whole == decimal.Truncate(whole) && whole is >= int.MinValue and <= int.MaxValue)
                {
                    value = (int)whole;
                    return true;
                }

                return false;
            case CellKind.YesNo:
                value = raw switch
                {
                    bool b => b,
                    double d => d != 0,
                    string s => ExchangeNames.Key(s) switch
                    {
                        "ja" or "j" or "yes" or "y" or "true" or "waar" or "x" or "1" => true,
                        "nee" or "n" or "no" or "false" or "onwaar" or "0" => false,
                        _ => null,
                    },
                    _ => null,
                };
                return value is not null;
            default:
                return false;
        }
    }

    private static bool TryNumber(object raw, out decimal number)
    {
        number = 0;
        switch (raw)
        {
            case double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e15:
                number = ExchangeValues.Normalize((decimal)d);
                return true;
            case decimal m:
                number = ExchangeValues.Normalize(m);
                return true;
            case int or long or short or float:
                number = ExchangeValues.Normalize(Convert.ToDecimal(raw, CultureInfo.InvariantCulture));
                return true;
            case string s when DutchNumbers.TryParse(s, out var parsed):
                number = ExchangeValues.Normalize(parsed);
                return true;
            default:
                return false;
        }
    }

    private static string Shown(object raw)
    {
        var text = raw is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : raw.ToString() ?? string.Empty;
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string KindName(CellKind kind) => kind switch
    {
        CellKind.Date => "datum",
        CellKind.Number => "getal",
        CellKind.WholeNumber => "heel getal",
        CellKind.YesNo => "ja of nee",
        _ => "tekst",
    };
}

/// <summary>The JSON form of the exchange format: the same model, camelCase, dates as <c>2026-03-01</c>, empty values left out.</summary>
public static class JsonFormat
{
    public const string ContentType = "application/json";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static byte[] Write(ExchangeWorkbook workbook) => JsonSerializer.SerializeToUtf8Bytes(workbook, Options);

    public static ExchangeRead Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ExchangeWorkbook? workbook;
        try
        {
            workbook = JsonSerializer.Deserialize<ExchangeWorkbook>(content, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" (regel {line + 1}, bij {e.Path})") : string.Empty;
            return ExchangeRead.Unreadable($"dit is geen geldig JSON-bestand in het exportformaat{where}.");
        }

        if (workbook is null)
        {
            return ExchangeRead.Unreadable("het JSON-bestand is leeg.");
        }

        workbook.Partners ??= [];
        workbook.People ??= [];
        workbook.Representatives ??= [];
        workbook.Programmes ??= [];
        workbook.Signatories ??= [];
        workbook.Versions ??= [];
        workbook.Goals ??= [];
        workbook.Commitments ??= [];
        workbook.Milestones ??= [];
        workbook.Progress ??= [];
        foreach (var sheet in ExchangeSheets.All)
        {
            var index = 0;
            foreach (var row in sheet.Rows(workbook))
            {
                row.Row = ++index;
            }
        }

        var problems = new List<Rejection>();
        if (workbook.Coalition is null)
        {
            problems.Add(new Rejection(ExchangeSheets.Coalition, null, "het onderdeel ‘coalition’ ontbreekt; zonder coalitie kan ik niets importeren."));
        }

        return new ExchangeRead(workbook, problems, null);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new LocalDateJsonConverter());
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }

    private sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && DutchDates.TryParse(text, out var date)
                ? date
                : throw new JsonException($"A date like 2026-03-01 was expected, not {(text is null ? reader.TokenType.ToString() : "'" + text + "'")}.");
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}

/// <summary>Reads a file by its extension (.xlsx or .json).</summary>
public static class ExchangeFile
{
    public static ExchangeRead Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return ExchangeRead.Unreadable("het bestand is leeg.");
        }

        return Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".XLSX" => XlsxFormat.Read(content),
            ".JSON" => JsonFormat.Read(content),
            _ => ExchangeRead.Unreadable("ik lees alleen .xlsx- en .json-bestanden."),
        };
    }
}

/// <summary>Value helpers shared by the formats.</summary>
public static class ExchangeValues
{
    /// <summary>The same number without trailing zeros (42.000000 → 42), so values compare and print alike whatever their source.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}

internal static class ZipCheck
{
    public static bool IsZip(byte[] content) => content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4 && CanOpen(content);

    private static bool CanOpen(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Count > 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
