using Coalitie.Bot.Localization;

namespace Coalitie.Bot.Commands;

public static class CommandsExtensions
{
    /// <summary>Registers a chat command; its handler is resolved per turn.</summary>
    public static IServiceCollection AddCommand<THandler>(
        this IServiceCollection services, string key, string[] dutchNames, string[] englishNames, Func<ITexts, string> describe)
        where THandler : class, ICommandHandler
    {
        services.AddSingleton(new CommandDefinition(key, dutchNames, englishNames, describe, typeof(THandler)));
        services.AddScoped<THandler>();
        return services;
    }

    /// <summary>The basic commands and the catalogue every feature adds its commands to.</summary>
    public static IHostApplicationBuilder AddCommands(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CommandCatalog>();
        builder.Services.AddCommand<HelpCommand>("help", ["hulp", "help"], ["help"], t => t.CommandHelpDescription);
        builder.Services.AddCommand<AboutCommand>("about", ["over", "over coalitie", "info"], ["about"], t => t.CommandAboutDescription);
        builder.Services.AddCommand<LanguageCommand>("language", ["taal"], ["language"], t => t.CommandLanguageDescription);
        return builder;
    }
}
