using Coalitie.Domain.Coalitions;
using NodaTime;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The Dutch pages for a link that does not work: what happened and whom to ask. A link that is not ours (tampered,
/// unknown, wrong round) gets one and the same 404 page, so it learns nothing about rounds or links; a link we did
/// sign gets 410 with the reason (expired, used, round closed).
/// </summary>
internal static class BurgerpanelRefusals
{
    private const string AskProcesregisseur = "Vragen? Neem contact op met de procesregisseur — de persoon die je deze link stuurde.";

    public static BurgerpanelRefusal NotALink { get; } = new(
        StatusCodes.Status404NotFound,
        "Deze link werkt niet",
        [
            "Misschien is de link niet helemaal meegekopieerd, of is er iets in veranderd. Gebruik de link precies zoals je hem kreeg.",
            "Werkt het dan nog steeds niet? Vraag de procesregisseur — de persoon die je deze link stuurde — om een nieuwe link.",
        ]);

    public static BurgerpanelRefusal CrossSite { get; } = new(
        StatusCodes.Status403Forbidden,
        "Dit formulier kan hier niet worden verstuurd",
        [
            "Je antwoorden zijn niet opgeslagen. Open de link die je kreeg en vul het formulier daar in.",
            AskProcesregisseur,
        ]);

    public static BurgerpanelRefusal For(BurgerpanelLinkCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var zone = check.Round?.Plan.Zone ?? DateTimeZoneProviders.Tzdb[Coalition.DefaultTimeZoneId];
        return check.Status switch
        {
            BurgerpanelLinkStatus.Expired => new(
                StatusCodes.Status410Gone,
                "Deze link is verlopen",
                [
                    (check.Link is { } link
                        ? $"De ronde waarvoor deze link was, is gesloten op {BurgerpanelPage.LongDateTime(link.ExpiresAt, zone)}."
                        : "De ronde waarvoor deze link was, is gesloten.") + " Antwoorden kan niet meer.",
                    AskProcesregisseur,
                ]),
            BurgerpanelLinkStatus.Used => new(
                StatusCodes.Status410Gone,
                "Deze link is al gebruikt",
                [
                    (check.Link?.UsedAt is { } usedAt
                        ? $"Met deze link zijn op {BurgerpanelPage.LongDateTime(usedAt, zone)} antwoorden verstuurd."
                        : "Met deze link zijn al antwoorden verstuurd.") + " Elke link werkt één keer, dus opnieuw invullen of wijzigen kan niet.",
                    "Heb je zelf nog niet geantwoord? Vraag de procesregisseur — de persoon die je deze link stuurde — om een nieuwe link.",
                ]),
            BurgerpanelLinkStatus.RoundClosed => new(
                StatusCodes.Status410Gone,
                "Deze ronde is gesloten",
                [
                    (check.Round?.ClosedAt is { } closedAt
                        ? $"De procesregisseur heeft de ronde gesloten op {BurgerpanelPage.LongDateTime(closedAt, zone)}."
                        : "De ronde neemt geen antwoorden meer aan.") + " Antwoorden kan niet meer.",
                    AskProcesregisseur,
                ]),
            _ => NotALink,
        };
    }

    /// <summary>A form that could not be read: 413 too large, 415 not a form, 400 otherwise.</summary>
    public static BurgerpanelRefusal Unreadable(int statusCode) => statusCode == StatusCodes.Status413PayloadTooLarge
        ? new(
            statusCode,
            "Het formulier is te groot",
            [
                "Je antwoorden zijn niet opgeslagen: het formulier was groter dan een ingevuld formulier kan zijn.",
                "Open je link opnieuw en vul het formulier nog eens in. " + AskProcesregisseur,
            ])
        : new(
            statusCode,
            "Het formulier kwam niet goed aan",
            [
                "Je antwoorden zijn niet opgeslagen.",
                "Open je link opnieuw en vul het formulier nog eens in. " + AskProcesregisseur,
            ]);
}
