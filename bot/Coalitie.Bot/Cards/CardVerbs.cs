namespace Coalitie.Bot.Cards;

/// <summary>Every card verb the bot handles, in one place. Card data records carry <c>v</c> (their version).</summary>
public static class CardVerbs
{
    /// <summary>Show the help card in place of the card that had the button.</summary>
    public const string HelpShow = "help.show";

    /// <summary>The plan card for the partnership's first slagvaardigheid check-in (from the coalition's setup receipt).</summary>
    public const string CheckInFirstRound = "checkin.plan.first";
}

/// <summary>The data of an action whose only content is its version.</summary>
public sealed record VersionedData(int V)
{
    public const int Current = 1;

    public static VersionedData V1 { get; } = new(Current);
}
