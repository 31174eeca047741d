namespace Coalitie.Domain.Scheduling;

/// <summary>A month of the (ISO) year, numbered as on a calendar: January is 1, December is 12.</summary>
public enum CalendarMonth
{
    January = 1,
    February,
    March,
    April,
    May,
    June,
    July,
    August,
    September,
    October,
    November,
    December,
}
