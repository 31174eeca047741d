using Coalitie.Bot.CheckIns;
using Coalitie.Bot.CheckIns.Burgerpanel;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Commitments;
using Coalitie.Bot.Contracts;
using Coalitie.Bot.Conversations;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Exchange;
using Coalitie.Bot.Infrastructure;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Persistence;
using Coalitie.Bot.Privacy;
using Coalitie.Bot.Work;
using Coalitie.Teams.Hosting;
using Coalitie.Teams.Routing;
using Coalitie.Teams.Schema;
using Cards = Coalitie.Bot.Cards;

namespace Coalitie.Bot;

/// <summary>The composition root, one line per area.</summary>
public static class CoalitieHost
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplicationBuilder AddCoalitie(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["Kestrel:Endpoints:Http:Url"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSystemClocks();
        builder.Services.AddProblemDetails();
        builder.AddPersistence();
        builder.AddConversations();
        builder.AddDocuments();
        builder.Services.AddScoped<Audit.AuditLog>();
        builder.AddCommands();
        builder.Services.AddOptions<LocalizationOptions>().BindConfiguration(LocalizationOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<LocalePolicy>();
        builder.Services.AddScoped<UserLanguage>();
        builder.Services.AddSingleton<IRouterTexts, RouterTexts>();
        builder.AddBotProtocol(routes => routes
            .Use<ConversationRecorder>()
            .OnActivity<MessageHandler>(ActivityTypes.Message)
            .OnActivity<InstallationUpdateHandler>(ActivityTypes.InstallationUpdate)
            .OnActivity<ConversationUpdateHandler>(ActivityTypes.ConversationUpdate)
            .OnCardAction<ShowHelpAction>(Cards.CardVerbs.HelpShow));
        builder.AddCoalitions();
        builder.AddContracts();
        builder.AddCommitments();
        builder.AddPrivacy();
        builder.AddExchange();
        builder.AddWork();
        builder.AddCheckIns();
        builder.AddBurgerpanel();
        return builder;
    }

    public static WebApplication MapCoalitie(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapBotMessages();
        app.MapHealth();
        app.MapDocuments();
        app.MapBurgerpanel();
        return app;
    }
}
