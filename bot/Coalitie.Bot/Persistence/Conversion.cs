using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Coalitie.Bot.Persistence;

/// <summary>Stores an <see cref="Instant"/> as a UTC <see cref="DateTime"/> (timestamptz on PostgreSQL, ISO text on SQLite).</summary>
internal sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));

/// <summary>Stores a <see cref="LocalDate"/> as a <see cref="DateOnly"/> (date on PostgreSQL, ISO text on SQLite). Use with <c>HasConversion&lt;LocalDateConverter&gt;()</c>.</summary>
public sealed class LocalDateConverter() : ValueConverter<LocalDate, DateOnly>(
    date => new DateOnly(date.Year, date.Month, date.Day),
    value => new LocalDate(value.Year, value.Month, value.Day));
