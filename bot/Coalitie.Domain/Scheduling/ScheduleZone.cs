using Coalitie.Domain.Common;
using NodaTime;
using NodaTime.TimeZones;

namespace Coalitie.Domain.Scheduling;

/// <summary>
/// Time zones for schedules (from the IANA tz database bundled with NodaTime) and the one rule that turns a local
/// date and time into an instant.
/// </summary>
/// <remarks>
/// The rule, used by every schedule and open period:
/// <list type="bullet">
/// <item>A local time that does not exist (the spring-forward gap, e.g. 02:30 on the last Sunday of March in
/// Europe/Amsterdam) is shifted forward by the length of the gap: 02:30 becomes 03:30 summer time (01:30 UTC).</item>
/// <item>A local time that occurs twice (the fall-back hour, e.g. 02:30 on the last Sunday of October) takes the
/// earlier of the two, i.e. the summer-time offset: 02:30 +02:00 (00:30 UTC).</item>
/// </list>
/// This is NodaTime's lenient mapping (<see cref="Resolvers.ReturnEarlier"/> with
/// <see cref="Resolvers.ReturnForwardShifted"/>), spelled out so that the choice is visible here.
/// </remarks>
public static class ScheduleZone
{
    /// <summary>Europe/Amsterdam: the default zone of a Dutch coalition.</summary>
    public static DateTimeZone Amsterdam { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Skipped local times move forward by the gap; ambiguous local times take the earlier instant.</summary>
    public static ZoneLocalMappingResolver Resolver { get; } =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnForwardShifted);

    /// <summary>The zone with this tz database id (e.g. "Europe/Amsterdam").</summary>
    /// <exception cref="DomainException"><see cref="SchedulingErrors.TimeZoneUnknown"/> for an unknown id.</exception>
    public static DateTimeZone FromId(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id ?? string.Empty)
        ?? throw new DomainException(SchedulingErrors.TimeZoneUnknown, $"Unknown time zone id '{id}'.", SchedulingFieldNames.TimeZone, id ?? string.Empty);

    /// <summary>The local date and time in <paramref name="zone"/>, resolved by <see cref="Resolver"/>.</summary>
    public static ZonedDateTime Resolve(LocalDateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.ResolveLocal(local, Resolver);
    }

    /// <summary>The instant of the local date and time in <paramref name="zone"/>, resolved by <see cref="Resolver"/>.</summary>
    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone) => Resolve(local, zone).ToInstant();
}
