using System.Globalization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using NodaTime;
using ResultScore = Coalitie.Domain.CheckIns.Results.FactorScore;

namespace Coalitie.Bot.CheckIns.Results;

/// <summary>How a report treats the respondents' comments (docs/checkin-results.md, "Comments").</summary>
public enum CommentsPolicy
{
    /// <summary>A named round: each comment carries the partner and domain its respondent answered for.</summary>
    Attributed,

    /// <summary>
    /// A pseudonymous or anonymous round with at least the anonymity threshold of answers: comments without partner,
    /// domain or respondent, ordered by factor and then by text so that one person's comments cannot be chained.
    /// </summary>
    Unattributed,

    /// <summary>A pseudonymous or anonymous round with fewer answers than the threshold: no comments at all.</summary>
    Withheld,
}

/// <summary>
/// One comment of the report. <see cref="Factor"/> is null for the overall comment. <see cref="PartnerId"/>,
/// <see cref="PartnerName"/> and <see cref="Domain"/> are only filled under <see cref="CommentsPolicy.Attributed"/>.
/// </summary>
public sealed record ReportComment(char? Factor, string Text, Guid? PartnerId, string? PartnerName, PartnerDomain? Domain);

/// <summary>
/// One group (a domain or a partner) that the anonymity rule allows to show. Exactly one of <see cref="Domain"/> and
/// <see cref="PartnerId"/> is set; <see cref="PartnerName"/> is null when the partner is not in the names given.
/// Single cells may still be suppressed (<see cref="GroupFactorResult.Suppressed"/>).
/// </summary>
public sealed record ResultGroup(PartnerDomain? Domain, Guid? PartnerId, string? PartnerName, int Respondents, IReadOnlyList<GroupFactorResult> Factors)
{
    public GroupFactorResult Factor(char factor) => Factors.Single(f => f.Factor == factor);
}

/// <summary>
/// Everything the results card and the workbook show about one closed round, built once by <see cref="Build"/>. It
/// holds figures, names of partners and domains, and (depending on visibility) comments; it never holds a person id,
/// a request id or who answered what, so nothing built from it can leak them.
/// </summary>
public sealed class RoundResultsReport
{
    /// <summary>Partner names sort as Dutch readers expect, the same on every machine.</summary>
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    private RoundResultsReport(CheckInRound round, RoundResults results, RoundTrend trend, string? previousRoundName, IReadOnlyList<StuckSignal> signals, StuckSignalOptions options)
    {
        var plan = round.Plan;
        RoundId = round.Id;
        Name = plan.Name;
        OpenedAt = round.OpenedAt;
        ClosedAt = round.ClosedAt!.Value;
        Zone = plan.Zone;
        Scale = plan.Scale;
        Visibility = plan.Visibility.Mode;
        MinimumGroupSize = plan.Visibility.MinimumGroupSize;
        Formality = plan.Coalition.Formality;
        CoalitionSize = plan.Coalition.PartnerCount;
        SubNetworkName = plan.SubNetwork?.Name;
        SubNetworkSize = plan.SubNetwork?.PartnerIds.Count;
        Results = results;
        Trend = trend;
        PreviousRoundName = previousRoundName;
        Signals = signals;
        Options = options;
        WeakBelow = options.WeakBelowOn(plan.Scale.Minimum, plan.Scale.Maximum);
    }

    public Guid RoundId { get; }

    public string Name { get; }

    public Instant? OpenedAt { get; }

    public Instant ClosedAt { get; }

    /// <summary>The coalition's time zone, for showing dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The round's own scale, with its labels.</summary>
    public CheckInScale Scale { get; }

    public VisibilityMode Visibility { get; }

    /// <summary>The anonymity threshold of the round (groups with fewer respondents are hidden).</summary>
    public int MinimumGroupSize { get; }

    /// <summary>The coalition's formality when the round was planned (the texts say it colours the scores).</summary>
    public CoalitionFormality Formality { get; }

    /// <summary>The number of partners when the round was planned (the texts say size colours the scores).</summary>
    public int CoalitionSize { get; }

    public string? SubNetworkName { get; }

    public int? SubNetworkSize { get; }

    /// <summary>The figures (totals always; splits as the anonymity rule allows).</summary>
    public RoundResults Results { get; }

    /// <summary>The trend against the previous comparable round, and the three weakest factors.</summary>
    public RoundTrend Trend { get; }

    /// <summary>The name of the round <see cref="Trend"/> compares with; null for a first round.</summary>
    public string? PreviousRoundName { get; }

    /// <summary>The <i>vastlopen</i> signals, ordered by factor, then kind.</summary>
    public IReadOnlyList<StuckSignal> Signals { get; }

    public StuckSignalOptions Options { get; }

    /// <summary>The weak threshold converted to this round's scale.</summary>
    public decimal WeakBelow { get; }

    /// <summary>The domains shown (not suppressed), in the order of <see cref="PartnerDomain"/>.</summary>
    public IReadOnlyList<ResultGroup> Domains { get; private init; } = [];

    /// <summary>How many domains had respondents but are hidden for anonymity.</summary>
    public int HiddenDomains { get; private init; }

    /// <summary>The partners shown (not suppressed), ordered by name.</summary>
    public IReadOnlyList<ResultGroup> Partners { get; private init; } = [];

    /// <summary>How many partners had respondents but are hidden for anonymity.</summary>
    public int HiddenPartners { get; private init; }

    public CommentsPolicy CommentsPolicy { get; private init; }

    /// <summary>The comments as <see cref="CommentsPolicy"/> allows (empty when withheld).</summary>
    public IReadOnlyList<ReportComment> Comments { get; private init; } = [];

    /// <summary>Whether anybody gave a scale answer (otherwise there are no results to show).</summary>
    public bool HasAnswers => Results.Respondents > 0;

    public FactorStatistics Factor(char factor) => Results.Factor(factor);

    /// <summary>
    /// The report of the closed <paramref name="round"/>. Each request is one invited respondent (its id is the
    /// opaque respondent key); each answered request gives one score per factor ("weet niet" = no score) for the
    /// request's partner and domain; scale and anonymity threshold come from the round's plan. The trend and the
    /// signals use those of <paramref name="earlierClosedRounds"/> that belong to the same coalition, are closed
    /// before this round, and asked the same sub-network (or, like this round, none); others are ignored.
    /// </summary>
    /// <param name="round">A closed round.</param>
    /// <param name="earlierClosedRounds">Earlier rounds of the coalition, in any order.</param>
    /// <param name="partnerNames">The names of the coalition's partners, for the split per partner and the comments.</param>
    /// <param name="options">The signal thresholds.</param>
    /// <exception cref="ArgumentException">The round is not closed.</exception>
    /// <exception cref="Domain.Common.DomainException">Invalid <paramref name="options"/> (<see cref="ResultsErrors"/>).</exception>
    public static RoundResultsReport Build(CheckInRound round, IReadOnlyList<CheckInRound> earlierClosedRounds, IReadOnlyDictionary<Guid, string> partnerNames, StuckSignalOptions options)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(earlierClosedRounds);
        ArgumentNullException.ThrowIfNull(partnerNames);
        ArgumentNullException.ThrowIfNull(options);
        if (round.Status != RoundStatus.Closed || round.ClosedAt is null)
        {
            throw new ArgumentException($"Round {round.Id} is not closed; results exist only for closed rounds.", nameof(round));
        }

        var rules = new StuckSignalRules(options);
        var results = RoundResults.Compute(InputOf(round));
        var earlier = earlierClosedRounds
            .Where(r => r.Id != round.Id
                && r.CoalitionId == round.CoalitionId
                && r.Status == RoundStatus.Closed
                && r.ClosedAt < round.ClosedAt
                && Equals(r.Plan.SubNetwork, round.Plan.SubNetwork))
            .ToList();
        var earlierResults = earlier.Select(r => RoundResults.Compute(InputOf(r))).ToList();
        var trend = RoundTrend.Compare(results, earlierResults);
        var previousName = trend.PreviousRoundId is { } previousId ? earlier.First(r => r.Id == previousId).Plan.Name : null;
        var signals = rules.Evaluate(results, earlierResults);

        var (policy, comments) = CommentsOf(round, partnerNames);
        return new RoundResultsReport(round, results, trend, previousName, signals, options)
        {
            Domains = [.. results.ByDomain.Where(g => !g.Suppressed).Select(g => new ResultGroup(g.Key, null, null, g.Respondents!.Value, g.Factors))],
            HiddenDomains = results.ByDomain.Count(g => g.Suppressed),
            Partners = [.. results.ByPartner
                .Where(g => !g.Suppressed)
                .Select(g => new ResultGroup(null, g.Key, partnerNames.GetValueOrDefault(g.Key), g.Respondents!.Value, g.Factors))
                .OrderBy(g => g.PartnerName is null)
                .ThenBy(g => g.PartnerName, NameOrder)
                .ThenBy(g => g.PartnerId)],
            HiddenPartners = results.ByPartner.Count(g => g.Suppressed),
            CommentsPolicy = policy,
            Comments = comments,
        };
    }

    /// <summary>The domain input of a closed round: one score per answered request and factor.</summary>
    internal static RoundInput InputOf(CheckInRound round)
    {
        var scale = round.Plan.Scale;
        var scores = new List<ResultScore>();
        foreach (var request in round.Requests)
        {
            if (request.Answer is not { } answer)
            {
                continue;
            }

            var key = request.Id.ToString("N", CultureInfo.InvariantCulture);
            scores.AddRange(answer.Factors.Select(f => new ResultScore(key, f.Key, f.Value.Score.Value, request.PartnerId, request.Domain)));
        }

        return new RoundInput(
            round.Id,
            round.Plan.Name,
            round.ClosedAt!.Value,
            round.Requests.Count,
            scores,
            scale.Minimum,
            scale.Maximum,
            round.Plan.Visibility.MinimumGroupSize);
    }

    private static (CommentsPolicy, IReadOnlyList<ReportComment>) CommentsOf(CheckInRound round, IReadOnlyDictionary<Guid, string> partnerNames)
    {
        var answered = round.Requests.Where(r => r.Answer is not null).ToList();
        var named = round.Plan.Visibility.Mode == VisibilityMode.Named;
        if (!named && answered.Count < round.Plan.Visibility.MinimumGroupSize)
        {
            return (CommentsPolicy.Withheld, []);
        }

        var comments = new List<ReportComment>();
        foreach (var request in answered)
        {
            var answer = request.Answer!;
            var partnerId = named ? request.PartnerId : null;
            var partnerName = partnerId is { } id ? partnerNames.GetValueOrDefault(id) : null;
            var domain = named ? request.Domain : null;
            comments.AddRange(answer.Factors
                .Where(f => f.Value.Comment is not null)
                .Select(f => new ReportComment(f.Key, f.Value.Comment!, partnerId, partnerName, domain)));
            if (answer.OverallComment is { } overall)
            {
                comments.Add(new ReportComment(null, overall, partnerId, partnerName, domain));
            }
        }

        // Named: by factor, then by partner (people see who said what). Otherwise by factor, then by text, so that
        // the order of the requests (and thus one person's set of comments) cannot be read back.
        var ordered = named
            ? comments.OrderBy(c => c.Factor ?? 'z').ThenBy(c => c.PartnerName ?? "\uffff", NameOrder).ThenBy(c => c.Text, StringComparer.Ordinal)
            : comments.OrderBy(c => c.Factor ?? 'z').ThenBy(c => c.Text, StringComparer.Ordinal);
        return (named ? CommentsPolicy.Attributed : CommentsPolicy.Unattributed, [.. ordered]);
    }
}
