using Coalitie.Bot.Localization;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Teams.Cards;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// The results of a closed round: the card (for <c>checkin uitslag</c>) and, when a round closes, one outbox row per
/// procesregisseur and stuurgroep member with the card in their language.
/// </summary>
public sealed class CheckInResultsPublisher(CheckInService service)
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

        var people = await service.PeopleInRolesAsync(coalition, [CoalitionRole.Procesregisseur, CoalitionRole.StuurgroepMember], ct).ConfigureAwait(false);
        foreach (var person in people)
        {
            var card = await CardAsync(round, person.Language, ct).ConfigureAwait(false);
            await service.EnqueueAsync(coalition, CheckInService.ResultsPurpose, $"checkin-results:{round.Id}:{person.PersonId}", person, card, ct).ConfigureAwait(false);
        }

        return people.Count;
    }

    public Task<AdaptiveCard> CardAsync(CheckInRound round, Language language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(round);
        var t = CheckInTexts.For(language);
        var answered = round.Requests.Count(r => r.IsAnswered);
        AdaptiveCard card = new()
        {
            FallbackText = round.Plan.Name,
            Body = [new TextBlock { Text = $"{round.Plan.Name}: {answered} / {round.Requests.Count}", Wrap = true }],
        };
        _ = t;
        _ = ct;
        return Task.FromResult(card);
    }
}
