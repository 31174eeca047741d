using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Contracts;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Teams.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Commitments;

/// <summary>The audit trail's names for commitments.</summary>
public static class CommitmentAudit
{
    public const string EntityType = "Commitment";
    public const string Created = "created";
    public const string Updated = "updated";
    public const string ProgressReported = "progress-reported";
}

/// <summary>
/// What the commitment handlers share: the turn's coalition, today's date in its time zone, the status rules, and reading
/// commitments, goal areas, partners and people of the coalition.
/// </summary>
public sealed class CommitmentService(
    CoalitieDbContext db,
    ICoalitionResolver resolver,
    IAuthorizer authorizer,
    IClock clock,
    IOptions<CommitmentStatusOptions> options,
    PartnerDirectory partners,
    PersonDirectory people,
    ProgrammeDirectory programmes,
    AuditLog audit,
    CoalitionGate gate)
{
    private CommitmentStatusRules? _rules;

    public CommitmentStatusRules Rules => _rules ??= options.Value.ToRules();

    public int StaleAfterDays => Rules.StaleAfterDays;

    public IAuthorizer Authorizer => authorizer;

    /// <summary>The shared entry check of every feature: coalition of the turn, capability, refusal text.</summary>
    public CoalitionGate Gate => gate;

    public AuditLog Audit => audit;

    public CoalitieDbContext Db => db;

    public IClock Clock => clock;

    public Task<CoalitionScope?> ScopeAsync(TurnContext turn, CancellationToken cancellationToken) => resolver.ResolveAsync(turn, cancellationToken);

    public static bool InTeam(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return CoalitionResolver.TeamIdOf(turn.Activity) is not null;
    }

    public static DateTimeZone ZoneOf(CoalitionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(scope.TimeZoneId) ?? DateTimeZoneProviders.Tzdb[Coalition.DefaultTimeZoneId];
    }

    public LocalDate Today(CoalitionScope scope) => clock.GetCurrentInstant().InZone(ZoneOf(scope)).Date;

    /// <summary>The coalition's goal areas (retired ones too), created from the NPRZ defaults on first use.</summary>
    public async Task<IReadOnlyList<GoalArea>> GoalAreasAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var areas = await db.Set<GoalArea>().Where(a => a.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (areas.Count > 0)
        {
            return new GoalAreaList(coalitionId, areas).All;
        }

        var defaults = GoalAreaList.Defaults(coalitionId, Guid.NewGuid);
        db.Set<GoalArea>().AddRange(defaults.All);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return defaults.All;
    }

    /// <summary>Every commitment of the coalition with its reports, by number.</summary>
    public async Task<List<Commitment>> ListAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var list = await db.Set<Commitment>().Where(c => c.CoalitionId == coalitionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. list.OrderBy(c => c.Number)];
    }

    public async Task<Commitment?> FindAsync(Guid coalitionId, int number, CancellationToken cancellationToken) =>
        await db.Set<Commitment>().FirstOrDefaultAsync(c => c.CoalitionId == coalitionId && c.Number == number, cancellationToken).ConfigureAwait(false);

    public async Task<int> NextNumberAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var max = await db.Set<Commitment>().Where(c => c.CoalitionId == coalitionId).MaxAsync(c => (int?)c.Number, cancellationToken).ConfigureAwait(false);
        return (max ?? 0) + 1;
    }

    public async Task<IReadOnlyList<Partner>> PartnersAsync(Guid coalitionId, bool includeLeft, CancellationToken cancellationToken) =>
        await partners.ListAsync(coalitionId, includeLeft, cancellationToken).ConfigureAwait(false);

    public Task<PartnerMatch> FindPartnerAsync(Guid coalitionId, string name, CancellationToken cancellationToken) =>
        partners.FindAsync(coalitionId, name, cancellationToken);

    /// <summary>The coalition's implementation programmes, oldest first (empty without a contract).</summary>
    public Task<IReadOnlyList<ProgrammeSummary>> ProgrammesAsync(Guid coalitionId, CancellationToken cancellationToken) =>
        programmes.ListAsync(coalitionId, cancellationToken);

    /// <summary>The programme a commitment links to, or null (none, or no longer in the contract).</summary>
    public async Task<ProgrammeSummary?> ProgrammeOfAsync(Commitment commitment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.ProgrammeId is { } id
            ? await programmes.FindAsync(commitment.CoalitionId, id, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>Display names of people by id (erased people show their pseudonym).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken)
    {
        var found = await people.GetManyAsync(personIds, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(p => p.Key, p => p.Value.DisplayName);
    }

    /// <summary>
    /// The commitment a user means by <paramref name="input"/> (<c>T-17</c>, <c>t17</c>, <c>17</c>), or suggestions:
    /// numbers one keystroke away, else titles that contain the words typed.
    /// </summary>
    public static (Commitment? Match, IReadOnlyList<string> Suggestions) Resolve(IReadOnlyList<Commitment> commitments, string input)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        if (CommitmentNumber.TryParse(input, out var number))
        {
            var exact = commitments.FirstOrDefault(c => c.Number == number);
            if (exact is not null)
            {
                return (exact, []);
            }

            var typed = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var near = commitments
                .Select(c => (c, Distance: CommandCatalog.Distance(typed, c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                .Where(x => x.Distance <= 1)
                .OrderBy(x => x.Distance).ThenBy(x => Math.Abs(x.c.Number - number))
                .Take(3)
                .Select(x => x.c.Code)
                .ToList();
            return (null, near);
        }

        var words = CommandCatalog.Normalize(input ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return (null, []);
        }

        var matching = commitments.Where(c =>
        {
            var title = CommandCatalog.Normalize(c.Title);
            return words.All(w => title.Contains(w, StringComparison.Ordinal));
        }).ToList();
        return matching.Count == 1 ? (matching[0], []) : (null, matching.Take(3).Select(c => c.Code).ToList());
    }
}
