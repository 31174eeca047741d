using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Scheduling;

/// <summary>
/// The time a round is open: from the moment it opens until the same local time a <see cref="Length"/> later in the
/// coalition's zone.
/// </summary>
/// <remarks>
/// <para>
/// A round that opens on Tuesday 20 October 2026 at 10:00 for 10 days closes on Friday 30 October 2026 at 10:00 local
/// time — although the clocks went back on 25 October, so 10 days and 1 hour pass. Across the spring-forward night
/// 9 days and 23 hours pass. Calendar arithmetic is NodaTime's: 31 January plus one month is 28 (or 29) February.
/// </para>
/// <para>
/// The open interval includes <see cref="OpensAt"/> and excludes <see cref="ClosesAt"/>: at the closing moment the
/// round is closed. A closing local time in the spring-forward gap moves forward by the gap; one in the fall-back
/// hour takes the earlier instant (<see cref="ScheduleZone.Resolver"/>).
/// </para>
/// </remarks>
public sealed record OpenPeriod
{
    private OpenPeriod(Instant opensAt, Instant closesAt, Period length, DateTimeZone zone)
    {
        OpensAt = opensAt;
        ClosesAt = closesAt;
        Length = length;
        Zone = zone;
    }

    /// <summary>The moment the round opens (included).</summary>
    public Instant OpensAt { get; }

    /// <summary>The moment the round closes (excluded: at this instant it is closed).</summary>
    public Instant ClosesAt { get; }

    /// <summary>How long the round stays open, in calendar terms (e.g. 10 days).</summary>
    public Period Length { get; }

    /// <summary>The zone the length is measured in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>[<see cref="OpensAt"/>, <see cref="ClosesAt"/>).</summary>
    public Interval Interval => new(OpensAt, ClosesAt);

    /// <summary>The closing moment on the coalition's wall clock.</summary>
    public ZonedDateTime ClosesAtLocal => ClosesAt.InZone(Zone);

    /// <summary>The period that opens at <paramref name="opensAt"/> and lasts <paramref name="length"/> in <paramref name="zone"/>.</summary>
    /// <exception cref="DomainException">
    /// <see cref="SchedulingErrors.OpenPeriodNotPositive"/> when the period would not end after it starts (zero or negative length).
    /// </exception>
    public static OpenPeriod Starting(Instant opensAt, Period length, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(length);
        ArgumentNullException.ThrowIfNull(zone);

        var closesAt = ScheduleZone.ToInstant(opensAt.InZone(zone).LocalDateTime + length, zone);
        if (closesAt <= opensAt)
        {
            throw new DomainException(SchedulingErrors.OpenPeriodNotPositive, $"An open period of {length} does not end after it starts.", SchedulingFieldNames.OpenPeriod, length.ToString());
        }

        return new OpenPeriod(opensAt, closesAt, length, zone);
    }

    /// <summary>Whether the round is open at <paramref name="instant"/> (opening included, closing excluded).</summary>
    public bool IsOpenAt(Instant instant) => Interval.Contains(instant);
}
