using Coalitie.Bot.Cards;
using Coalitie.Bot.Localization;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.Conversations;

/// <summary>The card the bot posts when it is installed: one text per scope and a button to the help card.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(ITexts texts, ConversationKind kind, string? userFirstName, string? teamName)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var intro = kind switch
        {
            ConversationKind.Personal => texts.WelcomePersonal(userFirstName),
            ConversationKind.GroupChat => texts.WelcomeGroupChat,
            _ => texts.WelcomeChannel(teamName),
        };

        return new AdaptiveCard
        {
            FallbackText = intro,
            Body =
            [
                new TextBlock { Text = texts.WelcomeTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
                new TextBlock { Text = intro, Wrap = true },
                new TextBlock { Text = texts.WelcomeNextStep, Wrap = true, IsSubtle = true },
            ],
            Actions =
            [
                new ExecuteAction
                {
                    Title = texts.ShowHelpButton,
                    Verb = CardVerbs.HelpShow,
                    Data = VersionedData.V1,
                    Fallback = new SubmitAction { Title = texts.ShowHelpButton, Data = new LegacyVerbData(CardVerbs.HelpShow, VersionedData.Current) },
                },
            ],
        };
    }
}

/// <summary>Action.Submit fallback data: the verb travels in the data (see <c>CardActionRequest.LegacyVerbProperty</c>).</summary>
public sealed record LegacyVerbData(string Verb, int V);
