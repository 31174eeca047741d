namespace Coalitie.Bot.Localization;

public enum Language
{
    /// <summary>Dutch, the default.</summary>
    Nl,

    /// <summary>English, for users whose Teams locale is English (or who chose it).</summary>
    En,
}

public static class LanguageExtensions
{
    /// <summary>English for any <c>en</c> locale; Dutch for everything else, including none.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Nl;

    public static string Code(this Language language) => language == Language.En ? "en" : "nl";

    public static bool TryParse(string? text, out Language language)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "NL" or "NEDERLANDS" or "DUTCH" or "NL-NL":
                language = Language.Nl;
                return true;
            case "EN" or "ENGELS" or "ENGLISH" or "EN-US" or "EN-GB":
                language = Language.En;
                return true;
            default:
                language = Language.Nl;
                return false;
        }
    }

    public static ITexts Texts(this Language language) => language == Language.En ? EnglishTexts.Instance : DutchTexts.Instance;
}
