using Coalitie.Bot.CheckIns.Results;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Security;
using Coalitie.Domain.CheckIns;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Routing;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.CheckIns;

/// <summary>What both results buttons start with: the gate (procesregisseur or stuurgroep) and the closed round of this coalition.</summary>
internal sealed class ResultsActionBase(CheckInActionGate gate, CheckInService service)
{
    public async Task<(CoalitionScope? Scope, CheckInRound? Round, CheckInCommandTexts T, InvokeResponse? Refusal)> EnterAsync(TurnContext turn, CardActionRequest action, CancellationToken ct)
    {
        var (scope, t, refusal) = await gate.EnterAsync(turn, Capability.ViewCheckInResults, ct).ConfigureAwait(false);
        if (scope is null)
        {
            return (null, null, t, refusal);
        }

        var data = ResultsActionData.Read(action);
        var round = data is null ? null : await service.FindRoundAsync(data.RoundId, ct).ConfigureAwait(false);
        if (round is null || round.CoalitionId != scope.CoalitionId || round.Status != RoundStatus.Closed)
        {
            return (null, null, t, InvokeResponse.Message(t.OutdatedCard));
        }

        return (scope, round, t, null);
    }
}

/// <summary>"Details per domein" on the results card: the card becomes the per-domain and per-partner view (anonymity rule applied).</summary>
internal sealed class ResultsByGroupAction(ResultsActionBase entry, CheckInResultsPublisher results) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (_, round, t, refusal) = await entry.EnterAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var report = await results.ReportAsync(round!, cancellationToken).ConfigureAwait(false);
        return InvokeResponse.Card(ResultsCards.ByGroup(ResultsTexts.For(t.Language), report).ToJsonElement());
    }
}

/// <summary>"Exporteer naar Excel" on the results card: the round's workbook, stored and offered behind a signed link.</summary>
internal sealed class ResultsExportAction(
    ResultsActionBase entry, CheckInResultsPublisher results, IDocumentStore store, SignedLinks links, IHttpContextAccessor http, IOptions<DocumentOptions> documents)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CardActionRequest action, CancellationToken cancellationToken)
    {
        var (scope, round, t, refusal) = await entry.EnterAsync(turn, action, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }

        var rt = ResultsTexts.For(t.Language);
        var report = await results.ReportAsync(round!, cancellationToken).ConfigureAwait(false);
        using var content = new MemoryStream();
        ResultsWorkbook.Write(report, rt, content);
        var fileName = ResultsWorkbook.FileName(report, rt);
        var document = await store.SaveAsync(fileName, ResultsWorkbook.ContentType, content.ToArray(), scope!.CoalitionId, scope.Actor.PersonId, cancellationToken).ConfigureAwait(false);
        var link = await links.CreateAsync(RequestBaseUrl.Of(http), document.Id, cancellationToken).ConfigureAwait(false);
        var hours = (int)documents.Value.LinkLifetime.TotalHours;
        var card = new AdaptiveCard
        {
            FallbackText = fileName,
            Body =
            [
                new TextBlock { Text = t.ExportReadyTitle(round!.Plan.Name), Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
                new TextBlock { Text = t.ExportReady(fileName, hours), Wrap = true },
            ],
            Actions = [new OpenUrlAction { Title = t.DownloadButton, Url = link }],
        };
        return InvokeResponse.Card(card.ToJsonElement());
    }
}
