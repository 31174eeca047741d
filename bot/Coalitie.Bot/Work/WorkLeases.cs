using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NodaTime;

namespace Coalitie.Bot.Work;

/// <summary>A row that instances claim with a lease (<see cref="ScheduledJob"/>, <see cref="DeliveryItem"/>).</summary>
public interface ILeasedWork
{
    Guid Id { get; }

    int Attempts { get; }

    string? LeaseOwner { get; }

    Instant? LeaseUntil { get; }
}

/// <summary>The id this process claims rows under: host name, process id and a random part (ids only, no secrets).</summary>
public sealed class WorkInstance
{
    public WorkInstance()
    {
        var id = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        Id = id.Length <= 128 ? id : id[^128..];
    }

    public string Id { get; }
}

/// <summary>
/// The claim and release of leased rows, shared by <see cref="JobWorker"/> and <see cref="DeliverySender"/>. A claim is one
/// conditional <c>UPDATE … WHERE id = @id AND (lease_until IS NULL OR lease_until &lt; @now) AND &lt;claimable state&gt;</c>:
/// the database lets exactly one of several instances change the row (PostgreSQL re-checks the condition after the row
/// lock; SQLite serialises writers), so the caller that sees one affected row owns it until the lease ends.
/// </summary>
internal static class WorkLeases
{
    private const string LeaseOwner = nameof(ILeasedWork.LeaseOwner);
    private const string LeaseUntil = nameof(ILeasedWork.LeaseUntil);
    private const string Attempts = nameof(ILeasedWork.Attempts);
    private const string Id = nameof(ILeasedWork.Id);

    /// <summary>Ids of rows that are <paramref name="claimable"/> and not leased at <paramref name="now"/>, in the query's order.</summary>
    public static async Task<List<Guid>> CandidatesAsync<T>(
        IQueryable<T> claimable, Instant now, int take, CancellationToken ct)
        where T : class, ILeasedWork =>
        await claimable
            .Where(e => EF.Property<Instant?>(e, LeaseUntil) == null || EF.Property<Instant?>(e, LeaseUntil) < now)
            .Select(e => EF.Property<Guid>(e, Id))
            .Take(take)
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>
    /// Claims row <paramref name="id"/> for <paramref name="owner"/> until <paramref name="until"/> when it is still
    /// <paramref name="claimable"/> and its lease is free at <paramref name="now"/>; counts an attempt and applies
    /// <paramref name="alsoSet"/>. True when this caller won the row.
    /// </summary>
    public static async Task<bool> TryClaimAsync<T>(
        IQueryable<T> claimable, Guid id, string owner, Instant now, Instant until, Action<UpdateSettersBuilder<T>>? alsoSet, CancellationToken ct)
        where T : class, ILeasedWork
    {
        var changed = await claimable
            .Where(e => EF.Property<Guid>(e, Id) == id)
            .Where(e => EF.Property<Instant?>(e, LeaseUntil) == null || EF.Property<Instant?>(e, LeaseUntil) < now)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(e => EF.Property<string?>(e, LeaseOwner), owner)
                    .SetProperty(e => EF.Property<Instant?>(e, LeaseUntil), until)
                    .SetProperty(e => EF.Property<int>(e, Attempts), e => EF.Property<int>(e, Attempts) + 1);
                alsoSet?.Invoke(s);
            }, ct).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>
    /// Applies <paramref name="set"/> and frees the lease, but only while <paramref name="owner"/> still holds row
    /// <paramref name="id"/>. False when the lease was lost (it expired and another instance took the row).
    /// </summary>
    public static async Task<bool> ReleaseAsync<T>(
        CoalitieDbContext db, Guid id, string owner, Action<UpdateSettersBuilder<T>> set, CancellationToken ct)
        where T : class, ILeasedWork
    {
        var changed = await db.Set<T>()
            .Where(e => EF.Property<Guid>(e, Id) == id && EF.Property<string?>(e, LeaseOwner) == owner)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(e => EF.Property<string?>(e, LeaseOwner), (string?)null)
                    .SetProperty(e => EF.Property<Instant?>(e, LeaseUntil), (Instant?)null);
                set(s);
            }, ct).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>
    /// Delay before retry <paramref name="attempt"/> (1-based): <c>min(base · 2^(attempt-1), max)</c>, shortened by up to 20 %
    /// depending on <paramref name="id"/>, so a fan-out that failed together does not retry in one burst.
    /// </summary>
    public static Duration Backoff(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Guid id)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ticks = Math.Min(baseDelay.Ticks * Math.Pow(2, exponent), maxDelay.Ticks);
        var spread = (id.GetHashCode() & 0xFF) / 255d * 0.2;
        return Duration.FromTicks((long)(ticks * (1 - spread)));
    }
}
