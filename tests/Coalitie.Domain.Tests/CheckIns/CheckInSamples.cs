using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Scheduling;
using NodaTime;

namespace Coalitie.Domain.Tests.CheckIns;

internal static class CheckInSamples
{
    public static readonly Guid CoalitionId = Guid.Parse("11111111-0000-0000-0000-000000000001");
    public static readonly Guid Woonpartners = Guid.Parse("22222222-0000-0000-0000-000000000001");
    public static readonly Guid Gemeente = Guid.Parse("22222222-0000-0000-0000-000000000002");
    public static readonly Guid Politie = Guid.Parse("22222222-0000-0000-0000-000000000003");
    public static readonly Guid Sander = Guid.Parse("33333333-0000-0000-0000-000000000001");
    public static readonly Guid Ingrid = Guid.Parse("33333333-0000-0000-0000-000000000002");
    public static readonly Guid Mohammed = Guid.Parse("33333333-0000-0000-0000-000000000003");
    public static readonly Guid Chair = Guid.Parse("33333333-0000-0000-0000-000000000004");

    // Tuesday 12 January 2027 10:00 CET.
    public static readonly Instant OpensAt = Instant.FromUtc(2027, 1, 12, 9, 0);

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0) => Instant.FromUtc(year, month, day, hour, minute);

    public static RoundPlan Plan(RoundAudience? audience = null, CheckInScale? scale = null, SubNetwork? subNetwork = null, ReminderRule? reminders = null) =>
        RoundPlan.Create(
            "Q1 2027",
            audience ?? RoundAudience.AllRepresentatives(stuurgroep: true, burgerpanelLink: true),
            RoundSchedule.Now,
            Period.FromDays(10),
            ScheduleZone.Amsterdam,
            CoalitionContext.Of(CoalitionFormality.Voluntary, 6),
            reminders,
            scale: scale,
            subNetwork: subNetwork);

    public static IReadOnlyList<AudienceCandidate> Candidates() =>
    [
        new(Sander, Woonpartners, PartnerDomain.Wonen, IsRepresentative: true, IsStuurgroepMember: false),
        new(Ingrid, Gemeente, PartnerDomain.Gemeente, IsRepresentative: true, IsStuurgroepMember: true),
        new(Mohammed, Politie, PartnerDomain.Politie, IsRepresentative: true, IsStuurgroepMember: false),
        new(Chair, null, null, IsRepresentative: false, IsStuurgroepMember: true),
    ];

    public static CheckInRound OpenRound(out Guid sanderRequest)
    {
        var round = CheckInRound.Create(Guid.NewGuid(), CoalitionId, Plan(), RoundTrigger.Scheduled, OpensAt - Duration.FromDays(1));
        round.Open(OpensAt);
        sanderRequest = Guid.NewGuid();
        round.AddRequest(sanderRequest, RespondentKey.Person(Sander), Woonpartners, PartnerDomain.Wonen, OpensAt);
        return round;
    }

    /// <summary>All nine factors with the same score, or with per-factor overrides.</summary>
    public static CheckInSubmission Answers(int score = 4, string? overall = null, params (char Key, FactorAnswer Answer)[] overrides)
    {
        var factors = SlagvaardigheidFactors.Keys.ToDictionary(k => k, _ => new FactorAnswer(FactorScore.Of(score)));
        foreach (var (key, answer) in overrides)
        {
            factors[key] = answer;
        }

        return new CheckInSubmission(factors, overall);
    }
}
