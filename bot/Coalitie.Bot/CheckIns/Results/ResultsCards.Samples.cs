using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.CheckIns.Results;

public static partial class ResultsCards
{
    /// <summary>
    /// Every results card with realistic data (Wijkaanpak Havenkwartier), Dutch and English, for the card catalogue:
    /// ronde Q1 2027 with its trend and a "twee rondes op rij" signal, its details per domain and partner (with
    /// hidden groups), a first round without trend, a round nobody answered, and the worst case for size.
    /// </summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var nl = ResultsTexts.For(Language.Nl);
        var en = ResultsTexts.For(Language.En);

        var quarter = SampleQuarterReport();
        yield return ("results.nl", Build(nl, quarter));
        yield return ("results.en", Build(en, quarter));
        yield return ("results-table-open.nl", Build(nl, quarter, new ResultsCardOptions(TableVisible: true)));
        yield return ("results-groups.nl", ByGroup(nl, quarter));
        yield return ("results-groups.en", ByGroup(en, quarter));

        var first = RoundResultsReport.Build(ResultsSampleRounds.FirstRound(), [], ResultsSampleRounds.PartnerNames, StuckSignalOptions.Default);
        yield return ("results-first-round.nl", Build(nl, first));
        yield return ("results-first-round.en", Build(en, first));
        yield return ("results-first-round-groups.nl", ByGroup(nl, first));

        var unanswered = RoundResultsReport.Build(ResultsSampleRounds.Unanswered(), [], ResultsSampleRounds.PartnerNames, StuckSignalOptions.Default);
        yield return ("results-no-answers.nl", Build(nl, unanswered));
        yield return ("results-no-answers.en", Build(en, unanswered));
        yield return ("results-no-answers-groups.nl", ByGroup(nl, unanswered));

        var worst = SampleWorstCaseReport();
        yield return ("results-worst-case.nl", Build(nl, worst, new ResultsCardOptions(TableVisible: true)));
        yield return ("results-worst-case.en", Build(en, worst, new ResultsCardOptions(TableVisible: true)));
        yield return ("results-groups-worst-case.nl", ByGroup(nl, worst));
        yield return ("results-groups-worst-case.en", ByGroup(en, worst));
    }

    /// <summary>Ronde Q1 2027 of Havenkwartier against Q3 and Q4 2026.</summary>
    internal static RoundResultsReport SampleQuarterReport()
    {
        var (round, earlier) = ResultsSampleRounds.Quarters();
        return RoundResultsReport.Build(round, earlier, ResultsSampleRounds.PartnerNames, StuckSignalOptions.Default);
    }

    /// <summary>The largest report the samples make (see <see cref="ResultsSampleRounds.WorstCase"/>).</summary>
    internal static RoundResultsReport SampleWorstCaseReport()
    {
        var (round, earlier, names) = ResultsSampleRounds.WorstCase();
        return RoundResultsReport.Build(round, earlier, names, StuckSignalOptions.Default);
    }
}
