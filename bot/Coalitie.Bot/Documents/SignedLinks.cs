using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coalitie.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Coalitie.Bot.Documents;

/// <summary>
/// Signed, expiring download links: <c>/documents/{id}?e={unix seconds}&amp;s={HMAC-SHA256(id|e)}</c>. The key is
/// 256 random bits kept in the database (<c>app_secrets</c>), created on first use, so all instances agree. A link
/// cannot be guessed (the id is random, the signature keyed), altered (signature) or used after it expires.
/// </summary>
public sealed class SignedLinks(CoalitieDbContext db, TimeProvider time, IOptions<DocumentOptions> options)
{
    private const string KeyName = "documents.link-signing-key";

    public async Task<Uri> CreateAsync(Uri baseUrl, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var expires = time.GetUtcNow().Add(options.Value.LinkLifetime).ToUnixTimeSeconds();
        var signature = Sign(await KeyAsync(cancellationToken).ConfigureAwait(false), documentId, expires);
        var root = options.Value.PublicBaseUrl ?? baseUrl;
        return new Uri(root, string.Create(CultureInfo.InvariantCulture, $"/documents/{documentId:N}?e={expires}&s={signature}"));
    }

    public async Task<LinkCheck> CheckAsync(Guid documentId, long expires, string? signature, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return LinkCheck.Invalid;
        }

        var expected = Sign(await KeyAsync(cancellationToken).ConfigureAwait(false), documentId, expires);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            return LinkCheck.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() > expires ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private static string Sign(byte[] key, Guid id, long expires)
    {
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id:N}|{expires}"));
        return Convert.ToBase64String(HMACSHA256.HashData(key, payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        var secrets = db.Set<AppSecret>();
        var existing = await secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == KeyName, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return Convert.FromBase64String(existing.Value);
        }

        secrets.Add(new AppSecret { Name = KeyName, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first; use theirs.
            db.ChangeTracker.Clear();
        }

        var stored = await secrets.AsNoTracking().FirstAsync(s => s.Name == KeyName, cancellationToken).ConfigureAwait(false);
        return Convert.FromBase64String(stored.Value);
    }
}

public enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
