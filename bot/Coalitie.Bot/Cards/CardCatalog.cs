using Coalitie.Bot.Commands;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.Cards;

/// <summary>
/// Every card the bot can send, in every state, filled with realistic Dutch (and English) sample data. Written out by
/// <c>./coalitie cards DIR</c> and validated with Microsoft's adaptivecards parser in the test suite. Each feature
/// adds its cards here.
/// </summary>
public static class CardCatalog
{
    public static IReadOnlyList<(string Name, AdaptiveCard Card)> All(CommandCatalog commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var nl = DutchTexts.Instance;
        var en = EnglishTexts.Instance;
        return
        [
            ("welcome-personal.nl", WelcomeCard.Build(nl, ConversationKind.Personal, "Fatima", null)),
            ("welcome-personal.en", WelcomeCard.Build(en, ConversationKind.Personal, "Sander", null)),
            ("welcome-groupchat.nl", WelcomeCard.Build(nl, ConversationKind.GroupChat, null, null)),
            ("welcome-channel.nl", WelcomeCard.Build(nl, ConversationKind.Channel, null, "Wijkaanpak Havenkwartier")),
            ("welcome-channel.en", WelcomeCard.Build(en, ConversationKind.Channel, null, "Wijkaanpak Havenkwartier")),
            ("help.nl", HelpCard.Build(commands, nl)),
            ("help.en", HelpCard.Build(commands, en)),
            .. Coalitions.CoalitionCards.Samples(),
            .. Contracts.ContractCards.Samples(),
            .. Commitments.CommitmentCards.Samples(),
            .. Privacy.PrivacyCards.Samples(),
            .. Exchange.ExchangeCards.Samples(),
            .. CheckIns.CheckInCards.Samples(),
            .. CheckIns.Results.ResultsCards.Samples(),
            .. CheckIns.Burgerpanel.BurgerpanelCards.Samples(),
        ];
    }

    /// <summary>Writes one <c>NAME.json</c> per card into <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(CommandCatalog commands, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var (name, card) in All(commands))
        {
            var path = Path.Combine(directory, name + ".json");
            File.WriteAllText(path, card.ToJson(indented: true));
            files.Add(path);
        }

        return files;
    }
}
