using System.ComponentModel.DataAnnotations;
using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coalitie.Bot.Documents;

/// <summary>Section <c>Documents</c>.</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    /// <summary>Folder of the embedded store (relative to the content root). Production moves to SharePoint via Graph.</summary>
    [Required]
    public string Path { get; set; } = "data/documents";

    /// <summary>How long a download link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The public base URL of the bot for links (e.g. https://coalitie.example.org); default: the request's.</summary>
    public Uri? PublicBaseUrl { get; set; }
}

/// <summary>
/// Where produced files live. The embedded store keeps them under <see cref="DocumentOptions.Path"/> with their
/// metadata in the database; a SharePoint/OneDrive store through Microsoft Graph replaces it in production (later issue).
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument> SaveAsync(string fileName, string contentType, byte[] content, Guid? coalitionId, Guid? requestedBy, CancellationToken cancellationToken);

    Task<(StoredDocument Document, Stream Content)?> OpenAsync(Guid id, CancellationToken cancellationToken);
}

internal sealed class LocalDocumentStore(CoalitieDbContext db, IClock clock, IOptions<DocumentOptions> options, IHostEnvironment environment) : IDocumentStore
{
    public async Task<StoredDocument> SaveAsync(string fileName, string contentType, byte[] content, Guid? coalitionId, Guid? requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var document = new StoredDocument
        {
            Id = Guid.NewGuid(),
            CoalitionId = coalitionId,
            FileName = fileName,
            ContentType = contentType,
            Length = content.Length,
            CreatedAt = clock.GetCurrentInstant(),
            RequestedByPersonId = requestedBy,
        };
        var path = PathOf(document.Id);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, cancellationToken).ConfigureAwait(false);
        db.Set<StoredDocument>().Add(document);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return document;
    }

    public async Task<(StoredDocument Document, Stream Content)?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Set<StoredDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        var path = PathOf(id);
        if (document is null || !File.Exists(path))
        {
            return null;
        }

        return (document, File.OpenRead(path));
    }

    private string PathOf(Guid id)
    {
        var root = System.IO.Path.IsPathRooted(options.Value.Path) ? options.Value.Path : System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path);
        return System.IO.Path.Combine(root, id.ToString("N") + ".bin");
    }
}
