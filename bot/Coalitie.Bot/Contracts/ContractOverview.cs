using System.Globalization;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;

namespace Coalitie.Bot.Contracts;

/// <summary>The contract's block on the <c>coalitie</c> overview card: title, horizon and the next review.</summary>
internal sealed class ContractOverview(ContractService contracts) : ICoalitionOverviewContributor
{
    public async Task<OverviewSection?> DescribeAsync(CoalitionScope scope, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var contract = await contracts.FindAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (contract is null)
        {
            return null;
        }

        var t = ContractsTexts.For(language);
        var facts = new List<OverviewFact>
        {
            new(t.HorizonLabel, string.Create(CultureInfo.InvariantCulture, $"{contract.HorizonStart.Year}–{contract.HorizonEnd.Year}")),
        };
        if (contract.NextReviewDate is { } review)
        {
            facts.Add(new OverviewFact(t.ReviewLabel, t.Date(review)));
        }

        return new OverviewSection(contract.Title, facts, Order: 20);
    }
}
