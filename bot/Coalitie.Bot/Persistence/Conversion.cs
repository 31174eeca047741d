using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Coalitie.Bot.Persistence;

/// <summary>Stores an <see cref="Instant"/> as a UTC <see cref="DateTime"/> (timestamptz on PostgreSQL, ISO text on SQLite).</summary>
internal sealed class InstantConverter() : ValueConverter<Instant, DateTime>(
    instant => instant.ToDateTimeUtc(),
    value => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
