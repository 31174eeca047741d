using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Teams.Hosting;

namespace Coalitie.Bot.Contracts;

public static class ContractsExtensions
{
    /// <summary>
    /// The lokaal contract: its options (section <c>Contracts</c>, validated at start-up), the service, the
    /// <see cref="ProgrammeDirectory"/> other features use, the commands <c>contract</c>, <c>contract bewerken</c>,
    /// <c>contract ondertekenen</c>, <c>contract versie</c>, <c>programma toevoegen</c> and the card verbs. Call after
    /// AddCoalitions (it uses the coalition resolver, authorizer and partner directory).
    /// </summary>
    public static IHostApplicationBuilder AddContracts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ContractOptions>().BindConfiguration(ContractOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ContractService>();
        services.AddScoped<ContractAccess>();
        services.AddScoped<ProgrammeDirectory>();
        services.AddScoped<ICoalitionOverviewContributor, ContractOverview>();

        services.AddCommand<ContractCommand>("contract", ["contract"], ["contract"], t => ContractsTexts.For(t).CommandContractDescription);
        services.AddCommand<ContractEditCommand>("contract.edit", ["contract bewerken", "contract wijzigen"], ["contract edit"], t => ContractsTexts.For(t).CommandEditDescription);
        services.AddCommand<ContractSignCommand>("contract.sign", ["contract ondertekenen", "contract tekenen"], ["contract sign"], t => ContractsTexts.For(t).CommandSignDescription);
        services.AddCommand<ContractVersionCommand>("contract.version", ["contract versie", "contract versies"], ["contract version", "contract versions"], t => ContractsTexts.For(t).CommandVersionDescription);
        services.AddCommand<ProgrammeAddCommand>("programme.add", ["programma toevoegen"], ["programme add", "program add"], t => ContractsTexts.For(t).CommandProgrammeDescription);

        builder.AddBotRoutes(routes => routes
            .OnCardAction<ContractViewActions>(ContractVerbs.Show)
            .OnCardAction<ContractViewActions>(ContractVerbs.Versions)
            .OnCardAction<ContractViewActions>(ContractVerbs.ShowVersion)
            .OnCardAction<ContractEditActions>(ContractVerbs.OpenEdit)
            .OnCardAction<ContractEditActions>(ContractVerbs.SubmitEdit)
            .OnCardAction<ContractSignActions>(ContractVerbs.OpenSign)
            .OnCardAction<ContractSignActions>(ContractVerbs.SubmitSign)
            .OnCardAction<ContractProgrammeActions>(ContractVerbs.OpenProgramme)
            .OnCardAction<ContractProgrammeActions>(ContractVerbs.SubmitProgramme));
        return builder;
    }
}
