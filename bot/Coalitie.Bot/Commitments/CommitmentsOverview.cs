using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Domain.Commitments;

namespace Coalitie.Bot.Commitments;

/// <summary>The commitments' block on the <c>coalitie</c> overview card: how many, per status.</summary>
internal sealed class CommitmentsOverview(CommitmentService service, CommitmentViews views) : ICoalitionOverviewContributor
{
    public async Task<OverviewSection?> DescribeAsync(CoalitionScope scope, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var commitments = await service.ListAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (commitments.Count == 0)
        {
            return null;
        }

        var t = CommitmentsTexts.For(language);
        var rows = await views.RowsAsync(scope, commitments, cancellationToken).ConfigureAwait(false);
        var facts = Enum.GetValues<CommitmentStatus>()
            .Select(status => (status, count: rows.Count(r => r.Status == status)))
            .Where(x => x.count > 0)
            .Select(x => new OverviewFact(t.StatusName(x.status), x.count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new OverviewSection(t.ListTitle(null, commitments.Count), facts, Order: 30);
    }
}
