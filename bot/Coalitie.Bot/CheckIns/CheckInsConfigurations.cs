using System.Runtime.CompilerServices;
using System.Text.Json;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Coalitie.Bot.CheckIns;

/// <summary>
/// A round in <c>checkin_rounds</c> with its plan and trigger as JSON text (fixed when planned, always read with the
/// round); its requests in <c>checkin_requests</c>, one per respondent (unique index), each with its current answer
/// as JSON text.
/// </summary>
internal sealed class CheckInRoundConfiguration : IEntityTypeConfiguration<CheckInRound>
{
    // The request keeps its respondent in two private fields, stored as the columns RespondentKind and RespondentId.
    private const string RespondentKindField = "_respondentKind";
    private const string RespondentIdField = "_respondentId";

    public void Configure(EntityTypeBuilder<CheckInRound> builder)
    {
        builder.ToTable("checkin_rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CoalitionId);
        builder.Property(r => r.PlannedAt);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.CoalitionId);
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.Plan)
            .HasColumnName("Plan")
            .HasConversion(new RoundPlanConverter(), new ImmutableComparer<RoundPlan>());
        builder.Property(r => r.Trigger)
            .HasColumnName("Trigger")
            .HasConversion(new RoundTriggerConverter(), new ImmutableComparer<RoundTrigger>());

        builder.OwnsMany(r => r.Requests, q =>
        {
            q.ToTable("checkin_requests");
            q.WithOwner().HasForeignKey(x => x.RoundId);
            q.HasKey(x => x.Id);
            q.Property(x => x.Id).ValueGeneratedNever();
            q.Property<RespondentKind>(RespondentKindField).HasColumnName("RespondentKind").HasConversion<string>().HasMaxLength(20);
            q.Property<Guid>(RespondentIdField).HasColumnName("RespondentId");
            q.Ignore(x => x.Respondent);
            q.Ignore(x => x.IsAnswered);
            q.Property(x => x.PartnerId);
            q.Property(x => x.Domain).HasConversion<string>().HasMaxLength(20);
            q.Property(x => x.CreatedAt);
            q.Property(x => x.Answer)
                .HasColumnName("Answer")
                .HasConversion((ValueConverter)new AnswerConverter(), new ImmutableComparer<CheckInAnswer>());
            q.HasIndex(nameof(CheckInRequest.RoundId), RespondentKindField, RespondentIdField).IsUnique();
        });
        builder.Navigation(r => r.Requests).HasField("_requests").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    /// <summary>The plan, trigger and answer are immutable: an edit replaces the instance, so identity is the change check.</summary>
    private sealed class ImmutableComparer<T>() : ValueComparer<T>(
        (a, b) => ReferenceEquals(a, b),
        v => RuntimeHelpers.GetHashCode(v),
        v => v)
        where T : class;

    private sealed class RoundPlanConverter() : ValueConverter<RoundPlan, string>(
        plan => StoredPlan.Write(plan),
        text => StoredPlan.Read(text));

    private sealed class RoundTriggerConverter() : ValueConverter<RoundTrigger, string>(
        trigger => StoredTrigger.Write(trigger),
        text => StoredTrigger.Read(text));

    private sealed class AnswerConverter() : ValueConverter<CheckInAnswer, string>(
        answer => StoredAnswer.Write(answer),
        text => StoredAnswer.Read(text));
}

/// <summary>The JSON text of a <see cref="RoundPlan"/>: zone by id, periods as ISO text, the recurrence by its parts.</summary>
internal sealed record StoredPlan(
    string Name,
    StoredAudience Audience,
    StoredRecurrence? Recurrence,
    string OpenFor,
    string Zone,
    StoredReminders Reminders,
    VisibilityMode Visibility,
    int MinimumGroupSize,
    StoredScale Scale,
    StoredSubNetwork? SubNetwork,
    CoalitionFormality Formality,
    int PartnerCount)
{
    public static string Write(RoundPlan plan) => JsonSerializer.Serialize(From(plan), StoredJson.Options);

    public static RoundPlan Read(string text) =>
        (JsonSerializer.Deserialize<StoredPlan>(text, StoredJson.Options) ?? throw new JsonException("Empty round plan.")).ToPlan();

    private static StoredPlan From(RoundPlan plan) => new(
        plan.Name,
        new StoredAudience(plan.Audience.Partners, [.. plan.Audience.SelectedPartnerIds], plan.Audience.Stuurgroep, plan.Audience.BurgerpanelLink),
        plan.Schedule.Recurrence is { } r ? StoredRecurrence.From(r) : null,
        PeriodPattern.Roundtrip.Format(plan.OpenFor),
        plan.Zone.Id,
        new StoredReminders(
            plan.Reminders.FirstBeforeClosing is { } first ? PeriodPattern.Roundtrip.Format(first) : null,
            plan.Reminders.RepeatEvery is { } every ? PeriodPattern.Roundtrip.Format(every) : null,
            plan.Reminders.MaxReminders),
        plan.Visibility.Mode,
        plan.Visibility.MinimumGroupSize,
        new StoredScale(plan.Scale.Minimum, plan.Scale.Maximum, [.. plan.Scale.Labels], plan.Scale.AllowsDontKnow),
        plan.SubNetwork is { } s ? new StoredSubNetwork(s.Name, [.. s.PartnerIds]) : null,
        plan.Coalition.Formality,
        plan.Coalition.PartnerCount);

    private RoundPlan ToPlan() => RoundPlan.Create(
        Name,
        Audience.ToAudience(),
        Recurrence is { } r ? RoundSchedule.On(r.ToRecurrence()) : RoundSchedule.Now,
        PeriodPattern.Roundtrip.Parse(OpenFor).Value,
        DateTimeZoneProviders.Tzdb[Zone],
        CoalitionContext.Of(Formality, PartnerCount),
        Reminders.ToRule(),
        RoundVisibility.Of(Visibility, MinimumGroupSize),
        CheckInScale.Create(Scale.Minimum, Scale.Maximum, Scale.Labels, Scale.AllowsDontKnow),
        SubNetwork is { } s ? Domain.CheckIns.SubNetwork.Of(s.Name, s.PartnerIds) : null);
}

internal sealed record StoredAudience(PartnerSelection Partners, List<Guid> SelectedPartnerIds, bool Stuurgroep, bool BurgerpanelLink)
{
    public RoundAudience ToAudience() => Partners switch
    {
        PartnerSelection.AllRepresentatives => RoundAudience.AllRepresentatives(Stuurgroep, BurgerpanelLink),
        PartnerSelection.SelectedPartners => RoundAudience.SelectedPartners(SelectedPartnerIds, Stuurgroep, BurgerpanelLink),
        _ when Stuurgroep => RoundAudience.StuurgroepOnly(BurgerpanelLink),
        _ => RoundAudience.BurgerpanelOnly(),
    };
}

internal sealed record StoredRecurrence(
    RecurrenceKind Kind,
    string? Date,
    WeekOfMonth? Week,
    IsoDayOfWeek? Day,
    CalendarMonth AnchorMonth,
    string Time,
    string Zone,
    SkipPolicy SkipPolicy,
    bool SkipWeekends,
    bool SkipHolidays,
    bool IncludeGoedeVrijdag = false,
    BevrijdingsdagRule Bevrijdingsdag = BevrijdingsdagRule.EveryYear)
{
    public static StoredRecurrence From(Recurrence r) => new(
        r.Kind,
        r.Date is { } date ? LocalDatePattern.Iso.Format(date) : null,
        r.Rule?.Week,
        r.Rule?.Day,
        r.AnchorMonth,
        LocalTimePattern.ExtendedIso.Format(r.Time),
        r.Zone.Id,
        r.Skip.Policy,
        r.Skip.SkipWeekends,
        r.Skip.SkipHolidays,
        r.Skip.Holidays.IncludeGoedeVrijdag,
        r.Skip.Holidays.Bevrijdingsdag);

    public Recurrence ToRecurrence()
    {
        var time = LocalTimePattern.ExtendedIso.Parse(Time).Value;
        var zone = DateTimeZoneProviders.Tzdb[Zone];
        var skip = SkipRule.From(SkipPolicy, SkipWeekends, SkipHolidays, new DutchHolidays(IncludeGoedeVrijdag, Bevrijdingsdag));
        if (Kind == RecurrenceKind.OneOff)
        {
            return Recurrence.OneOff(LocalDatePattern.Iso.Parse(Date ?? string.Empty).Value, time, zone, skip);
        }

        var rule = new WeekdayOfMonth(Week ?? throw new JsonException("Recurrence without a week."), Day ?? throw new JsonException("Recurrence without a day."));
        return Kind switch
        {
            RecurrenceKind.Monthly => Recurrence.Monthly(rule, time, zone, skip),
            RecurrenceKind.Quarterly => Recurrence.Quarterly(rule, time, zone, skip, AnchorMonth),
            _ => Recurrence.HalfYearly(rule, time, zone, skip, AnchorMonth),
        };
    }
}

internal sealed record StoredReminders(string? FirstBeforeClosing, string? RepeatEvery, int MaxReminders)
{
    public ReminderRule ToRule() => FirstBeforeClosing is null
        ? ReminderRule.None
        : ReminderRule.DaysBeforeClosing(
            PeriodPattern.Roundtrip.Parse(FirstBeforeClosing).Value.Days,
            MaxReminders,
            RepeatEvery is null ? null : PeriodPattern.Roundtrip.Parse(RepeatEvery).Value.Days);
}

internal sealed record StoredScale(int Minimum, int Maximum, List<ScaleLabel> Labels, bool AllowsDontKnow);

internal sealed record StoredSubNetwork(string Name, List<Guid> PartnerIds);

/// <summary>The JSON text of a <see cref="RoundTrigger"/>.</summary>
internal sealed record StoredTrigger(TriggerReason Reason, Guid? RaisedBy, string? StuckReason)
{
    public static string Write(RoundTrigger trigger) =>
        JsonSerializer.Serialize(new StoredTrigger(trigger.Reason, trigger.RaisedBy, trigger.StuckReason), StoredJson.Options);

    public static RoundTrigger Read(string text)
    {
        var stored = JsonSerializer.Deserialize<StoredTrigger>(text, StoredJson.Options) ?? throw new JsonException("Empty round trigger.");
        return stored.Reason switch
        {
            TriggerReason.Stuck => RoundTrigger.Stuck(stored.RaisedBy ?? Guid.Empty, stored.StuckReason ?? string.Empty),
            TriggerReason.PartnershipStart => RoundTrigger.PartnershipStart,
            _ => RoundTrigger.Scheduled,
        };
    }
}

/// <summary>The JSON text of a <see cref="CheckInAnswer"/>: per factor key the score (null for "weet niet") and comment.</summary>
internal sealed record StoredAnswer(Dictionary<string, StoredFactorAnswer> Factors, string? OverallComment, string AnsweredAt, int Version)
{
    public static string Write(CheckInAnswer answer) => JsonSerializer.Serialize(
        new StoredAnswer(
            answer.Factors.ToDictionary(f => f.Key.ToString(), f => new StoredFactorAnswer(f.Value.Score.Value, f.Value.Comment)),
            answer.OverallComment,
            InstantPattern.ExtendedIso.Format(answer.AnsweredAt),
            answer.Version),
        StoredJson.Options);

    public static CheckInAnswer Read(string text)
    {
        var stored = JsonSerializer.Deserialize<StoredAnswer>(text, StoredJson.Options) ?? throw new JsonException("Empty answer.");
        var factors = new SortedDictionary<char, FactorAnswer>();
        foreach (var (key, value) in stored.Factors)
        {
            factors[key[0]] = new FactorAnswer(value.Score is { } score ? FactorScore.Of(score) : FactorScore.DontKnow, value.Comment);
        }

        return NewAnswer(factors, stored.OverallComment, InstantPattern.ExtendedIso.Parse(stored.AnsweredAt).Value, stored.Version);
    }

    // The answer was validated when it was submitted; reading it back uses its constructor as is.
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern CheckInAnswer NewAnswer(IReadOnlyDictionary<char, FactorAnswer> factors, string? overallComment, Instant answeredAt, int version);
}

internal sealed record StoredFactorAnswer(int? Score, string? Comment);

internal static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
