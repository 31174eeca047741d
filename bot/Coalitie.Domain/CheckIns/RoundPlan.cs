using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Coalitie.Domain.Scheduling;
using NodaTime;

namespace Coalitie.Domain.CheckIns;

/// <summary>Which partners' representatives a round asks.</summary>
public enum PartnerSelection
{
    /// <summary>No partner representatives (e.g. a stuurgroep-only round).</summary>
    None,

    /// <summary>The current representative of every partner.</summary>
    AllRepresentatives,

    /// <summary>The representatives of <see cref="RoundAudience.SelectedPartnerIds"/> only.</summary>
    SelectedPartners,
}

/// <summary>A person who could be asked: the host fills these from the coalition's partners, representatives and roles.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="PartnerId">The partner the person represents; null when none (e.g. an independent stuurgroep chair).</param>
/// <param name="Domain">That partner's domain, or the domain of the person's stuurgroep seat.</param>
/// <param name="IsRepresentative">Whether the person is a partner's current representative.</param>
/// <param name="IsStuurgroepMember">Whether the person sits in the stuurgroep.</param>
public sealed record AudienceCandidate(Guid PersonId, Guid? PartnerId, PartnerDomain? Domain, bool IsRepresentative, bool IsStuurgroepMember);

/// <summary>Who a round asks: partner representatives (all, selected or none), the stuurgroep, and the burgerpanel through web links.</summary>
public sealed record RoundAudience
{
    private RoundAudience(PartnerSelection partners, IReadOnlyList<Guid> selectedPartnerIds, bool stuurgroep, bool burgerpanelLink)
    {
        Partners = partners;
        SelectedPartnerIds = selectedPartnerIds;
        Stuurgroep = stuurgroep;
        BurgerpanelLink = burgerpanelLink;
    }

    public PartnerSelection Partners { get; }

    /// <summary>The partners asked when <see cref="Partners"/> is <see cref="PartnerSelection.SelectedPartners"/>; empty otherwise.</summary>
    public IReadOnlyList<Guid> SelectedPartnerIds { get; }

    /// <summary>Whether stuurgroep members are asked.</summary>
    public bool Stuurgroep { get; }

    /// <summary>Whether the burgerpanel answers through web links.</summary>
    public bool BurgerpanelLink { get; }

    /// <summary>Every partner representative, optionally the stuurgroep and the burgerpanel link.</summary>
    public static RoundAudience AllRepresentatives(bool stuurgroep = false, bool burgerpanelLink = false) =>
        new(PartnerSelection.AllRepresentatives, [], stuurgroep, burgerpanelLink);

    /// <summary>The stuurgroep only, optionally with the burgerpanel link.</summary>
    public static RoundAudience StuurgroepOnly(bool burgerpanelLink = false) =>
        new(PartnerSelection.None, [], stuurgroep: true, burgerpanelLink);

    /// <summary>The representatives of <paramref name="partnerIds"/>, optionally the stuurgroep and the burgerpanel link.</summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.AudienceEmpty"/> when no partner is given.</exception>
    public static RoundAudience SelectedPartners(IEnumerable<Guid> partnerIds, bool stuurgroep = false, bool burgerpanelLink = false)
    {
        ArgumentNullException.ThrowIfNull(partnerIds);
        var ids = partnerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainException(CheckInErrors.AudienceEmpty, "Selected partners without any partner.", CheckInFieldNames.Audience);
        }

        return new(PartnerSelection.SelectedPartners, ids, stuurgroep, burgerpanelLink);
    }

    /// <summary>The burgerpanel through web links only.</summary>
    public static RoundAudience BurgerpanelOnly() => new(PartnerSelection.None, [], stuurgroep: false, burgerpanelLink: true);

    /// <summary>
    /// The people to ask, in the order given, each once: representatives of the selected partners and, when chosen,
    /// stuurgroep members. With a <paramref name="subNetwork"/>, only people whose partner is in it (stuurgroep members
    /// without a partner stay, as they speak for the whole coalition).
    /// </summary>
    public IReadOnlyList<AudienceCandidate> Select(IEnumerable<AudienceCandidate> candidates, SubNetwork? subNetwork = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Where(c => IsAsked(c) && (subNetwork is null || c.PartnerId is null || subNetwork.Contains(c.PartnerId.Value)))
            .DistinctBy(c => c.PersonId)
            .ToList();
    }

    public bool Equals(RoundAudience? other) =>
        other is not null && Partners == other.Partners && Stuurgroep == other.Stuurgroep && BurgerpanelLink == other.BurgerpanelLink
        && SelectedPartnerIds.SequenceEqual(other.SelectedPartnerIds);

    public override int GetHashCode() => HashCode.Combine(Partners, Stuurgroep, BurgerpanelLink, SelectedPartnerIds.Count);

    private bool IsAsked(AudienceCandidate c)
    {
        if (Stuurgroep && c.IsStuurgroepMember)
        {
            return true;
        }

        return c.IsRepresentative && c.PartnerId is { } partnerId && Partners switch
        {
            PartnerSelection.AllRepresentatives => true,
            PartnerSelection.SelectedPartners => SelectedPartnerIds.Contains(partnerId),
            _ => false,
        };
    }
}

/// <summary>A named subset of the coalition's partners a round targets (brief §2: a large network breaks into sub-networks).</summary>
public sealed record SubNetwork
{
    private SubNetwork(string name, IReadOnlyList<Guid> partnerIds)
    {
        Name = name;
        PartnerIds = partnerIds;
    }

    public string Name { get; }

    public IReadOnlyList<Guid> PartnerIds { get; }

    /// <exception cref="DomainException"><see cref="CheckInErrors.SubNetworkInvalid"/> without a name or partners.</exception>
    public static SubNetwork Of(string name, IEnumerable<Guid> partnerIds)
    {
        ArgumentNullException.ThrowIfNull(partnerIds);
        var ids = partnerIds.Distinct().ToList();
        if (string.IsNullOrWhiteSpace(name) || ids.Count == 0)
        {
            throw new DomainException(CheckInErrors.SubNetworkInvalid, "A sub-network needs a name and at least one partner.", CheckInFieldNames.SubNetwork);
        }

        return new SubNetwork(name.Trim(), ids);
    }

    public bool Contains(Guid partnerId) => PartnerIds.Contains(partnerId);

    public bool Equals(SubNetwork? other) => other is not null && Name == other.Name && PartnerIds.SequenceEqual(other.PartnerIds);

    public override int GetHashCode() => HashCode.Combine(Name, PartnerIds.Count);
}

/// <summary>When a round opens: now (once), or on a <see cref="Scheduling.Recurrence"/>.</summary>
public sealed record RoundSchedule
{
    private RoundSchedule(Recurrence? recurrence) => Recurrence = recurrence;

    /// <summary>The recurrence; null for "open now".</summary>
    public Recurrence? Recurrence { get; }

    public bool IsNow => Recurrence is null;

    /// <summary>A one-off round opened by hand (<c>checkin start</c>, partnership start, "we zitten vast").</summary>
    public static RoundSchedule Now { get; } = new((Recurrence?)null);

    public static RoundSchedule On(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        return new(recurrence);
    }

    /// <summary>The next scheduled opening strictly after <paramref name="after"/>; null for "now" or a one-off that has fired.</summary>
    public Instant? NextOpening(Instant after) => Recurrence?.NextOccurrence(after);
}

/// <summary>
/// When people who have not answered are reminded: <see cref="FirstBeforeClosing"/> before the round closes, then
/// every <see cref="RepeatEvery"/> until closing, at most <see cref="MaxReminders"/> times. Lead times are calendar
/// periods in the round's zone, so "2 days before" keeps the wall-clock time across daylight-saving changes. The
/// texts give no reminder rule; this is a design choice.
/// </summary>
public sealed record ReminderRule
{
    private ReminderRule(Period? firstBeforeClosing, Period? repeatEvery, int maxReminders)
    {
        FirstBeforeClosing = firstBeforeClosing;
        RepeatEvery = repeatEvery;
        MaxReminders = maxReminders;
    }

    /// <summary>No reminders.</summary>
    public static ReminderRule None { get; } = new(null, null, 0);

    public Period? FirstBeforeClosing { get; }

    public Period? RepeatEvery { get; }

    public int MaxReminders { get; }

    /// <summary>
    /// Remind <paramref name="daysBeforeClosing"/> days before closing, then every <paramref name="repeatEveryDays"/>
    /// days (when given) while the round is open, at most <paramref name="maxReminders"/> times.
    /// </summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.ReminderRuleInvalid"/>.</exception>
    public static ReminderRule DaysBeforeClosing(int daysBeforeClosing, int maxReminders = 1, int? repeatEveryDays = null)
    {
        if (daysBeforeClosing < 1 || maxReminders < 1 || repeatEveryDays is < 1)
        {
            throw new DomainException(CheckInErrors.ReminderRuleInvalid, "Reminder lead time, interval and maximum must be positive.", CheckInFieldNames.Reminders, daysBeforeClosing);
        }

        return new(Period.FromDays(daysBeforeClosing), repeatEveryDays is { } every ? Period.FromDays(every) : null, maxReminders);
    }

    /// <summary>The reminder moments for <paramref name="period"/>, in order: after opening, before closing, at most <see cref="MaxReminders"/>.</summary>
    public IReadOnlyList<Instant> Moments(OpenPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var result = new List<Instant>();
        if (FirstBeforeClosing is null)
        {
            return result;
        }

        var closesLocal = period.ClosesAtLocal.LocalDateTime;
        var local = closesLocal - FirstBeforeClosing;
        while (result.Count < MaxReminders)
        {
            var at = ScheduleZone.ToInstant(local, period.Zone);
            if (at >= period.ClosesAt)
            {
                break;
            }

            if (at > period.OpensAt)
            {
                result.Add(at);
            }

            if (RepeatEvery is null)
            {
                break;
            }

            local += RepeatEvery;
        }

        return result;
    }
}

/// <summary>Who sees whose answers.</summary>
public enum VisibilityMode
{
    /// <summary>Results show who answered what.</summary>
    Named,

    /// <summary>Everyone but the procesregisseur sees a stable pseudonym instead of a name.</summary>
    Pseudonymous,

    /// <summary>Nobody, the procesregisseur included, sees who answered what.</summary>
    Anonymous,
}

/// <summary>
/// The visibility of a round's answers, and the minimum number of answers a partner or domain group needs before its
/// own results are shown (default 3). The texts give no threshold; 3 is a design choice.
/// </summary>
public sealed record RoundVisibility
{
    public const int DefaultMinimumGroupSize = 3;

    private RoundVisibility(VisibilityMode mode, int minimumGroupSize)
    {
        Mode = mode;
        MinimumGroupSize = minimumGroupSize;
    }

    public VisibilityMode Mode { get; }

    public int MinimumGroupSize { get; }

    /// <exception cref="DomainException"><see cref="CheckInErrors.OptionInvalid"/> or <see cref="CheckInErrors.MinimumGroupSizeInvalid"/>.</exception>
    public static RoundVisibility Of(VisibilityMode mode, int minimumGroupSize = DefaultMinimumGroupSize)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new DomainException(CheckInErrors.OptionInvalid, $"Unknown visibility {(int)mode}.", null, (int)mode);
        }

        if (minimumGroupSize < 1)
        {
            throw new DomainException(CheckInErrors.MinimumGroupSizeInvalid, $"Minimum group size {minimumGroupSize} is below 1.", CheckInFieldNames.MinimumGroupSize, minimumGroupSize);
        }

        return new(mode, minimumGroupSize);
    }

    /// <summary>Whether a partner or domain group with <paramref name="answerCount"/> answers may be shown on its own.</summary>
    public bool MayShowGroup(int answerCount) => answerCount >= MinimumGroupSize;
}

/// <summary>
/// The coalition's degree of formality and size when the round was planned; stored with the round because the texts
/// say both colour the scores (brief §2).
/// </summary>
public sealed record CoalitionContext
{
    private CoalitionContext(CoalitionFormality formality, int partnerCount)
    {
        Formality = formality;
        PartnerCount = partnerCount;
    }

    public CoalitionFormality Formality { get; }

    /// <summary>The number of partners in the coalition (or the sub-network) at the time.</summary>
    public int PartnerCount { get; }

    /// <exception cref="DomainException"><see cref="CheckInErrors.OptionInvalid"/> or <see cref="CheckInErrors.CoalitionSizeInvalid"/>.</exception>
    public static CoalitionContext Of(CoalitionFormality formality, int partnerCount)
    {
        if (!Enum.IsDefined(formality))
        {
            throw new DomainException(CheckInErrors.OptionInvalid, $"Unknown formality {(int)formality}.", null, (int)formality);
        }

        if (partnerCount < 1)
        {
            throw new DomainException(CheckInErrors.CoalitionSizeInvalid, $"Coalition size {partnerCount} is below 1.", CheckInFieldNames.CoalitionSize, partnerCount);
        }

        return new(formality, partnerCount);
    }
}

/// <summary>
/// Everything that defines a round, fixed when it is planned: name, audience, schedule, how long it stays open,
/// reminders, visibility, scale, optional sub-network and the coalition's formality and size at the time.
/// </summary>
public sealed partial record RoundPlan
{
    public const int MaxNameLength = 120;

    private RoundPlan(string name, RoundAudience audience, RoundSchedule schedule, Period openFor, DateTimeZone zone, ReminderRule reminders, RoundVisibility visibility, CheckInScale scale, SubNetwork? subNetwork, CoalitionContext coalition)
    {
        Name = name;
        Audience = audience;
        Schedule = schedule;
        OpenFor = openFor;
        Zone = zone;
        Reminders = reminders;
        Visibility = visibility;
        Scale = scale;
        SubNetwork = subNetwork;
        Coalition = coalition;
    }

    public string Name { get; }

    public RoundAudience Audience { get; }

    public RoundSchedule Schedule { get; }

    /// <summary>How long the round stays open once it opens (e.g. 10 days), in <see cref="Zone"/>.</summary>
    public Period OpenFor { get; }

    /// <summary>The coalition's time zone.</summary>
    public DateTimeZone Zone { get; }

    public ReminderRule Reminders { get; }

    public RoundVisibility Visibility { get; }

    public CheckInScale Scale { get; }

    public SubNetwork? SubNetwork { get; }

    public CoalitionContext Coalition { get; }

    /// <summary>A plan; <paramref name="visibility"/> defaults to pseudonymous with a minimum group of 3, <paramref name="scale"/> to <see cref="CheckInScale.Default"/>.</summary>
    /// <exception cref="DomainException"><see cref="CheckInErrors.NameRequired"/>, <see cref="CheckInErrors.NameTooLong"/>, <see cref="CheckInErrors.AudienceEmpty"/>.</exception>
    /// <summary>
    /// The plan of the occurrence of a recurring series that opens at <paramref name="opening"/>: the name carries the
    /// period's label in the plan's zone — "Kwartaalcheck Q2 2027", "… H1 2027", "… 2027-03" — replacing a label it
    /// already had, so every round of a series has its own name. One-off and "now" plans are returned as they are.
    /// </summary>
    public RoundPlan ForOccurrence(Instant opening)
    {
        if (Schedule.Recurrence is not { Kind: not RecurrenceKind.OneOff } recurrence)
        {
            return this;
        }

        var date = opening.InZone(Zone).Date;
        var label = recurrence.Kind switch
        {
            RecurrenceKind.Monthly => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            RecurrenceKind.Quarterly => $"Q{((date.Month - 1) / 3) + 1} {date.Year}",
            _ => $"H{((date.Month - 1) / 6) + 1} {date.Year}",
        };
        var baseName = OccurrenceLabel().Replace(Name, string.Empty).Trim();
        if (baseName.Length + label.Length + 1 > MaxNameLength)
        {
            baseName = baseName[..(MaxNameLength - label.Length - 1)].TrimEnd();
        }

        var name = baseName.Length == 0 ? label : $"{baseName} {label}";
        return new RoundPlan(name, Audience, Schedule, OpenFor, Zone, Reminders, Visibility, Scale, SubNetwork, Coalition);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*((Q[1-4]|H[12]) \d{4}|\d{4}-\d{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OccurrenceLabel();

    public static RoundPlan Create(
        string name,
        RoundAudience audience,
        RoundSchedule schedule,
        Period openFor,
        DateTimeZone zone,
        CoalitionContext coalition,
        ReminderRule? reminders = null,
        RoundVisibility? visibility = null,
        CheckInScale? scale = null,
        SubNetwork? subNetwork = null)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(openFor);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(coalition);

        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException(CheckInErrors.NameRequired, "A round needs a name.", CheckInFieldNames.Name);
        }

        if (trimmed.Length > MaxNameLength)
        {
            throw new DomainException(CheckInErrors.NameTooLong, $"A round name is at most {MaxNameLength} characters.", CheckInFieldNames.Name, MaxNameLength);
        }

        if (audience is { Partners: PartnerSelection.None, Stuurgroep: false, BurgerpanelLink: false })
        {
            throw new DomainException(CheckInErrors.AudienceEmpty, "The round asks nobody.", CheckInFieldNames.Audience);
        }

        // Validates the length now rather than at opening time.
        _ = OpenPeriod.Starting(Instant.FromUtc(2000, 1, 1, 0, 0), openFor, zone);

        return new RoundPlan(trimmed, audience, schedule, openFor, zone, reminders ?? ReminderRule.None, visibility ?? RoundVisibility.Of(VisibilityMode.Pseudonymous), scale ?? CheckInScale.Default, subNetwork, coalition);
    }

    /// <summary>The open period of a round opening at <paramref name="opensAt"/>.</summary>
    public OpenPeriod PeriodFrom(Instant opensAt) => OpenPeriod.Starting(opensAt, OpenFor, Zone);
}
