using Coalitie.Bot.Persistence;
using Coalitie.Bot.Tests.Infrastructure;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Coalitie.Bot.Tests.CheckIns;

/// <summary>Check-in rounds, requests and answers in SQLite: round trip, one request per respondent, edited answers.</summary>
public sealed class CheckInStorageTests : IDisposable
{
    private static readonly Guid CoalitionId = Guid.Parse("6a1f4b8e-0c2d-4e5f-9a7b-3c1d2e4f5a60");
    private static readonly Guid Sander = Guid.Parse("0b7e7f3c-1d2a-4c5b-8e9f-a1b2c3d4e5f6");
    private static readonly Guid Ingrid = Guid.Parse("1c8f8a4d-2e3b-4d6c-9fa0-b2c3d4e5f6a7");
    private static readonly Guid PanelLink = Guid.Parse("2d9a9b5e-3f4c-4e7d-a0b1-c3d4e5f6a7b8");
    private static readonly Guid WoonpartnersZuid = Guid.Parse("3eab0c6f-4a5d-4f8e-b1c2-d4e5f6a7b8c9");
    private static readonly Instant PlannedAt = Instant.FromUtc(2027, 1, 4, 9, 0);
    private static readonly Instant OpensAt = Instant.FromUtc(2027, 1, 12, 9, 0);

    private readonly SqliteFile _file = new();

    [Fact]
    public async Task A_round_with_requests_and_an_answer_reads_back_unchanged()
    {
        var round = NewOpenRound(out var sanderRequest, out var panelRequest);
        round.Submit(sanderRequest.Id, Answers(4, "Goede sfeer in de stuurgroep"), OpensAt + Duration.FromHours(3));
        await SaveAsync(round);

        await using var db = Open();
        var loaded = await db.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);

        Assert.Equal(CoalitionId, loaded.CoalitionId);
        Assert.Equal(round.Plan, loaded.Plan);
        Assert.Equal("Kwartaalcheck Havenkwartier", loaded.Plan.Name);
        Assert.Equal("Europe/Amsterdam", loaded.Plan.Zone.Id);
        Assert.Equal(Period.FromDays(10), loaded.Plan.OpenFor);
        var recurrence = Assert.IsType<Recurrence>(loaded.Plan.Schedule.Recurrence);
        Assert.Equal(RecurrenceKind.Quarterly, recurrence.Kind);
        Assert.Equal(new WeekdayOfMonth(WeekOfMonth.Second, IsoDayOfWeek.Tuesday), recurrence.Rule);
        Assert.Equal(new LocalTime(10, 0), recurrence.Time);
        Assert.Equal(SkipPolicy.NextWorkingDay, recurrence.Skip.Policy);
        Assert.Equal(Period.FromDays(2), loaded.Plan.Reminders.FirstBeforeClosing);
        Assert.Equal(Period.FromDays(1), loaded.Plan.Reminders.RepeatEvery);
        Assert.Equal(2, loaded.Plan.Reminders.MaxReminders);
        Assert.Equal(VisibilityMode.Anonymous, loaded.Plan.Visibility.Mode);
        Assert.Equal(4, loaded.Plan.Visibility.MinimumGroupSize);
        Assert.Equal(CheckInScale.Default, loaded.Plan.Scale);
        Assert.Equal(round.Trigger, loaded.Trigger);
        Assert.Equal(PlannedAt, loaded.PlannedAt);
        Assert.Equal(RoundStatus.Open, loaded.Status);
        Assert.Equal(round.OpenedAt, loaded.OpenedAt);
        Assert.Equal(round.ClosesAt, loaded.ClosesAt);
        Assert.Null(loaded.ClosedAt);
        Assert.Equal(round.ReminderMoments(), loaded.ReminderMoments());

        Assert.Equal(2, loaded.Requests.Count);
        var sander = loaded.Requests.Single(r => r.Id == sanderRequest.Id);
        Assert.Equal(RespondentKey.Person(Sander), sander.Respondent);
        Assert.Equal(round.Id, sander.RoundId);
        Assert.Equal(WoonpartnersZuid, sander.PartnerId);
        Assert.Equal(PartnerDomain.Wonen, sander.Domain);
        Assert.Equal(PlannedAt, sander.CreatedAt);
        var answer = Assert.IsType<CheckInAnswer>(sander.Answer);
        var original = sanderRequest.Answer!;
        Assert.Equal(original.Factors.OrderBy(f => f.Key), answer.Factors.OrderBy(f => f.Key));
        Assert.True(answer.Factors['g'].Score.IsDontKnow);
        Assert.Equal("Niet te beoordelen", answer.Factors['g'].Comment);
        Assert.Equal(FactorScore.Of(4), answer.Factors['a'].Score);
        Assert.Equal("Goede sfeer in de stuurgroep", answer.OverallComment);
        Assert.Equal(OpensAt + Duration.FromHours(3), answer.AnsweredAt);
        Assert.Equal(1, answer.Version);

        var panel = loaded.Requests.Single(r => r.Id == panelRequest.Id);
        Assert.Equal(RespondentKey.BurgerpanelLink(PanelLink), panel.Respondent);
        Assert.Equal(PartnerDomain.Bewoners, panel.Domain);
        Assert.Null(panel.PartnerId);
        Assert.Null(panel.Answer);
    }

    [Fact]
    public async Task A_second_request_for_the_same_respondent_in_a_round_is_refused_by_the_database()
    {
        var round = NewOpenRound(out _, out _);
        await SaveAsync(round);

        // Two hosts add a request for the same person at the same time; each round in memory sees no duplicate.
        await using var first = Open();
        await using var second = Open();
        var firstCopy = await first.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);
        var secondCopy = await second.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);
        firstCopy.AddRequest(Guid.NewGuid(), RespondentKey.Person(Ingrid), null, PartnerDomain.Gemeente, OpensAt);
        secondCopy.AddRequest(Guid.NewGuid(), RespondentKey.Person(Ingrid), null, PartnerDomain.Gemeente, OpensAt);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        await using var fresh = Open();
        var stored = await fresh.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);
        Assert.Equal(3, stored.Requests.Count);
        Assert.Single(stored.Requests, r => r.Respondent == RespondentKey.Person(Ingrid));
    }

    [Fact]
    public async Task An_answer_edited_while_open_is_stored_as_version_2()
    {
        var round = NewOpenRound(out var sanderRequest, out _);
        round.Submit(sanderRequest.Id, Answers(3, "Eerste indruk"), OpensAt + Duration.FromHours(1));
        await SaveAsync(round);

        await using (var db = Open())
        {
            var loaded = await db.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);
            var result = loaded.Submit(sanderRequest.Id, Answers(5, "Na het overleg beter"), OpensAt + Duration.FromDays(2));
            Assert.Equal(SubmitOutcome.Replaced, result.Outcome);
            await db.SaveChangesAsync();
        }

        await using var fresh = Open();
        var stored = (await fresh.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id)).Requests.Single(r => r.Id == sanderRequest.Id).Answer;
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Version);
        Assert.Equal(FactorScore.Of(5), stored.Factors['a'].Score);
        Assert.Equal("Na het overleg beter", stored.OverallComment);
        Assert.Equal(OpensAt + Duration.FromDays(2), stored.AnsweredAt);
        Assert.Equal(1, await fresh.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM checkin_requests WHERE \"Answer\" IS NOT NULL").SingleAsync());
    }

    public void Dispose() => _file.Dispose();

    private static RoundPlan Plan()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var recurrence = Recurrence.Quarterly(new WeekdayOfMonth(WeekOfMonth.Second, IsoDayOfWeek.Tuesday), new LocalTime(10, 0), zone, SkipRule.NextWorkingDay());
        return RoundPlan.Create(
            "Kwartaalcheck Havenkwartier",
            RoundAudience.AllRepresentatives(stuurgroep: true, burgerpanelLink: true),
            RoundSchedule.On(recurrence),
            Period.FromDays(10),
            zone,
            CoalitionContext.Of(CoalitionFormality.Voluntary, 6),
            ReminderRule.DaysBeforeClosing(2, maxReminders: 2, repeatEveryDays: 1),
            RoundVisibility.Of(VisibilityMode.Anonymous, 4),
            CheckInScale.Default);
    }

    [Fact]
    public async Task The_holiday_options_of_a_plan_are_kept_and_still_move_the_opening()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var holidays = new DutchHolidays(includeGoedeVrijdag: true, BevrijdingsdagRule.EveryFifthYear);
        var recurrence = Recurrence.Monthly(new WeekdayOfMonth(WeekOfMonth.Last, IsoDayOfWeek.Friday), new LocalTime(10, 0), zone, SkipRule.NextWorkingDay(holidays: holidays));
        var plan = RoundPlan.Create("Maandcheck", RoundAudience.AllRepresentatives(), RoundSchedule.On(recurrence), Period.FromDays(5), zone, CoalitionContext.Of(CoalitionFormality.Mandated, 4));
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, plan, RoundTrigger.Scheduled, PlannedAt);
        await SaveAsync(round);

        await using var db = Open();
        var loaded = await db.Set<CheckInRound>().SingleAsync(r => r.Id == round.Id);
        var skip = loaded.Plan.Schedule.Recurrence!.Skip;
        Assert.True(skip.Holidays.IncludeGoedeVrijdag);
        Assert.Equal(BevrijdingsdagRule.EveryFifthYear, skip.Holidays.Bevrijdingsdag);

        // Last Friday of March 2027 is Goede Vrijdag (26 March), then the weekend and Tweede Paasdag: Tuesday 30 March.
        Assert.Equal(Instant.FromUtc(2027, 3, 30, 8, 0), loaded.Plan.Schedule.NextOpening(Instant.FromUtc(2027, 3, 1, 0, 0)));
    }

    private static CheckInRound NewOpenRound(out CheckInRequest sander, out CheckInRequest panel)
    {
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(), RoundTrigger.Stuck(Ingrid, "We komen niet verder met de informatie-uitwisseling."), PlannedAt);
        sander = round.AddRequest(Guid.NewGuid(), RespondentKey.Person(Sander), WoonpartnersZuid, PartnerDomain.Wonen, PlannedAt);
        panel = round.AddRequest(Guid.NewGuid(), RespondentKey.BurgerpanelLink(PanelLink), null, PartnerDomain.Bewoners, PlannedAt);
        round.Open(OpensAt);
        return round;
    }

    private static CheckInSubmission Answers(int score, string overall)
    {
        var factors = SlagvaardigheidFactors.Keys.ToDictionary(
            k => k,
            k => k == 'g' ? new FactorAnswer(FactorScore.DontKnow, "Niet te beoordelen") : new FactorAnswer(FactorScore.Of(score)));
        return new CheckInSubmission(factors, overall);
    }

    private async Task SaveAsync(CheckInRound round)
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        db.Set<CheckInRound>().Add(round);
        await db.SaveChangesAsync();
    }

    private SqliteCoalitieDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteCoalitieDbContext>().UseSqlite(_file.ConnectionString).Options);
}
