using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Exchange;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Commitments;
using Coalitie.Domain.Contracts;
using Coalitie.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.Exchange;

/// <summary>A bot host on its own empty SQLite file, with helpers to build, export and import coalitions.</summary>
public sealed class ExchangeHost : IAsyncDisposable
{
    private readonly SqliteFile _file = new();
    private readonly FakeConnector _connector = new();

    public ExchangeHost()
    {
        Host = new BotHost(new SqliteStorage(_file.Path), _connector);
        _ = Host.Client;
    }

    public BotHost Host { get; }

    public FixtureIds NewIds() => new(_connector.ServiceUrl);

    public Instant Now => Host.Services.GetRequiredService<IClock>().GetCurrentInstant();

    public LocalDate Today => Now.InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;

    public async Task<ImportReport> ImportAsync(string fileName, byte[] content, string? teamId = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ExchangeImporter>();
        return await importer.ImportAsync(ExchangeFile.Read(fileName, content), teamId, CancellationToken.None);
    }

    public async Task<ExchangeWorkbook> ExportAsync(Guid coalitionId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExchangeExporter>().ExportAsync(coalitionId, CancellationToken.None);
    }

    public Task<Guid> CoalitionIdAsync(string teamId) =>
        Host.QueryAsync(db => db.Set<Coalition>().Where(c => c.TeamId == teamId).Select(c => c.Id).SingleAsync());

    /// <summary>How many rows the coalition data tables hold (to show that nothing was written).</summary>
    public Task<int> StoredRowsAsync() => Host.QueryAsync(async db =>
        await db.Set<Coalition>().CountAsync() + await db.Set<Partner>().CountAsync() + await db.Set<Person>().CountAsync()
        + await db.Set<RoleAssignment>().CountAsync() + await db.Set<LocalContract>().CountAsync() + await db.Set<GoalArea>().CountAsync()
        + await db.Set<Commitment>().CountAsync() + await db.Set<AuditEntry>().CountAsync());

    /// <summary>
    /// Builds a coalition through the domain's factories and transitions: three partners (one left, one changed
    /// representative), four people with roles, a contract with two versions, a programme and signatures, the NPRZ goal
    /// areas and three commitments with milestones and progress.
    /// </summary>
    public async Task<Guid> BuildCoalitionAsync(string teamId)
    {
        var now = Now;
        var today = Today;
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoalitieDbContext>();
        var coalition = Coalition.Create(Guid.NewGuid(), "Wijkaanpak Havenkwartier", "Havenkwartier", "Havenstad", teamId, teamId, "channel-stuurgroep-id", now);
        var id = coalition.Id;
        var fatima = Person.Create(Guid.NewGuid(), id, "user-id-0", null, "Fatima El Amrani");
        var sander = Person.Create(Guid.NewGuid(), id, "user-id-1", null, "Sander de Vries");
        var ingrid = Person.Create(Guid.NewGuid(), id, "user-id-2", null, "Ingrid Jansen");
        var mohammed = Person.Create(Guid.NewGuid(), id, "user-id-3", null, "Mohammed Bakker");
        var gemeente = Partner.Join(Guid.NewGuid(), id, "Gemeente Havenstad", PartnerDomain.Gemeente, VoetbalLine.Verdediging, new LocalDate(2025, 1, 15));
        var woon = Partner.Join(Guid.NewGuid(), id, "Woonpartners Zuid", PartnerDomain.Wonen, null, new LocalDate(2025, 1, 15));
        var zorg = Partner.Join(Guid.NewGuid(), id, "Zorggroep Zuid", PartnerDomain.ZorgEnWelzijn, VoetbalLine.Middenveld, new LocalDate(2025, 2, 1));
        var first = gemeente.ChangeRepresentative(Guid.NewGuid(), mohammed.Id, new LocalDate(2025, 1, 15));
        gemeente.ConfirmMandate(new LocalDate(2025, 1, 20), fatima.Id);
        var second = gemeente.ChangeRepresentative(Guid.NewGuid(), ingrid.Id, new LocalDate(2025, 9, 1));
        gemeente.ConfirmMandate(new LocalDate(2025, 9, 10), fatima.Id);
        var third = woon.ChangeRepresentative(Guid.NewGuid(), sander.Id, new LocalDate(2025, 2, 1));
        zorg.Leave(new LocalDate(2026, 3, 1));
        db.AddRange(coalition, fatima, sander, ingrid, mohammed, gemeente, woon, zorg);
        db.AddRange(first, second, third);
        db.AddRange(
            RoleAssignment.Procesregisseur(Guid.NewGuid(), id, fatima.Id, now),
            RoleAssignment.StuurgroepMember(Guid.NewGuid(), id, ingrid.Id, PartnerDomain.Gemeente, true, now),
            RoleAssignment.Representative(Guid.NewGuid(), id, ingrid.Id, gemeente.Id, now),
            RoleAssignment.Representative(Guid.NewGuid(), id, sander.Id, woon.Id, now));

        var rules = ContractRules.Default;
        var fields = new ContractFields("Lokaal contract Havenkwartier", "Havenkwartier", ContractKind.Contract, new LocalDate(2025, 1, 15),
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2044, 12, 31)), ReviewCycle.FromYears(4), "Samen werken aan kansen.", null);
        var contract = LocalContract.Create(Guid.NewGuid(), id, fields, new LocalDate(2025, 1, 15), "Ondertekend", rules);
        contract.Edit(fields with { Principles = "Samen werken aan kansen; scherper op wonen.", DocumentUrl = new Uri("https://havenstad.example.nl/contract.pdf") },
            ContractVersionKind.Aangescherpt, "Na de eerste jaarrapportage.", new LocalDate(2026, 6, 15), rules);
        var programme = contract.AddProgramme(Guid.NewGuid(), "Uitvoeringsprogramma 2025–2028", new LocalDate(2025, 1, 1), new LocalDate(2028, 12, 31), rules).Programme;
        contract.Sign(gemeente.Id, "Anouk Vermeulen", "burgemeester", new LocalDate(2025, 1, 15), today);
        contract.Sign(woon.Id, "Peter Smit", "directeur-bestuurder", new LocalDate(2025, 1, 15), today);
        db.Add(contract);

        var goals = GoalAreaList.Defaults(id, Guid.NewGuid);
        goals.Add(Guid.NewGuid(), "Schone straten", GoalAreaKind.Local);
        db.AddRange(goals.All);
        var wonen = goals.All.First(g => g.Name == "Wonen" && g.Kind == GoalAreaKind.CoreGoal);
        var school = goals.All.First(g => g.Name == "School");

        var leegstand = Commitment.Create(Guid.NewGuid(), id, 1, new CommitmentDraft(woon.Id, "Minder leegstand in de portiekflats", "Renoveren en verhuren.", wonen.Id,
            new Indicator("Leegstaande woningen", "woningen", Direction.LowerIsBetter), new DatedValue(42, new LocalDate(2025, 1, 1)), new DatedValue(15, new LocalDate(2028, 12, 31)),
            [new DatedValue(30, new LocalDate(2026, 12, 31))], programme.Id, "Bewoonde flats maken de straat veiliger."), now);
        leegstand.ReportProgress(Guid.NewGuid(), 39, new LocalDate(2025, 6, 30), null, sander.Id, now, today);
        leegstand.ReportProgress(Guid.NewGuid(), 33.5m, new LocalDate(2026, 6, 30), "Eerste blok klaar.", sander.Id, now + Duration.FromSeconds(1), today);
        var school1 = Commitment.Create(Guid.NewGuid(), id, 2, new CommitmentDraft(gemeente.Id, "Vroegtijdig schoolverlaten", null, school.Id,
            new Indicator("Voortijdig schoolverlaters", "%", Direction.LowerIsBetter), new DatedValue(4.6m, new LocalDate(2024, 10, 1)), new DatedValue(2.5m, new LocalDate(2028, 10, 1)),
            [], null, null), now);
        school1.ReportProgress(Guid.NewGuid(), 4.1m, new LocalDate(2025, 10, 1), null, null, now, today);
        var noGoal = Commitment.Create(Guid.NewGuid(), id, 3, new CommitmentDraft(zorg.Id, "Wachttijd jeugdhulp", null, null,
            new Indicator("Wachttijd", "weken", Direction.LowerIsBetter), new DatedValue(14, new LocalDate(2025, 2, 1)), new DatedValue(6, new LocalDate(2026, 2, 1)),
            [], null, null), now);
        noGoal.ReportProgress(Guid.NewGuid(), 6, new LocalDate(2026, 1, 15), "Gehaald.", null, now, today);
        db.AddRange(leegstand, school1, noGoal);
        await db.SaveChangesAsync();
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _connector.Dispose();
        _file.Dispose();
    }
}
