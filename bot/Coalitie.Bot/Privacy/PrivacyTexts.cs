using Coalitie.Bot.Localization;

namespace Coalitie.Bot.Privacy;

/// <summary>The sentences of the privacy feature (AVG/GDPR), Dutch and English.</summary>
public abstract class PrivacyTexts
{
    public static PrivacyTexts For(Language language) => language == Language.En ? English.Instance : Dutch.Instance;

    public abstract string MyDataDescription { get; }
    public abstract string EraseDescription { get; }
    public abstract string MyDataReady(int items);
    public abstract string DownloadButton { get; }
    public abstract string LinkValidity { get; }
    public abstract string EraseUsage { get; }
    public abstract string EraseUnknown(string name, IReadOnlyList<string> suggestions);
    public abstract string EraseAlready(string name);
    public abstract string EraseConfirmTitle { get; }
    public abstract string EraseConfirmBody(string name);
    public abstract string EraseButton { get; }
    public abstract string CancelButton { get; }
    public abstract string Erased(string pseudonym);
    public abstract string EraseCancelled { get; }
    public abstract string Pseudonym(int number);

    private sealed class Dutch : PrivacyTexts
    {
        public static readonly Dutch Instance = new();

        public override string MyDataDescription => "Alles wat Coalitie over jou bewaart, als download.";
        public override string EraseDescription => "De persoonsgegevens van iemand die vertrekt wissen (procesregisseur).";
        public override string MyDataReady(int items) => $"Hier is alles wat Coalitie over jou bewaart ({items} onderdelen), als JSON-bestand:";
        public override string DownloadButton => "Download";
        public override string LinkValidity => "De link werkt 24 uur en alleen voor dit bestand.";
        public override string EraseUsage => "Wie wil je wissen? Typ `persoon wissen` gevolgd door de naam, bijvoorbeeld `persoon wissen Sander de Vries`.";
        public override string EraseUnknown(string name, IReadOnlyList<string> suggestions) => suggestions.Count == 0
            ? $"Ik ken niemand die \"{name}\" heet in deze coalitie."
            : $"Ik ken niemand die \"{name}\" heet. Bedoel je {string.Join(" of ", suggestions.Select(s => $"`{s}`"))}?";
        public override string EraseAlready(string name) => $"De gegevens van {name} zijn al gewist.";
        public override string EraseConfirmTitle => "Persoonsgegevens wissen";
        public override string EraseConfirmBody(string name) =>
            $"Je staat op het punt de persoonsgegevens van **{name}** te wissen. Naam, e-mail en Teams-koppeling verdwijnen; lopende rollen en vertegenwoordigingen worden beëindigd. De geschiedenis van het contract, de audit en de resultaten blijven bewaard onder een schuilnaam. Dit kan niet ongedaan worden gemaakt.";
        public override string EraseButton => "Wissen";
        public override string CancelButton => "Annuleren";
        public override string Erased(string pseudonym) => $"Gewist. In de geschiedenis heet deze persoon voortaan **{pseudonym}**.";
        public override string EraseCancelled => "Niets gewist.";
        public override string Pseudonym(int number) => $"Oud-deelnemer {number}";
    }

    private sealed class English : PrivacyTexts
    {
        public static readonly English Instance = new();

        public override string MyDataDescription => "Everything Coalitie keeps about you, as a download.";
        public override string EraseDescription => "Erase the personal data of someone who leaves (procesregisseur).";
        public override string MyDataReady(int items) => $"Here is everything Coalitie keeps about you ({items} items), as a JSON file:";
        public override string DownloadButton => "Download";
        public override string LinkValidity => "The link works for 24 hours and only for this file.";
        public override string EraseUsage => "Whom do you want to erase? Type `erase person` followed by the name, for example `erase person Sander de Vries`.";
        public override string EraseUnknown(string name, IReadOnlyList<string> suggestions) => suggestions.Count == 0
            ? $"I don't know anyone called \"{name}\" in this coalition."
            : $"I don't know anyone called \"{name}\". Did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?";
        public override string EraseAlready(string name) => $"The data of {name} has been erased already.";
        public override string EraseConfirmTitle => "Erase personal data";
        public override string EraseConfirmBody(string name) =>
            $"You are about to erase the personal data of **{name}**. Name, e-mail and Teams link disappear; current roles and representations end. The contract history, the audit trail and the results stay, under a pseudonym. This cannot be undone.";
        public override string EraseButton => "Erase";
        public override string CancelButton => "Cancel";
        public override string Erased(string pseudonym) => $"Erased. In the history this person is now called **{pseudonym}**.";
        public override string EraseCancelled => "Nothing was erased.";
        public override string Pseudonym(int number) => $"Former participant {number}";
    }
}
