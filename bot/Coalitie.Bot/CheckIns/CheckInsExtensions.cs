using Coalitie.Bot.Commands;
using Coalitie.Bot.Work;
using Coalitie.Teams.Hosting;

namespace Coalitie.Bot.CheckIns;

public static class CheckInsExtensions
{
    /// <summary>
    /// The slagvaardigheid check-ins: the service, the durable open/remind/close jobs, the commands <c>checkin plan|start|
    /// status|herinner|sluit|uitslag|link</c> and <c>we zitten vast</c>, and the card verbs. Call after AddCoalitions and AddWork.
    /// </summary>
    public static IHostApplicationBuilder AddCheckIns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<StuckSignalSettings>().BindConfiguration(StuckSignalSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddScoped<ResultsActionBase>();
        services.AddScoped<CheckInActionGate>();
        services.AddScoped<CheckInService>();
        services.AddScoped<CheckInResultsPublisher>();
        services.AddScoped<CheckInAnswerFlow>();
        services.AddScoped<CheckInCommandBase>();
        services.AddScoped<StuckRequests>();
        services.AddScoped<BurgerpanelStatus>();
        services.AddJobHandler<OpenRoundJob>(CheckInJobs.Open);
        services.AddJobHandler<RemindRoundJob>(CheckInJobs.Remind);
        services.AddJobHandler<CloseRoundJob>(CheckInJobs.Close);

        static Func<Localization.ITexts, string> D(Func<CheckInCommandTexts, string> pick) => t => pick(CheckInCommandTexts.For(t));
        services.AddCommand<PlanCheckInCommand>("checkin-plan", ["checkin plan", "check-in plan", "checkin plannen"], [], D(t => t.PlanDescription));
        services.AddCommand<StartCheckInCommand>("checkin-start", ["checkin start", "check-in start", "checkin nu"], ["checkin now"], D(t => t.StartDescription));
        services.AddCommand<StatusCheckInCommand>("checkin-status", ["checkin status", "check-in status", "checkin stand"], [], D(t => t.StatusDescription));
        services.AddCommand<RemindCheckInCommand>("checkin-remind", ["checkin herinner", "check-in herinner", "checkin herinnering"], ["checkin remind", "check-in remind"], D(t => t.RemindDescription));
        services.AddCommand<CloseCheckInCommand>("checkin-close", ["checkin sluit", "check-in sluit", "checkin sluiten"], ["checkin close", "check-in close"], D(t => t.CloseDescription));
        services.AddCommand<ResultsCheckInCommand>("checkin-results", ["checkin uitslag", "check-in uitslag", "checkin resultaten"], ["checkin results", "check-in results"], D(t => t.ResultsDescription));
        services.AddCommand<LinkCheckInCommand>("checkin-link", ["checkin link", "check-in link", "checkin links"], [], D(t => t.LinkDescription));
        services.AddCommand<StuckCommand>("stuck", ["we zitten vast", "wij zitten vast", "vastgelopen"], ["we are stuck", "we're stuck"], D(t => t.StuckDescription));

        builder.AddBotRoutes(routes => routes
            .OnCardAction<SubmitCheckInAction>(CheckInVerbs.Submit)
            .OnCardAction<EditCheckInAction>(CheckInVerbs.Edit)
            .OnCardAction<RefreshCheckInAction>(CheckInVerbs.Refresh)
            .OnCardAction<SubmitPlanAction>(CheckInVerbs.PlanSubmit)
            .OnCardAction<SubmitStuckAction>(CheckInVerbs.StuckSubmit)
            .OnCardAction<OpenStuckAction>(CheckInVerbs.StuckOpen)
            .OnCardAction<OpenFirstRoundAction>(Cards.CardVerbs.CheckInFirstRound)
            .OnCardAction<ResultsExportAction>(Results.ResultsVerbs.Export)
            .OnCardAction<ResultsByGroupAction>(Results.ResultsVerbs.ByGroup));
        return builder;
    }
}
