using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Commands;
using Coalitie.Teams.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coalitie.Bot.Commitments;

public static class CommitmentsExtensions
{
    /// <summary>
    /// The commitments feature: status rules (section <c>Commitments:Status</c>, validated at start-up), the commands
    /// <c>toezegging toevoegen</c>, <c>toezeggingen</c>, <c>toezegging</c>, <c>voortgang</c>, <c>status</c> and their card
    /// verbs. Call after AddCoalitions (it uses the resolver, authorizer and partner directory).
    /// </summary>
    public static IHostApplicationBuilder AddCommitments(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CommitmentStatusOptions>()
            .BindConfiguration(CommitmentStatusOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.OnTrackTolerance <= o.AtRiskTolerance, "Commitments:Status:OnTrackTolerance must not exceed AtRiskTolerance.")
            .ValidateOnStart();
        services.AddScoped<CommitmentService>();
        services.AddScoped<CommitmentViews>();
        services.AddScoped<ICoalitionOverviewContributor, CommitmentsOverview>();

        services.AddCommand<AddCommitmentCommand>("commitment-add", ["toezegging toevoegen", "toezegging nieuw"], ["commitment add", "add commitment"], t => CommitmentsTexts.For(t).AddDescription);
        services.AddCommand<ListCommitmentsCommand>("commitments", ["toezeggingen"], ["commitments"], t => CommitmentsTexts.For(t).ListDescription);
        services.AddCommand<ShowCommitmentCommand>("commitment", ["toezegging"], ["commitment"], t => CommitmentsTexts.For(t).ShowDescription);
        services.AddCommand<ProgressCommand>("progress", ["voortgang", "voortgang melden"], ["progress", "report progress"], t => CommitmentsTexts.For(t).ProgressDescription);
        services.AddCommand<StatusCommand>("status", ["status"], [], t => CommitmentsTexts.For(t).StatusDescription);

        builder.AddBotRoutes(routes => routes
            .OnCardAction<SubmitCommitmentAction>(CommitmentVerbs.AddSubmit)
            .OnCardAction<ListPageAction>(CommitmentVerbs.ListPage)
            .OnCardAction<ShowCommitmentAction>(CommitmentVerbs.Show)
            .OnCardAction<OpenProgressAction>(CommitmentVerbs.ProgressOpen)
            .OnCardAction<SubmitProgressAction>(CommitmentVerbs.ProgressSubmit));
        return builder;
    }
}
