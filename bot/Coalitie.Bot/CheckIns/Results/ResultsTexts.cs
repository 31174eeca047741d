using System.Globalization;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Parsing;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>
/// The sentences of the results card and the headers of the results workbook, Dutch (informal <i>je</i>) and English.
/// Numbers follow the language (2,4 and 82 % in Dutch; 2.4 and 82% in English); factor names, summaries and
/// definitions come from <see cref="CheckInTexts"/>. Pick with <see cref="For(Language)"/>.
/// </summary>
public abstract partial class ResultsTexts
{
    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public abstract Language Language { get; }

    public bool English => Language == Language.En;

    /// <summary>The check-in texts of the same language (factor names and definitions, dates).</summary>
    public CheckInTexts CheckIn => CheckInTexts.For(Language);

    public static ResultsTexts For(Language language) => language == Language.En ? EnglishResultsTexts.Instance : DutchResultsTexts.Instance;

    public static ResultsTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    // Formatting

    private CultureInfo Culture => English ? EnglishCulture : DutchCulture;

    /// <summary>A mean, median or difference as shown: one decimal, half away from zero ("2,4", "3,0").</summary>
    public string Number(decimal value) => ResultRounding.ForDisplay(value).ToString("0.0", Culture);

    /// <summary>A limit of the signal rules: at least one decimal, up to three ("2,5"; "4,375" on a 1–10 scale).</summary>
    public string Limit(decimal value) => value.ToString("0.0##", Culture);

    /// <summary>A whole number.</summary>
    public string Count(int value) => value.ToString(Culture);

    /// <summary>The response rate as a whole percentage, half away from zero: "82 %" (nl) / "82%" (en); "–" without invitees.</summary>
    public string Percent(decimal? rate)
    {
        if (rate is not { } r)
        {
            return "–";
        }

        var whole = Math.Round(r * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", Culture);
        return English ? whole + "%" : whole + " %";
    }

    /// <summary>↑, ↓ or →; empty when the factor cannot be compared.</summary>
    public static string Arrow(TrendDirection direction) => direction switch
    {
        TrendDirection.Up => "↑",
        TrendDirection.Down => "↓",
        TrendDirection.Same => "→",
        _ => string.Empty,
    };

    /// <summary>"ma 13 jan 2027, 09:14" in <paramref name="zone"/>.</summary>
    public string DateTime(Instant at, DateTimeZone zone) => CheckIn.DateTime(at, zone);

    /// <summary>"a. Drive".</summary>
    public string FactorTitle(char factor) => CheckIn.FactorTitle(Factor(factor));

    public string FactorName(char factor) => CheckIn.FactorName(Factor(factor));

    public string FactorDefinition(char factor) => CheckIn.FactorDefinition(Factor(factor));

    /// <summary>"1 zeer zwak".</summary>
    public string ScaleLabel(ScaleLabel label) => CheckIn.ScaleChoice(label);

    public string DontKnow => CheckIn.DontKnow;

    /// <summary>"1 zeer zwak · 2 zwak · … · ? weet niet / niet van toepassing".</summary>
    public string ScaleLegend(CheckInScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var parts = scale.Labels.Select(ScaleLabel).ToList();
        if (scale.AllowsDontKnow)
        {
            parts.Add($"{DontKnowHeader} {DontKnow}");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>"1–5".</summary>
    public string ScaleRange(CheckInScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return $"{Count(scale.Minimum)}–{Count(scale.Maximum)}";
    }

    /// <summary>"Gemeente", "Wonen / woningcorporatie": the coalition texts' domain name, capitalised as a title.</summary>
    public string DomainName(PartnerDomain domain)
    {
        var name = CoalitionsTexts.For(Language).DomainName(domain);
        return name.Length == 0 ? name : string.Concat(char.ToUpper(name[0], Culture).ToString(), name.AsSpan(1));
    }

    /// <summary>
    /// The trend of one factor for the weakest list: "↓ 0,6 t.o.v. Q4 2026", "→ gelijk aan Q4 2026", or a note when
    /// it cannot be compared; empty for a first round.
    /// </summary>
    public string TrendText(FactorTrend trend, string? previousRoundName)
    {
        ArgumentNullException.ThrowIfNull(trend);
        if (previousRoundName is null)
        {
            return string.Empty;
        }

        return trend.Direction switch
        {
            TrendDirection.NotComparable => NotComparable(previousRoundName),
            TrendDirection.Same => SameAs(previousRoundName),
            _ => Versus($"{Arrow(trend.Direction)} {Number(Math.Abs(trend.Difference!.Value))}", previousRoundName),
        };
    }

    private static SlagvaardigheidFactor Factor(char key) =>
        SlagvaardigheidFactors.Find(key) ?? throw new ArgumentOutOfRangeException(nameof(key), key, "Not a factor a–i.");

    // The results card

    public abstract string Title(string roundName);

    /// <summary>"14 van 17 geantwoord (82 %)".</summary>
    public abstract string Response(int respondents, int invited, string percent);

    public abstract string ClosedOn(string closedAt);

    public abstract string FormalityName(CoalitionFormality formality);

    public abstract string VisibilityName(VisibilityMode mode);

    /// <summary>"Vrijwillige samenwerking · 6 partners · subnetwerk Jeugd (3 partners)".</summary>
    public abstract string Context(CoalitionFormality formality, int partners, string? subNetwork, int? subNetworkPartners);

    /// <summary>Why formality and size are shown beside the scores (brief §2).</summary>
    public abstract string ContextNote { get; }

    public abstract string VisibilityLine(VisibilityMode mode, int minimumGroupSize);

    public abstract string NoAnswers { get; }

    public abstract string WeakestHeading { get; }

    public abstract string Versus(string change, string previousRoundName);

    public abstract string SameAs(string previousRoundName);

    public abstract string NotComparable(string previousRoundName);

    public abstract string MeaningToggle { get; }

    /// <summary>"Wat de bronteksten zeggen (D2, §5):".</summary>
    public abstract string SourceDefinitionLabel { get; }

    /// <summary>What the sources add about a factor beyond its definition (only c, D2 §7); null for the others.</summary>
    public abstract string? SourceNote(char factor);

    public abstract string Signal(StuckSignal signal, string factorName, string? previousRoundName);

    /// <summary>The advice under the signals; <paramref name="droppedTwice"/> when one of them is a fall two rounds in a row.</summary>
    public abstract string SignalAdvice(bool droppedTwice);

    public abstract string ChartHeading(string scaleRange);

    public abstract string ChartThreshold(string limit);

    public abstract string ChartLegend(string limit, string? previousRoundName);

    public abstract string TableToggle { get; }

    /// <summary>The factor column header of the workbook.</summary>
    public abstract string FactorHeader { get; }

    public abstract string AnswersShort { get; }

    public abstract string MeanShort { get; }

    public abstract string MedianShort { get; }

    /// <summary>The short column header of "weet niet" ("?").</summary>
    public string DontKnowHeader => "?";

    /// <summary>"14 antw. · gem. 3,6 · med. 4,0 · 1: 0 · 2: 0 · 3: 4 · 4: 10 · 5: 0 · ?: 0".</summary>
    public string FactorFigures(FactorStatistics statistics, CheckInScale scale)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(scale);
        var parts = new List<string>
        {
            $"{Count(statistics.Answers)} {AnswersShort}",
            $"{MeanShort} {(statistics.Mean is { } mean ? Number(mean) : "–")}",
            $"{MedianShort} {(statistics.Median is { } median ? Number(median) : "–")}",
        };
        parts.AddRange(statistics.Distribution.Select(d => $"{Count(d.Value)}: {Count(d.Count)}"));
        if (scale.AllowsDontKnow || statistics.DontKnow > 0)
        {
            parts.Add($"{DontKnowHeader}: {Count(statistics.DontKnow)}");
        }

        return string.Join(" · ", parts);
    }

    public abstract string CommentsNote(int count, CommentsPolicy policy);

    public abstract string ExportButton { get; }

    public abstract string ByGroupButton { get; }

    // The card per domain and partner

    public abstract string ByGroupTitle(string roundName);

    public abstract string ByGroupIntro(int minimumGroupSize);

    public abstract string DomainsHeading { get; }

    public abstract string PartnersHeading { get; }

    public abstract string RespondentsShort { get; }

    public abstract string UnknownPartner { get; }

    public abstract string HiddenGroups(int count, bool partners, int minimumGroupSize);

    public abstract string NoGroupShown(bool partners);

    public abstract string MoreRows(int count);
}
