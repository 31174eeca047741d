using NodaTime;

namespace Coalitie.Bot.Infrastructure;

/// <summary>
/// The clock adapter: the only place in the product that names the wall clock. Everything else receives a
/// <see cref="TimeProvider"/> or a NodaTime <see cref="IClock"/> from DI, so tests can move time.
/// </summary>
public static class Clocks
{
    public static IServiceCollection AddSystemClocks(this IServiceCollection services)
    {
#pragma warning disable RS0030 // The clock adapter is the single sanctioned reader of the wall clock.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        return services;
    }
}
