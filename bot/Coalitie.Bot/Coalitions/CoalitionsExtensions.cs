using Coalitie.Bot.Audit;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Security;
using Coalitie.Teams.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coalitie.Bot.Coalitions;

public static class CoalitionsExtensions
{
    /// <summary>
    /// The coalitions feature: the resolver and authorizer every feature uses (<see cref="ICoalitionResolver"/>,
    /// <see cref="IAuthorizer"/>), the partner and person directories, and the commands and card verbs of coalitions,
    /// partners and roles. Call after AddBotProtocol.
    /// </summary>
    public static IHostApplicationBuilder AddCoalitions(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddScoped<CoalitionResolver>();
        services.AddScoped<ICoalitionResolver>(sp => sp.GetRequiredService<CoalitionResolver>());
        services.AddSingleton<Authorizer>();
        services.AddSingleton<IAuthorizer>(sp => sp.GetRequiredService<Authorizer>());
        services.AddScoped<PartnerDirectory>();
        services.AddScoped<PersonDirectory>();
        services.AddScoped<CoalitionService>();
        services.AddScoped<CoalitionGate>();
        services.AddScoped<TeamRoster>();
        services.AddScoped<OverviewBuilder>();
        services.AddScoped<PartnerListBuilder>();
        services.AddScoped<PartnerDetailBuilder>();
        services.AddScoped<RoleCardBuilder>();

        static Func<Localization.ITexts, string> Describe(Func<CoalitionsTexts, string> text) => t => text(CoalitionsTexts.For(t));
        services.AddCommand<CoalitionStartCommand>("coalition.start", ["coalitie start", "coalitie opzetten"], ["coalition start", "coalition setup"], Describe(t => t.DescribeCoalitionStart));
        services.AddCommand<CoalitionOverviewCommand>("coalition", ["coalitie"], ["coalition"], Describe(t => t.DescribeCoalition));
        services.AddCommand<PartnerAddCommand>("partner.add", ["partner toevoegen", "partij toevoegen"], ["partner add", "add partner"], Describe(t => t.DescribePartnerAdd));
        services.AddCommand<PartnersCommand>("partners", ["partners", "partijen"], ["partners"], Describe(t => t.DescribePartners));
        services.AddCommand<PartnerCommand>("partner", ["partner", "partij"], ["partner"], Describe(t => t.DescribePartner));
        services.AddCommand<RoleCommand>("role", ["rol", "rollen"], ["role", "roles"], Describe(t => t.DescribeRole));

        builder.AddBotRoutes(routes => routes
            .OnCardAction<CoalitionCreateAction>(CoalitionVerbs.Create)
            .OnCardAction<PartnerAddAction>(CoalitionVerbs.PartnerAdd)
            .OnCardAction<PartnersPageAction>(CoalitionVerbs.PartnersPage)
            .OnCardAction<PartnerShowAction>(CoalitionVerbs.PartnerShow)
            .OnCardAction<RepresentativeFormAction>(CoalitionVerbs.RepresentativeForm)
            .OnCardAction<RepresentativeChangeAction>(CoalitionVerbs.RepresentativeChange)
            .OnCardAction<LeaveFormAction>(CoalitionVerbs.LeaveForm)
            .OnCardAction<LeaveAction>(CoalitionVerbs.Leave)
            .OnCardAction<MandateConfirmAction>(CoalitionVerbs.MandateConfirm)
            .OnCardAction<MandateLaterAction>(CoalitionVerbs.MandateLater)
            .OnCardAction<RoleAssignAction>(CoalitionVerbs.RoleAssign)
            .OnCardAction<RoleRemoveAction>(CoalitionVerbs.RoleRemove)
            .OnCardAction<RolesPageAction>(CoalitionVerbs.RolesPage));
        return builder;
    }
}
