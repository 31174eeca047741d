using System.Globalization;
using Coalitie.Bot.Localization;

namespace Coalitie.Bot.Exchange;

/// <summary>The sentences of the exchange feature (the <c>export</c> command and its card), Dutch and English.</summary>
public abstract class ExchangeTexts
{
    public abstract Language Language { get; }

    public static ExchangeTexts For(Language language) => language == Language.En ? English.Instance : Dutch.Instance;

    public static ExchangeTexts For(ITexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return For(texts.Language);
    }

    public abstract string ExportDescription { get; }

    /// <summary>The chat message with the link (markdown).</summary>
    public abstract string ExportReady(string coalition, string fileName, Uri link, TimeSpan lifetime);

    public abstract string CardTitle(string coalition);

    public abstract string CardIntro { get; }

    public abstract string FactFile { get; }

    public abstract string FactPartners { get; }

    public abstract string FactCommitments { get; }

    public abstract string FactProgress { get; }

    public abstract string DownloadButton { get; }

    public abstract string LinkValidity(TimeSpan lifetime);

    public abstract string ExportFailed { get; }

    protected static string Hours(TimeSpan lifetime) => Math.Max(1, (int)Math.Round(lifetime.TotalHours)).ToString(CultureInfo.InvariantCulture);

    private sealed class Dutch : ExchangeTexts
    {
        public static readonly Dutch Instance = new();

        public override Language Language => Language.Nl;

        public override string ExportDescription => "Alle gegevens van de coalitie als Excel-bestand: contract, partners, rollen, toezeggingen en voortgang.";

        public override string ExportReady(string coalition, string fileName, Uri link, TimeSpan lifetime) =>
            $"De export van {coalition} staat klaar: [{fileName}]({link.AbsoluteUri}). {LinkValidity(lifetime)}";

        public override string CardTitle(string coalition) => $"Export van {coalition}";

        public override string CardIntro => "Eén Excel-bestand met een blad per onderdeel. Hetzelfde bestand kun je later weer importeren.";

        public override string FactFile => "Bestand";

        public override string FactPartners => "Partners";

        public override string FactCommitments => "Toezeggingen";

        public override string FactProgress => "Voortgangsmeldingen";

        public override string DownloadButton => "Download";

        public override string LinkValidity(TimeSpan lifetime) => $"De link werkt {Hours(lifetime)} uur.";

        public override string ExportFailed => "Het lukte niet om de export te maken. Probeer het zo nog eens.";
    }

    private sealed class English : ExchangeTexts
    {
        public static readonly English Instance = new();

        public override Language Language => Language.En;

        public override string ExportDescription => "All of the coalition's data as an Excel file: contract, partners, roles, commitments and progress.";

        public override string ExportReady(string coalition, string fileName, Uri link, TimeSpan lifetime) =>
            $"The export of {coalition} is ready: [{fileName}]({link.AbsoluteUri}). {LinkValidity(lifetime)}";

        public override string CardTitle(string coalition) => $"Export of {coalition}";

        public override string CardIntro => "One Excel file with a sheet per part. You can import the same file again later.";

        public override string FactFile => "File";

        public override string FactPartners => "Partners";

        public override string FactCommitments => "Commitments";

        public override string FactProgress => "Progress reports";

        public override string DownloadButton => "Download";

        public override string LinkValidity(TimeSpan lifetime) => $"The link works for {Hours(lifetime)} hours.";

        public override string ExportFailed => "The export could not be made. Please try again in a moment.";
    }
}
