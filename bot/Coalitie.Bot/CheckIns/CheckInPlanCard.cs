using System.Globalization;
using Coalitie.Bot.Cards;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Scheduling;
using Coalitie.Teams.Cards;
using NodaTime;

namespace Coalitie.Bot.CheckIns;

/// <summary>What the plan card is for: planning on a schedule, opening now, or opening now because someone said "we zitten vast".</summary>
public enum PlanMode
{
    Plan,
    Start,
    Stuck,

    /// <summary>Opening now as the partnership's first round (the texts name the start of a partnership as a moment for the nine factors).</summary>
    PartnershipStart,
}

/// <summary>The data of the plan card's button (<c>v</c> = 1); for <see cref="PlanMode.Stuck"/> who raised it and why.</summary>
public sealed record PlanCardData(int V, PlanMode Mode, Guid? RaisedBy = null, string? Reason = null)
{
    public const int Current = 1;

    public static PlanCardData? Read(System.Text.Json.JsonElement data)
    {
        if (data.ValueKind != System.Text.Json.JsonValueKind.Object
            || !data.TryGetProperty("v", out var v) || v.ValueKind != System.Text.Json.JsonValueKind.Number || v.GetInt32() != Current
            || !data.TryGetProperty("mode", out var m) || !Enum.TryParse<PlanMode>(m.ToString(), ignoreCase: true, out var mode))
        {
            return null;
        }

        Guid? raisedBy = data.TryGetProperty("raisedBy", out var r) && Guid.TryParse(r.ToString(), out var id) ? id : null;
        var reason = data.TryGetProperty("reason", out var why) && why.ValueKind == System.Text.Json.JsonValueKind.String ? why.GetString() : null;
        return new PlanCardData(Current, mode, raisedBy, reason);
    }

    public ExecuteAction Action(string title) => new()
    {
        Title = title,
        Verb = CheckInVerbs.PlanSubmit,
        Data = this,
        Style = ActionStyle.Positive,
        Fallback = new SubmitAction { Title = title, Data = new LegacyData(CheckInVerbs.PlanSubmit, V, Mode, RaisedBy, Reason), Style = ActionStyle.Positive },
    };

    private sealed record LegacyData(string Verb, int V, PlanMode Mode, Guid? RaisedBy, string? Reason);
}

/// <summary>The card to plan a round (or open one now), and reading it back into a <see cref="RoundPlan"/>.</summary>
public static class CheckInPlanCard
{
    public const string Name = "name";
    public const string When = "when";
    public const string Date = "date";
    public const string Week = "week";
    public const string Day = "day";
    public const string Time = "time";
    public const string WorkingDaysOnly = "workingDaysOnly";
    public const string GoedeVrijdag = "goedeVrijdag";
    public const string BevrijdingsdagLustrum = "bevrijdingsdagLustrum";
    public const string OpenDays = "openDays";
    public const string RemindDays = "remindDays";
    public const string RemindMax = "remindMax";
    public const string AllPartners = "allPartners";
    public const string Partners = "partners";
    public const string SubNetworkName = "subNetwork";
    public const string Stuurgroep = "stuurgroep";
    public const string Burgerpanel = "burgerpanel";
    public const string Visibility = "visibility";
    public const string MinimumGroup = "minimumGroup";
    public const string DontKnow = "dontKnow";

    private const string True = "true";
    private const string False = "false";

    /// <summary>The card; <paramref name="state"/> carries what the user typed after a refused submit.</summary>
    public static AdaptiveCard Build(CheckInCommandTexts t, PlanCardData data, FormState state, IReadOnlyList<Partner> partners, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(partners);
        var now = data.Mode != PlanMode.Plan;
        var body = new List<CardElement>
        {
            new TextBlock { Text = now ? t.StartTitle : t.PlanTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading },
            new TextBlock { Text = data.Mode switch { PlanMode.Plan => t.PlanIntro, PlanMode.PartnershipStart => t.FirstRoundIntro, _ => t.StartIntro(data.Reason) }, Wrap = true },
        };
        if (state.HasErrors)
        {
            body.Add(new TextBlock { Text = t.FixHint, Color = TextColor.Attention, Wrap = true });
        }

        body.AddRange(FormFields.Text(state, Name, t.NameLabel, required: true, requiredMessage: t.NameRequired, maxLength: RoundPlan.MaxNameLength, defaultValue: defaultName));
        if (!now)
        {
            body.AddRange(FormFields.Choice(state, When, t.WhenLabel,
                [Option(t.WhenQuarterly, "quarterly"), Option(t.WhenMonthly, "monthly"), Option(t.WhenHalfYearly, "halfyearly"), Option(t.WhenOnce, "once")],
                defaultValue: "quarterly"));
            body.Add(new DateInput { Id = Date, Label = t.DateLabel, Value = DateOnly.TryParse(state.Get(Date), CultureInfo.InvariantCulture, out var d) ? d : null });
            body.AddRange(FormFields.Error(state, Date));
            body.Add(new ColumnSet
            {
                Columns =
                [
                    new Column { Width = ColumnWidth.Stretch, Items = [.. FormFields.Choice(state, Week, t.WeekLabel, Enum.GetValues<WeekOfMonth>().Select(w => Option(t.Weeks[(int)w], w.ToString())), defaultValue: nameof(WeekOfMonth.First))] },
                    new Column { Width = ColumnWidth.Stretch, Items = [.. FormFields.Choice(state, Day, t.DayLabel, Enum.GetValues<IsoDayOfWeek>().Where(x => x != IsoDayOfWeek.None).Select(x => Option(t.Days[(int)x - 1], x.ToString())), defaultValue: nameof(IsoDayOfWeek.Tuesday))] },
                ],
            });
            body.Add(new TimeInput { Id = Time, Label = t.TimeLabel, Value = TimeOnly.TryParse(state.Get(Time) ?? "10:00", CultureInfo.InvariantCulture, out var time) ? time : new TimeOnly(10, 0) });
            body.AddRange(FormFields.Error(state, Time));
            body.Add(Toggle(state, WorkingDaysOnly, t.SkipLabel, defaultOn: true));
            body.Add(Toggle(state, GoedeVrijdag, t.GoedeVrijdagToggle, defaultOn: false));
            body.Add(Toggle(state, BevrijdingsdagLustrum, t.BevrijdingsdagToggle, defaultOn: false));
        }

        body.Add(Number(state, OpenDays, t.OpenDaysLabel, 10, 1, 60));
        body.AddRange(FormFields.Error(state, OpenDays));
        body.Add(new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Stretch, Items = [Number(state, RemindDays, t.RemindLabel, 2, 0, 30)] },
                new Column { Width = ColumnWidth.Stretch, Items = [Number(state, RemindMax, t.RemindMaxLabel, 1, 0, 10)] },
            ],
        });
        body.AddRange(FormFields.Error(state, RemindDays));
        body.AddRange(FormFields.Error(state, RemindMax));
        body.Add(new TextBlock { Text = t.AudienceLabel, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        body.Add(Toggle(state, AllPartners, t.AllPartners, defaultOn: true));
        var active = partners.Where(p => !p.HasLeft).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        if (active.Count > 0)
        {
            body.Add(new ChoiceSetInput
            {
                Id = Partners,
                Label = t.SelectedPartnersLabel,
                IsMultiSelect = true,
                Style = ChoiceInputStyle.Compact,
                Choices = [.. active.Select(p => Option(p.Name, p.Id.ToString()))],
                Value = state.Get(Partners),
            });
            body.AddRange(FormFields.Error(state, Partners));
            body.AddRange(FormFields.Text(state, SubNetworkName, t.SubNetworkLabel, maxLength: RoundPlan.MaxNameLength));
        }

        body.Add(Toggle(state, Stuurgroep, t.StuurgroepToggle, defaultOn: data.Mode == PlanMode.Stuck));
        body.Add(Toggle(state, Burgerpanel, t.BurgerpanelToggle, defaultOn: false));
        body.AddRange(FormFields.Error(state, CheckInFieldNames.Audience));
        body.AddRange(FormFields.Choice(state, Visibility, t.VisibilityLabel,
            [Option(t.VisibilityPseudonymous, nameof(VisibilityMode.Pseudonymous)), Option(t.VisibilityNamed, nameof(VisibilityMode.Named)), Option(t.VisibilityAnonymous, nameof(VisibilityMode.Anonymous))],
            defaultValue: nameof(VisibilityMode.Pseudonymous)));
        body.Add(Number(state, MinimumGroup, t.MinimumGroupLabel, RoundVisibility.DefaultMinimumGroupSize, 1, 50));
        body.AddRange(FormFields.Error(state, MinimumGroup));
        body.Add(Toggle(state, DontKnow, t.DontKnowToggle, defaultOn: true));

        return new AdaptiveCard
        {
            FallbackText = now ? t.StartTitle : t.PlanTitle,
            Body = body,
            Actions = [data.Action(now ? t.StartButton : t.PlanButton)],
        };
    }

    /// <summary>
    /// Reads the submitted card into a plan; on a mistake returns null and puts the messages in <paramref name="state"/>
    /// (so the card comes back with everything the user typed). Domain rules (name, audience, reminders) are checked by
    /// <see cref="RoundPlan.Create"/> and reported on their fields.
    /// </summary>
    public static RoundPlan? Read(CheckInCommandTexts t, PlanCardData data, FormState state, Coalition coalition, IReadOnlyList<Partner> partners, Instant now)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(coalition);
        var zone = coalition.Zone;
        var openDays = ReadNumber(t, state, OpenDays, 10, 1, 60);
        var remindDays = ReadNumber(t, state, RemindDays, 2, 0, 30);
        var remindMax = ReadNumber(t, state, RemindMax, 1, 0, 10);
        var minimumGroup = ReadNumber(t, state, MinimumGroup, RoundVisibility.DefaultMinimumGroupSize, 1, 50);
        var schedule = data.Mode == PlanMode.Plan ? ReadSchedule(t, state, zone, now) : RoundSchedule.Now;

        var active = partners.Where(p => !p.HasLeft).ToList();
        var chosen = (state.Get(Partners) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => active.Any(p => p.Id == id)).Distinct().ToList();
        var allPartners = IsOn(state, AllPartners, defaultOn: true) && chosen.Count == 0;
        var subNetworkName = state.Get(SubNetworkName);
        if (subNetworkName is not null && chosen.Count == 0)
        {
            state.AddError(SubNetworkName, t.SubNetworkNeedsPartners);
        }

        if (state.HasErrors || schedule is null)
        {
            return null;
        }

        try
        {
            var stuurgroep = IsOn(state, Stuurgroep, data.Mode == PlanMode.Stuck);
            var burgerpanel = IsOn(state, Burgerpanel, false);
            RoundAudience audience;
            if (chosen.Count > 0)
            {
                audience = RoundAudience.SelectedPartners(chosen, stuurgroep, burgerpanel);
            }
            else if (allPartners)
            {
                audience = RoundAudience.AllRepresentatives(stuurgroep, burgerpanel);
            }
            else if (stuurgroep)
            {
                audience = RoundAudience.StuurgroepOnly(burgerpanel);
            }
            else if (burgerpanel)
            {
                audience = RoundAudience.BurgerpanelOnly();
            }
            else
            {
                state.AddError(CheckInFieldNames.Audience, t.AudienceEmpty);
                return null;
            }

            var subNetwork = subNetworkName is not null ? SubNetwork.Of(subNetworkName, chosen) : null;
            var visibility = Enum.TryParse<VisibilityMode>(state.Get(Visibility), out var mode) ? mode : VisibilityMode.Pseudonymous;
            var scale = IsOn(state, DontKnow, true) ? CheckInScale.Default
                : CheckInScale.Create(CheckInScale.Default.Minimum, CheckInScale.Default.Maximum, CheckInScale.Default.Labels, allowsDontKnow: false);
            return RoundPlan.Create(
                state.Get(Name) ?? string.Empty,
                audience,
                schedule,
                Period.FromDays(openDays),
                zone,
                CoalitionContext.Of(coalition.Formality, Math.Max(1, chosen.Count > 0 ? chosen.Count : active.Count)),
                remindDays == 0 || remindMax == 0 ? ReminderRule.None : ReminderRule.DaysBeforeClosing(remindDays, remindMax, remindMax > 1 ? 1 : null),
                RoundVisibility.Of(visibility, minimumGroup),
                scale,
                subNetwork);
        }
        catch (Domain.Common.DomainException ex)
        {
            state.AddError(ex.Field ?? Name, Message(t, ex));
            return null;
        }
    }

    private static string Message(CheckInCommandTexts t, Domain.Common.DomainException ex) => ex.Code switch
    {
        CheckInErrors.NameRequired => t.NameRequired,
        CheckInErrors.NameTooLong => t.NameTooLong(RoundPlan.MaxNameLength),
        CheckInErrors.AudienceEmpty => t.PartnersRequired,
        CheckInErrors.ReminderRuleInvalid => t.NumberInvalid(0, 30),
        _ => t.FixHint,
    };

    private static RoundSchedule? ReadSchedule(CheckInCommandTexts t, FormState state, DateTimeZone zone, Instant now)
    {
        if (!TimeOnly.TryParse(state.Get(Time) ?? "10:00", CultureInfo.InvariantCulture, out var time))
        {
            state.AddError(Time, t.TimeInvalid);
            return null;
        }

        var localTime = new LocalTime(time.Hour, time.Minute);
        var holidays = new DutchHolidays(
            IsOn(state, GoedeVrijdag, false),
            IsOn(state, BevrijdingsdagLustrum, false) ? BevrijdingsdagRule.EveryFifthYear : BevrijdingsdagRule.EveryYear);
        var skip = IsOn(state, WorkingDaysOnly, true) ? SkipRule.NextWorkingDay(holidays: holidays) : SkipRule.None;
        var when = state.Get(When) ?? "quarterly";
        if (when == "once")
        {
            if (state.Get(Date) is not { } text)
            {
                state.AddError(Date, t.DateRequired);
                return null;
            }

            if (!DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date))
            {
                state.AddError(Date, t.DateInvalid);
                return null;
            }

            var schedule = RoundSchedule.On(Recurrence.OneOff(new LocalDate(date.Year, date.Month, date.Day), localTime, zone, skip));
            if (schedule.NextOpening(now) is null)
            {
                state.AddError(Date, t.OneOffInPast);
                return null;
            }

            return schedule;
        }

        var rule = new WeekdayOfMonth(
            Enum.TryParse<WeekOfMonth>(state.Get(Week), out var week) ? week : WeekOfMonth.First,
            Enum.TryParse<IsoDayOfWeek>(state.Get(Day), out var day) && day != IsoDayOfWeek.None ? day : IsoDayOfWeek.Tuesday);
        return RoundSchedule.On(when switch
        {
            "monthly" => Recurrence.Monthly(rule, localTime, zone, skip),
            "halfyearly" => Recurrence.HalfYearly(rule, localTime, zone, skip),
            _ => Recurrence.Quarterly(rule, localTime, zone, skip),
        });
    }

    private static int ReadNumber(CheckInCommandTexts t, FormState state, string id, int defaultValue, int min, int max)
    {
        var text = state.Get(id);
        if (text is null)
        {
            return defaultValue;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == Math.Floor(value) && value >= min && value <= max)
        {
            return (int)value;
        }

        state.AddError(id, t.NumberInvalid(min, max));
        return defaultValue;
    }

    private static bool IsOn(FormState state, string id, bool defaultOn) => state.Get(id) switch
    {
        True => true,
        False => false,
        _ => defaultOn,
    };

    private static Choice Option(string title, string value) => new() { Title = title, Value = value };

    private static ToggleInput Toggle(FormState state, string id, string title, bool defaultOn) => new()
    {
        Id = id,
        Title = title,
        ValueOn = True,
        ValueOff = False,
        Value = state.Get(id) ?? (defaultOn ? True : False),
        Wrap = true,
    };

    private static NumberInput Number(FormState state, string id, string label, int defaultValue, int min, int max) => new()
    {
        Id = id,
        Label = label,
        Min = min,
        Max = max,
        Value = double.TryParse(state.Get(id), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : defaultValue,
    };
}
