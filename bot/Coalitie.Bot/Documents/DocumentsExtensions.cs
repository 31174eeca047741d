using System.Globalization;

namespace Coalitie.Bot.Documents;

public static class DocumentsExtensions
{
    public static IHostApplicationBuilder AddDocuments(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<IDocumentStore, LocalDocumentStore>();
        builder.Services.AddScoped<SignedLinks>();
        return builder;
    }

    /// <summary>
    /// <c>GET /documents/{id}?e=&amp;s=</c>: the file behind a signed link, or a short Dutch/English explanation
    /// (403 for a link that is not valid, 410 for one that expired, 404 when the file is gone).
    /// </summary>
    public static IEndpointConventionBuilder MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapGet("/documents/{id}", async (string id, string? e, string? s, SignedLinks links, IDocumentStore store, CancellationToken cancellationToken) =>
        {
            if (!Guid.TryParseExact(id, "N", out var documentId) || !long.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            {
                return Results.Text(Message.Invalid, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
            }

            switch (await links.CheckAsync(documentId, expires, s, cancellationToken).ConfigureAwait(false))
            {
                case LinkCheck.Invalid:
                    return Results.Text(Message.Invalid, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
                case LinkCheck.Expired:
                    return Results.Text(Message.Expired, "text/plain; charset=utf-8", statusCode: StatusCodes.Status410Gone);
            }

            var opened = await store.OpenAsync(documentId, cancellationToken).ConfigureAwait(false);
            return opened is { } found
                ? Results.File(found.Content, found.Document.ContentType, found.Document.FileName)
                : Results.Text(Message.Gone, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        });
    }

    private static class Message
    {
        public const string Invalid = "Deze link klopt niet. Vraag in Teams een nieuwe aan.\nThis link is not valid. Ask for a new one in Teams.";
        public const string Expired = "Deze link is verlopen. Vraag in Teams een nieuwe aan (bijvoorbeeld opnieuw 'export').\nThis link has expired. Ask for a new one in Teams.";
        public const string Gone = "Dit bestand bestaat niet meer. Vraag in Teams een nieuwe export aan.\nThis file no longer exists. Ask for a new export in Teams.";
    }
}
