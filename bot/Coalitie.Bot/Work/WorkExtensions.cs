using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coalitie.Bot.Work;

public static class WorkExtensions
{
    /// <summary>
    /// Durable jobs and the delivery outbox: <see cref="JobScheduler"/>, <see cref="Outbox"/>, <see cref="DeliveryStatus"/>
    /// (scoped), and the hosted <see cref="JobWorker"/> and <see cref="DeliverySender"/> (singletons; idle when
    /// <c>Work:Enabled</c> is false). Options from section <c>Work</c>, validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddWork(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WorkOptions>()
            .BindConfiguration(WorkOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.RetryMaxDelay >= o.RetryBaseDelay, "Work:RetryMaxDelay must not be shorter than Work:RetryBaseDelay.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<WorkInstance>();
        builder.Services.AddScoped<JobScheduler>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddScoped<DeliveryStatus>();
        builder.Services.AddSingleton<JobWorker>();
        builder.Services.AddSingleton<DeliverySender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobWorker>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliverySender>());
        return builder;
    }

    /// <summary>
    /// Registers the handler of job <paramref name="kind"/> (scoped, keyed by kind). A second handler for the same kind
    /// fails here, at start-up.
    /// </summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services, string kind)
        where THandler : class, IJobHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IJobHandler) && Equals(d.ServiceKey, kind)))
        {
            throw new InvalidOperationException($"A job handler for kind '{kind}' is already registered.");
        }

        services.AddKeyedScoped<IJobHandler, THandler>(kind);
        return services;
    }
}
