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

        if (!SigningKeys.Matches(Sign(await KeyAsync(cancellationToken).ConfigureAwait(false), documentId, expires), signature))
        {
            return LinkCheck.Invalid;
        }

        return time.GetUtcNow().ToUnixTimeSeconds() > expires ? LinkCheck.Expired : LinkCheck.Valid;
    }

    private static string Sign(byte[] key, Guid id, long expires) => SigningKeys.Sign(key, Payload(id, expires));

    private static string Payload(Guid id, long expires) => string.Create(CultureInfo.InvariantCulture, $"{id:N}|{expires}");

    private Task<byte[]> KeyAsync(CancellationToken cancellationToken) => SigningKeys.GetOrCreateAsync(db, KeyName, cancellationToken);
}

/// <summary>
/// Named HMAC keys kept in <c>app_secrets</c>: 256 random bits each, created on first use, so every instance signs and
/// checks alike. One key per purpose (document links, burgerpanel links), so a signature made for one kind of link
/// never verifies as another.
/// </summary>
/// <remarks>
/// Creating a key saves the context: call this before tracking changes of your own. When another instance creates the
/// same key at the same moment, the loser detaches its row and reads the winner's.
/// </remarks>
internal static class SigningKeys
{
    public static async Task<byte[]> GetOrCreateAsync(CoalitieDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var secrets = db.Set<AppSecret>();
        var created = new AppSecret { Name = name, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        secrets.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first; use theirs.
        }
        finally
        {
            db.Entry(created).State = EntityState.Detached;
        }

        var stored = await secrets.AsNoTracking().FirstAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false);
        return Convert.FromBase64String(stored.Value);
    }

    /// <summary>The key <paramref name="name"/> when it exists; null otherwise (nothing was signed with it yet). Never creates one.</summary>
    public static async Task<byte[]?> FindAsync(CoalitieDbContext db, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.Set<AppSecret>().AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false);
        return existing is null ? null : Convert.FromBase64String(existing.Value);
    }

    /// <summary>HMAC-SHA256 of <paramref name="payload"/> (UTF-8) under <paramref name="key"/>, base64url without padding (43 characters).</summary>
    public static string Sign(byte[] key, string payload) =>
        Convert.ToBase64String(Mac(key, payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// HMAC-SHA256 of <paramref name="payload"/> as 64 lower-case hex digits: for links shown as text (card markdown
    /// would read the <c>_</c> of base64url as emphasis).
    /// </summary>
    public static string SignHex(byte[] key, string payload) => Convert.ToHexStringLower(Mac(key, payload));

    /// <summary>Whether <paramref name="signature"/> equals the <paramref name="expected"/> one, compared in fixed time.</summary>
    public static bool Matches(string expected, string? signature) =>
        !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.UTF8.GetBytes(signature));

    private static byte[] Mac(byte[] key, string payload) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload));
}

public enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
