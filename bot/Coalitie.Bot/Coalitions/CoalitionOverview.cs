using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;

namespace Coalitie.Bot.Coalitions;

/// <summary>A block of facts another feature adds to the <c>coalitie</c> overview card (e.g. contract, commitments).</summary>
public sealed record OverviewSection(string Title, IReadOnlyList<OverviewFact> Facts, int Order = 100);

public sealed record OverviewFact(string Title, string Value);

/// <summary>
/// The place for other features in the overview card: register an implementation with
/// <c>services.AddScoped&lt;ICoalitionOverviewContributor, X&gt;()</c>; its section appears under the coalition's own
/// facts, in <see cref="OverviewSection.Order"/>. Return null to show nothing.
/// </summary>
public interface ICoalitionOverviewContributor
{
    Task<OverviewSection?> DescribeAsync(CoalitionScope scope, Language language, CancellationToken cancellationToken);
}
