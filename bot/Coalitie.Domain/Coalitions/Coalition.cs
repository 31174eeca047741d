using Coalitie.Domain.Common;
using NodaTime;

namespace Coalitie.Domain.Coalitions;

/// <summary>Whether partners joined of their own accord or were directed to take part (brief §4: <i>vrijwillig</i> or <i>gemandateerd</i>).</summary>
public enum CoalitionFormality
{
    Voluntary,
    Mandated,
}

/// <summary>
/// A coalition of partners working on one area (<i>wijk</i>). One per Teams team; it remembers its main channel and the
/// stuurgroep channel, its time zone (for dates) and its default language.
/// </summary>
public sealed class Coalition
{
    public const string DefaultTimeZoneId = "Europe/Amsterdam";
    public const string DefaultLanguage = "nl";
    public const int MaxNameLength = 120;

    private Coalition()
    {
        Name = string.Empty;
        Area = string.Empty;
        Municipality = string.Empty;
        TimeZoneId = DefaultTimeZoneId;
        Language = DefaultLanguage;
        TeamId = string.Empty;
        MainChannelId = string.Empty;
        StuurgroepChannelId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The area (<i>wijk</i>, neighbourhood) the coalition works on.</summary>
    public string Area { get; private set; }

    public string Municipality { get; private set; }

    /// <summary>IANA time zone id (default Europe/Amsterdam): "today" and reminder times are read in it.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>"nl" or "en": the language of the coalition's shared messages (each person still gets their own).</summary>
    public string Language { get; private set; }

    /// <summary>The Teams team id (channelData.team.id); one coalition per team.</summary>
    public string TeamId { get; private set; }

    public string MainChannelId { get; private set; }

    public string StuurgroepChannelId { get; private set; }

    public CoalitionFormality Formality { get; private set; }

    public Instant CreatedAt { get; private set; }

    public static Coalition Create(
        Guid id, string name, string area, string municipality, string teamId, string mainChannelId, string? stuurgroepChannelId,
        Instant createdAt, string? timeZoneId = null, string? language = null, CoalitionFormality formality = CoalitionFormality.Voluntary)
    {
        if (string.IsNullOrWhiteSpace(teamId))
        {
            throw new DomainException("coalition.team-required", "A coalition belongs to a team.");
        }

        if (string.IsNullOrWhiteSpace(mainChannelId))
        {
            throw new DomainException("coalition.channel-required", "A coalition needs its main channel.");
        }

        var coalition = new Coalition
        {
            Id = id == Guid.Empty ? throw new ArgumentException("An id is required.", nameof(id)) : id,
            TeamId = teamId.Trim(),
            MainChannelId = mainChannelId.Trim(),
            CreatedAt = createdAt,
        };
        coalition.ChangeSettings(name, area, municipality, timeZoneId ?? DefaultTimeZoneId, language ?? DefaultLanguage, formality);
        coalition.ChangeStuurgroepChannel(string.IsNullOrWhiteSpace(stuurgroepChannelId) ? mainChannelId : stuurgroepChannelId);
        return coalition;
    }

    /// <summary>Changes name, area, municipality, time zone, language and formality; every value is checked.</summary>
    public void ChangeSettings(string name, string area, string municipality, string timeZoneId, string language, CoalitionFormality formality)
    {
        Name = Required(name, "coalition.name-required", "name");
        Area = Required(area, "coalition.area-required", "area");
        Municipality = Required(municipality, "coalition.municipality-required", "municipality");
        if (string.IsNullOrWhiteSpace(timeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId.Trim()) is null)
        {
            throw new DomainException("coalition.time-zone-unknown", "Unknown time zone.", "timeZone", timeZoneId ?? string.Empty);
        }

        var lang = language?.Trim().ToUpperInvariant();
        if (lang is not ("NL" or "EN"))
        {
            throw new DomainException("coalition.language-unknown", "Language must be nl or en.", "language", language ?? string.Empty);
        }

        if (!Enum.IsDefined(formality))
        {
            throw new DomainException("coalition.formality-unknown", "Unknown formality.", "formality");
        }

        TimeZoneId = timeZoneId.Trim();
        Language = lang == "EN" ? "en" : "nl";
        Formality = formality;
    }

    public void ChangeStuurgroepChannel(string channelId)
    {
        if (string.IsNullOrWhiteSpace(channelId))
        {
            throw new DomainException("coalition.channel-required", "The stuurgroep channel id is required.", "stuurgroepChannel");
        }

        StuurgroepChannelId = channelId.Trim();
    }

    /// <summary>The coalition's time zone (Europe/Amsterdam if the stored id is no longer known).</summary>
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId) ?? DateTimeZoneProviders.Tzdb[DefaultTimeZoneId];

    /// <summary>The date in the coalition's time zone at <paramref name="now"/>.</summary>
    public LocalDate Today(Instant now) => now.InZone(Zone).Date;

    private static string Required(string? value, string code, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(code, $"The {field} is required.", field);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxNameLength)
        {
            throw new DomainException("coalition.too-long", $"The {field} is too long.", field, MaxNameLength);
        }

        return trimmed;
    }
}
