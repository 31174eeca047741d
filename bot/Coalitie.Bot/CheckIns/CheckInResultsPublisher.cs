using System.ComponentModel.DataAnnotations;
using Coalitie.Bot.CheckIns.Results;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.CheckIns.Results;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// Section <c>CheckIns:Signals</c>: when the results say collaboration may be getting stuck (<i>vastlopen</i>). Both values
/// are on the reference scale 1–5 and converted to a round's own scale. The texts give no thresholds; these are choices.
/// </summary>
public sealed class StuckSignalSettings
{
    public const string SectionName = "CheckIns:Signals";

    /// <summary>A factor whose mean is below this is weak (default 2,5).</summary>
    [Range(1.0, 5.0)]
    public decimal WeakBelow { get; set; } = 2.5m;

    /// <summary>A fall of the mean by at least this much since the previous round counts (default 0,5).</summary>
    [Range(0.1, 4.0)]
    public decimal Drop { get; set; } = 0.5m;

    /// <summary>Report "falling two rounds in a row" as its own, stronger signal.</summary>
    public bool ReportDroppedTwice { get; set; } = true;

    public StuckSignalOptions ToOptions() => new(WeakBelow, Drop, ReportDroppedTwice);
}

/// <summary>
/// The results of a closed round: the report (against earlier closed rounds of the coalition), its card, the per-group
/// card and the workbook; and, when a round closes, one outbox row per procesregisseur and stuurgroep member with the card
/// in their own language — the vastlopen signals are on it, first.
/// </summary>
public sealed class CheckInResultsPublisher(CheckInService service, CoalitieDbContext db, IOptions<StuckSignalSettings> signals)
{
    /// <summary>Stages the results card for the procesregisseurs and the stuurgroep (outbox keys per round and person: once).</summary>
    public async Task<int> PublishAsync(CheckInRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(round);
        var coalition = await service.CoalitionAsync(round.CoalitionId, ct).ConfigureAwait(false);
        if (coalition is null || round.Status != RoundStatus.Closed)
        {
            return 0;
        }

        var report = await ReportAsync(round, ct).ConfigureAwait(false);
        var people = await service.PeopleInRolesAsync(coalition, [CoalitionRole.Procesregisseur, CoalitionRole.StuurgroepMember], ct).ConfigureAwait(false);
        foreach (var person in people)
        {
            var card = ResultsCards.Build(ResultsTexts.For(person.Language), report);
            await service.EnqueueAsync(coalition, CheckInService.ResultsPurpose, $"checkin-results:{round.Id}:{person.PersonId}", person, card, ct).ConfigureAwait(false);
        }

        return people.Count;
    }

    /// <summary>The report of a closed round, with the trend against the coalition's rounds that closed before it.</summary>
    public async Task<RoundResultsReport> ReportAsync(CheckInRound round, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(round);
        var earlier = await db.Set<CheckInRound>().AsNoTracking()
            .Where(r => r.CoalitionId == round.CoalitionId && r.Id != round.Id && r.Status == RoundStatus.Closed)
            .ToListAsync(ct).ConfigureAwait(false);
        var names = await db.Set<Partner>().AsNoTracking().Where(p => p.CoalitionId == round.CoalitionId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct).ConfigureAwait(false);
        return RoundResultsReport.Build(round, [.. earlier.Where(r => r.ClosedAt < round.ClosedAt)], names, signals.Value.ToOptions());
    }

    public async Task<AdaptiveCard> CardAsync(CheckInRound round, Language language, CancellationToken ct) =>
        ResultsCards.Build(ResultsTexts.For(language), await ReportAsync(round, ct).ConfigureAwait(false));
}
