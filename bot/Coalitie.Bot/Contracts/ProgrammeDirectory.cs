using Coalitie.Bot.Persistence;
using Coalitie.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Contracts;

/// <summary>An implementation programme as other features see it (e.g. the commitment form's programme choice).</summary>
/// <param name="Id">What a commitment links to.</param>
/// <param name="Name">E.g. "Uitvoeringsprogramma 2026–2029".</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive).</param>
public sealed record ProgrammeSummary(Guid Id, string Name, LocalDate Start, LocalDate End)
{
    /// <summary>Whether the programme runs on <paramref name="date"/>.</summary>
    public bool RunsOn(LocalDate date) => Start <= date && date <= End;
}

/// <summary>Read-only access to a coalition's implementation programmes, oldest first. Empty without a contract.</summary>
public sealed class ProgrammeDirectory(CoalitieDbContext db)
{
    public async Task<IReadOnlyList<ProgrammeSummary>> ListAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var contract = await db.Set<LocalContract>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.CoalitionId == coalitionId, cancellationToken).ConfigureAwait(false);
        return contract is null
            ? []
            : contract.Programmes.Select(p => new ProgrammeSummary(p.Id, p.Name, p.Start, p.End)).ToList();
    }

    /// <summary>One programme of the coalition by id, or null (unknown, or another coalition's).</summary>
    public async Task<ProgrammeSummary?> FindAsync(Guid coalitionId, Guid programmeId, CancellationToken cancellationToken)
    {
        var programmes = await ListAsync(coalitionId, cancellationToken).ConfigureAwait(false);
        return programmes.FirstOrDefault(p => p.Id == programmeId);
    }
}
