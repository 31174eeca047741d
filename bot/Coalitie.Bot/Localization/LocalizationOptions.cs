using Microsoft.Extensions.Options;

namespace Coalitie.Bot.Localization;

/// <summary>Section <c>Localization</c>: how the language of a person is chosen when they did not choose it.</summary>
public sealed class LocalizationOptions
{
    public const string SectionName = "Localization";

    /// <summary>
    /// Follow the Teams locale (English for <c>en-*</c>). The Agents Playground reports <c>en-US</c> for everyone
    /// whatever the settings, so <c>./coalitie up</c> turns this off there to show the Dutch-first product.
    /// </summary>
    public bool UseTeamsLocale { get; set; } = true;

    /// <summary>The language when the Teams locale is not used or not given.</summary>
    public Language DefaultLanguage { get; set; } = Language.Nl;
}

/// <summary>The language for a Teams locale under the configured policy (before a person's own choice).</summary>
public sealed class LocalePolicy(IOptions<LocalizationOptions> options)
{
    public Language For(string? locale)
    {
        var o = options.Value;
        return o.UseTeamsLocale && !string.IsNullOrWhiteSpace(locale) ? LanguageExtensions.FromLocale(locale) : o.DefaultLanguage;
    }

    public ITexts TextsFor(string? locale) => For(locale).Texts();
}
