using System.Globalization;
using Coalitie.Bot.Audit;
using Coalitie.Bot.Coalitions;
using Coalitie.Bot.Commands;
using Coalitie.Bot.Documents;
using Coalitie.Bot.Localization;
using Coalitie.Bot.Security;
using Coalitie.Teams.Cards;
using Coalitie.Teams.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Exchange;

/// <summary>
/// <c>export</c>: the coalition's workbook (docs/exchange-format.md), stored in the document store and answered with a
/// signed, expiring link (text and a card with a Download button). Procesregisseur and stuurgroep (Capability.Export).
/// </summary>
internal sealed partial class ExportCommand(
    ICoalitionResolver resolver,
    IAuthorizer authorizer,
    ExchangeExporter exporter,
    IDocumentStore store,
    SignedLinks links,
    IClock clock,
    IHttpContextAccessor http,
    IOptions<DocumentOptions> documents,
    ILogger<ExportCommand> logger) : ICommandHandler
{
    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var texts = ExchangeTexts.For(context.Texts);
        var refusals = CoalitionsTexts.For(context.Texts);
        var scope = await resolver.ResolveAsync(context.Turn, cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            await context.Turn.SendTextAsync(refusals.NoCoalition(CoalitionResolver.TeamIdOf(context.Turn.Activity) is not null), cancellationToken).ConfigureAwait(false);
            return;
        }

        var allowed = authorizer.Check(scope, Capability.Export);
        if (!allowed.Allowed)
        {
            LogRefused(logger, scope.CoalitionId, scope.Actor.PersonId);
            await context.Turn.SendTextAsync(refusals.Refusal(allowed), cancellationToken).ConfigureAwait(false);
            return;
        }

        var workbook = await exporter.ExportAsync(scope.CoalitionId, cancellationToken).ConfigureAwait(false);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(scope.TimeZoneId) ?? DateTimeZoneProviders.Tzdb[Domain.Coalitions.Coalition.DefaultTimeZoneId];
        var fileName = ExchangeExporter.FileName(workbook.Coalition?.Area ?? scope.CoalitionName, clock.GetCurrentInstant().InZone(zone).Date);
        var content = XlsxFormat.Write(workbook);
        var document = await store.SaveAsync(fileName, XlsxFormat.ContentType, content, scope.CoalitionId, scope.Actor.PersonId, cancellationToken).ConfigureAwait(false);
        var link = await links.CreateAsync(Documents.RequestBaseUrl.Of(http), document.Id, cancellationToken).ConfigureAwait(false);
        LogExported(logger, scope.CoalitionId, document.Id, scope.Actor.PersonId);

        var lifetime = documents.Value.LinkLifetime;
        var card = ExchangeCards.ExportReady(texts, scope.CoalitionName, fileName, link, lifetime, workbook);
        await context.Turn.SendAsync(
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = texts.ExportReady(scope.CoalitionName, fileName, link, lifetime),
                TextFormat = "markdown",
                Attachments = [card.ToAttachment()],
            },
            cancellationToken).ConfigureAwait(false);
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "Export of coalition {CoalitionId} stored as document {DocumentId} for person {PersonId}")]
    private static partial void LogExported(ILogger logger, Guid coalitionId, Guid documentId, Guid? personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused Export in coalition {CoalitionId} for person {PersonId}")]
    private static partial void LogRefused(ILogger logger, Guid coalitionId, Guid? personId);
}

/// <summary>The card that answers <c>export</c>.</summary>
public static class ExchangeCards
{
    public static AdaptiveCard ExportReady(ExchangeTexts texts, string coalition, string fileName, Uri link, TimeSpan lifetime, ExchangeWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(workbook);
        var invariant = CultureInfo.InvariantCulture;
        return new AdaptiveCard
        {
            FallbackText = texts.CardTitle(coalition),
            Body =
            [
                new TextBlock { Text = texts.CardTitle(coalition), Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Wrap = true },
                new TextBlock { Text = texts.CardIntro, Wrap = true },
                new FactSet
                {
                    Facts =
                    [
                        new Fact(texts.FactFile, fileName),
                        new Fact(texts.FactPartners, workbook.Partners.Count.ToString(invariant)),
                        new Fact(texts.FactCommitments, workbook.Commitments.Count.ToString(invariant)),
                        new Fact(texts.FactProgress, workbook.Progress.Count.ToString(invariant)),
                    ],
                },
                new TextBlock { Text = texts.LinkValidity(lifetime), Wrap = true, IsSubtle = true, Size = TextSize.Small },
            ],
            Actions = [new OpenUrlAction { Title = texts.DownloadButton, Url = link }],
        };
    }

    /// <summary>The export card in Dutch and English, for the card catalogue.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var workbook = new ExchangeWorkbook
        {
            Partners = [.. Enumerable.Range(1, 9).Select(_ => new PartnerRow())],
            Commitments = [.. Enumerable.Range(1, 22).Select(_ => new CommitmentRow())],
            Progress = [.. Enumerable.Range(1, 64).Select(_ => new ProgressRow())],
        };
        var link = new Uri("http://127.0.0.1:3978/documents/3b0c5d8e9f1a4b2c8d7e6f5a4b3c2d1e?e=1795000000&s=voorbeeld");
        const string file = "coalitie-havenkwartier-2026-11-22.xlsx";
        yield return ("exchange-export.nl", ExportReady(ExchangeTexts.For(Language.Nl), "Wijkaanpak Havenkwartier", file, link, TimeSpan.FromHours(24), workbook));
        yield return ("exchange-export.en", ExportReady(ExchangeTexts.For(Language.En), "Wijkaanpak Havenkwartier", file, link, TimeSpan.FromHours(24), workbook));
    }
}

public static class ExchangeExtensions
{
    /// <summary>
    /// The exchange feature: the <c>export</c> command (Capability.Export), the exporter and the importer that
    /// <c>./coalitie import</c> uses. Call after AddBotProtocol and AddCoalitions.
    /// </summary>
    public static IHostApplicationBuilder AddExchange(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.TryAddScoped<AuditLog>();
        services.AddScoped<ExchangeExporter>();
        services.AddScoped<ExchangeImporter>();
        services.AddCommand<ExportCommand>("export", ["export", "exporteren"], ["export"], t => ExchangeTexts.For(t).ExportDescription);
        return builder;
    }
}
