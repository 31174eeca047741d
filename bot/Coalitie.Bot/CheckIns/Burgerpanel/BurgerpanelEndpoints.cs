using System.Globalization;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Persistence;
using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Coalitions;
using Coalitie.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The burgerpanel feature: links (<see cref="BurgerpanelLinks"/>), answers (<see cref="BurgerpanelAnswers"/>), the
/// list of links as a download (<see cref="BurgerpanelLinkList"/>) and the page <c>GET|POST /burgerpanel/{round}/{link}</c>.
/// </summary>
public static partial class BurgerpanelExtensions
{
    /// <summary>The services of the burgerpanel link. Call after AddDocuments.</summary>
    public static IHostApplicationBuilder AddBurgerpanel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<AuditLog>();
        builder.Services.AddScoped<BurgerpanelLinks>();
        builder.Services.AddScoped<BurgerpanelAnswers>();
        builder.Services.AddScoped<BurgerpanelLinkList>();
        return builder;
    }

    /// <summary>
    /// <c>GET /burgerpanel/{roundId}/{linkId}?exp=&amp;sig=</c> shows the form; <c>POST</c> to the same URL stores the
    /// answer and shows the thank-you page. A link that does not work gets a Dutch page saying why (404 not a link of
    /// ours, 410 expired, used or closed), a form with mistakes comes back as typed with 422, never a 500.
    /// </summary>
    public static IEndpointRouteBuilder MapBurgerpanel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var route = "/" + BurgerpanelLinks.RoutePrefix + "/{roundId}/{linkId}";
        endpoints.MapGet(route, ShowAsync);
        endpoints.MapPost(route, SubmitAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string roundId, string linkId, BurgerpanelLinks links, CoalitieDbContext db, ILogger<BurgerpanelLinks> logger, CancellationToken cancellationToken)
    {
        var (check, action) = await CheckAsync(http.Request, roundId, linkId, links, cancellationToken).ConfigureAwait(false);
        if (check is not { Status: BurgerpanelLinkStatus.Valid, Round: { } round })
        {
            return Refused(check, logger);
        }

        var model = await ModelAsync(db, round, action, cancellationToken).ConfigureAwait(false);
        return BurgerpanelHttp.Page(StatusCodes.Status200OK, BurgerpanelPage.Form(model, BurgerpanelForm.Empty));
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http,
        string roundId,
        string linkId,
        BurgerpanelLinks links,
        BurgerpanelAnswers answers,
        CoalitieDbContext db,
        IOptions<DocumentOptions> documents,
        ILogger<BurgerpanelLinks> logger,
        CancellationToken cancellationToken)
    {
        if (BurgerpanelHttp.IsCrossSite(http.Request, documents.Value.PublicBaseUrl))
        {
            LogCrossSite(logger);
            return BurgerpanelHttp.Page(StatusCodes.Status403Forbidden, BurgerpanelPage.Refusal(BurgerpanelRefusals.CrossSite));
        }

        var (check, action) = await CheckAsync(http.Request, roundId, linkId, links, cancellationToken).ConfigureAwait(false);
        if (check is not { Status: BurgerpanelLinkStatus.Valid, Round: { } round })
        {
            return Refused(check, logger);
        }

        var (fields, status) = await BurgerpanelHttp.ReadFormAsync(http.Request, cancellationToken).ConfigureAwait(false);
        if (fields is null)
        {
            LogUnreadable(logger, status);
            return BurgerpanelHttp.Page(status, BurgerpanelPage.Refusal(BurgerpanelRefusals.Unreadable(status)));
        }

        var scale = round.Plan.Scale;
        var form = BurgerpanelForm.Read(fields, scale, out var submission);
        var coalition = await CoalitionNameAsync(db, round.CoalitionId, cancellationToken).ConfigureAwait(false);
        if (submission is not null)
        {
            try
            {
                var result = await answers.SubmitAsync(check, submission, cancellationToken).ConfigureAwait(false);
                return result switch
                {
                    { Outcome: BurgerpanelSubmitOutcome.Recorded, Answer: { } answer } =>
                        BurgerpanelHttp.Page(StatusCodes.Status200OK, BurgerpanelPage.Thanks(round.Plan.Name, coalition, scale, answer, round.Plan.Zone)),
                    { Outcome: BurgerpanelSubmitOutcome.Used } => Refused(new(BurgerpanelLinkStatus.Used, null, round), logger),
                    _ => Refused(new(BurgerpanelLinkStatus.RoundClosed, null, round), logger),
                };
            }
            catch (DomainException e)
            {
                // A rule of the domain this form does not check itself: shown like the form's own errors.
                form.Add(e, scale);
            }
        }

        return BurgerpanelHttp.Page(StatusCodes.Status422UnprocessableEntity, BurgerpanelPage.Form(Model(round, coalition, action), form));
    }

    /// <summary>Parses the route and query and checks the link; anything unreadable is a tampered link. Also returns the form's action.</summary>
    private static async Task<(BurgerpanelLinkCheck Check, string Action)> CheckAsync(HttpRequest request, string roundId, string linkId, BurgerpanelLinks links, CancellationToken cancellationToken)
    {
        var exp = request.Query["exp"];
        var sig = request.Query["sig"];
        if (!Guid.TryParseExact(roundId, "N", out var round)
            || !Guid.TryParseExact(linkId, "N", out var link)
            || exp.Count != 1
            || sig.Count != 1
            || !long.TryParse(exp[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || sig[0] is not { Length: > 0 and <= 64 } signature)
        {
            return (BurgerpanelLinkCheck.Tampered, string.Empty);
        }

        var check = await links.CheckAsync(round, link, expires, signature, cancellationToken).ConfigureAwait(false);
        return (check, request.PathBase + BurgerpanelLinks.PathOf(round, link, expires, signature));
    }

    private static IResult Refused(BurgerpanelLinkCheck check, ILogger logger)
    {
        LogRefused(logger, check.Status);
        var refusal = BurgerpanelRefusals.For(check);
        return BurgerpanelHttp.Page(refusal.StatusCode, BurgerpanelPage.Refusal(refusal));
    }

    private static async Task<BurgerpanelPageModel> ModelAsync(CoalitieDbContext db, CheckInRound round, string action, CancellationToken cancellationToken) =>
        Model(round, await CoalitionNameAsync(db, round.CoalitionId, cancellationToken).ConfigureAwait(false), action);

    /// <remarks>Only for a valid link, whose round is open and so has its closing moment.</remarks>
    private static BurgerpanelPageModel Model(CheckInRound round, string? coalition, string action) =>
        new(round.Plan.Name, coalition, round.Plan.Scale, round.ClosesAt!.Value, round.Plan.Zone, action);

    private static Task<string?> CoalitionNameAsync(CoalitieDbContext db, Guid coalitionId, CancellationToken cancellationToken) =>
        db.Set<Coalition>().AsNoTracking().Where(c => c.Id == coalitionId).Select(c => (string?)c.Name).FirstOrDefaultAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Burgerpanel link refused: {Status}")]
    private static partial void LogRefused(ILogger logger, BurgerpanelLinkStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Burgerpanel form refused with HTTP {StatusCode}: not a readable form")]
    private static partial void LogUnreadable(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Burgerpanel form refused: posted from another site")]
    private static partial void LogCrossSite(ILogger logger);
}
