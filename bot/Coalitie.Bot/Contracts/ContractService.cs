using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Security;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.Contracts;

/// <summary>The partners as the contract shows them: every name by id (left ones too) and which are active.</summary>
public sealed record ContractPartners(IReadOnlyDictionary<Guid, string> Names, IReadOnlyList<PartnerOption> Active)
{
    /// <summary>Names of the active partners only (to count who of them signed).</summary>
    public IReadOnlyDictionary<Guid, string> ActiveNames => Active.ToDictionary(p => p.Id, p => p.Name);
}

/// <summary>
/// Loads and saves the coalition's contract. Every change is audited in the same unit of work
/// (<see cref="AuditLog.Record(CoalitionScope, string, string, string, string?, string?, string?)"/> before
/// <c>SaveChangesAsync</c>); values in the audit are canonical text and ids, never people's names.
/// </summary>
public sealed partial class ContractService(
    CoalitieDbContext db, AuditLog audit, PartnerDirectory partners, IClock clock, IOptions<ContractOptions> options, ILogger<ContractService> logger)
{
    public const string EntityType = "LocalContract";

    public ContractRules Rules { get; } = options.Value.ToRules();

    /// <summary>The coalition's contract (tracked, with programmes, signatures and versions), or null.</summary>
    public async Task<LocalContract?> FindAsync(Guid coalitionId, CancellationToken cancellationToken) =>
        await db.Set<LocalContract>().FirstOrDefaultAsync(c => c.CoalitionId == coalitionId, cancellationToken).ConfigureAwait(false);

    /// <summary>Today in the coalition's time zone.</summary>
    public LocalDate Today(CoalitionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(scope.TimeZoneId) ?? DateTimeZoneProviders.Tzdb[Coalition.DefaultTimeZoneId];
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    public async Task<ContractPartners> PartnersAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var all = await partners.ListAsync(coalitionId, includeLeft: true, cancellationToken).ConfigureAwait(false);
        return new ContractPartners(
            all.ToDictionary(p => p.Id, p => p.Name),
            all.Where(p => !p.HasLeft).Select(p => new PartnerOption(p.Id, p.Name)).ToList());
    }

    /// <summary>Finds a partner by name (case- and accent-insensitive, with suggestions).</summary>
    public Task<PartnerMatch> FindPartnerAsync(Guid coalitionId, string name, CancellationToken cancellationToken) =>
        partners.FindAsync(coalitionId, name, cancellationToken);

    /// <summary>The names of the coalition's current procesregisseurs (for "ask … to change it").</summary>
    public async Task<IReadOnlyList<string>> ProcesregisseurNamesAsync(Guid coalitionId, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var names = await (
                from role in db.Set<RoleAssignment>().AsNoTracking()
                where role.CoalitionId == coalitionId && role.Role == CoalitionRole.Procesregisseur && (role.To == null || role.To > now)
                join person in db.Set<Person>().AsNoTracking() on role.PersonId equals person.Id
                where person.ErasedAt == null
                select person.DisplayName)
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return names.Order(StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Stores a new contract (version 1) with its audit.</summary>
    public async Task SaveNewAsync(CoalitionScope scope, LocalContract contract, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(contract);
        db.Set<LocalContract>().Add(contract);
        var version = contract.CurrentVersion;
        foreach (var change in version.Changes)
        {
            audit.Record(scope, EntityType, contract.Id.ToString(), "created", change.Field.ToString(), change.OldValue, change.NewValue);
        }

        audit.Record(scope, EntityType, contract.Id.ToString(), "version-added", "version", null, VersionText(version));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogVersion(logger, contract.Id, version.Number, scope.CoalitionId);
    }

    /// <summary>Stores a new version of a tracked contract with its audit (one entry per changed field).</summary>
    public async Task SaveVersionAsync(CoalitionScope scope, LocalContract contract, ContractVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(version);
        var previous = contract.VersionAt(version.Number - 1);
        foreach (var change in version.Changes)
        {
            audit.Record(scope, EntityType, contract.Id.ToString(), "updated", change.Field.ToString(), change.OldValue, change.NewValue);
        }

        audit.Record(scope, EntityType, contract.Id.ToString(), "version-added", "version", VersionText(previous), VersionText(version));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogVersion(logger, contract.Id, version.Number, scope.CoalitionId);
    }

    public async Task SaveSignatureAsync(CoalitionScope scope, LocalContract contract, Signatory signatory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(signatory);
        audit.Record(scope, EntityType, contract.Id.ToString(), "signed", "signatory:" + signatory.PartnerId, null,
            $"{signatory.Function}; {LocalDatePattern.Iso.Format(signatory.SignedOn)}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogSigned(logger, contract.Id, signatory.PartnerId, scope.CoalitionId);
    }

    public async Task SaveProgrammeAsync(CoalitionScope scope, LocalContract contract, ImplementationProgramme programme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(programme);
        audit.Record(scope, EntityType, contract.Id.ToString(), "programme-added", "programme:" + programme.Id, null,
            $"{programme.Name}; {LocalDatePattern.Iso.Format(programme.Start)}/{LocalDatePattern.Iso.Format(programme.End)}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogProgramme(logger, contract.Id, programme.Id, scope.CoalitionId);
    }

    /// <summary>Forgets unsaved changes after a failed save (e.g. a concurrent edit), so the turn can answer cleanly.</summary>
    public void Discard() => db.ChangeTracker.Clear();

    private static string VersionText(ContractVersion version) =>
        $"{version.Number} {version.Kind} {LocalDatePattern.Iso.Format(version.Date)}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} version {Number} saved in coalition {CoalitionId}")]
    private static partial void LogVersion(ILogger logger, Guid contractId, int number, Guid coalitionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} signed for partner {PartnerId} in coalition {CoalitionId}")]
    private static partial void LogSigned(ILogger logger, Guid contractId, Guid partnerId, Guid coalitionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Contract {ContractId} programme {ProgrammeId} added in coalition {CoalitionId}")]
    private static partial void LogProgramme(ILogger logger, Guid contractId, Guid programmeId, Guid coalitionId);
}
