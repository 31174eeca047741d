namespace Coalitie.Domain.Scheduling;

/// <summary>
/// The stable codes of <see cref="Common.DomainException"/>s raised by scheduling; the host turns each into a Dutch or
/// English sentence. Arguments are listed per code.
/// </summary>
public static class SchedulingErrors
{
    /// <summary>A weekday rule without a valid day of the week or week of the month. Arguments: the value given.</summary>
    public const string WeekdayRuleInvalid = "scheduling.weekday-rule-invalid";

    /// <summary>An anchor month that is not January to December. Arguments: the value given.</summary>
    public const string AnchorMonthInvalid = "scheduling.anchor-month-invalid";

    /// <summary>A skip policy or Bevrijdingsdag rule that is not one of the defined values. Arguments: the value given.</summary>
    public const string OptionInvalid = "scheduling.option-invalid";

    /// <summary>An open period that does not end after it starts. Arguments: the period given (ISO text).</summary>
    public const string OpenPeriodNotPositive = "scheduling.open-period-not-positive";

    /// <summary>A time zone id the tz database does not know. Arguments: the id given.</summary>
    public const string TimeZoneUnknown = "scheduling.time-zone-unknown";
}

/// <summary>The names of the fields scheduling errors point at (the host's form inputs use the same ids).</summary>
public static class SchedulingFieldNames
{
    public const string Weekday = "weekday";
    public const string AnchorMonth = "anchorMonth";
    public const string SkipPolicy = "skipPolicy";
    public const string OpenPeriod = "openPeriod";
    public const string TimeZone = "timeZone";
}
