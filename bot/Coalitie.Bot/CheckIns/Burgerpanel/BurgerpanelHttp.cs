using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Coalitie.Bot.CheckIns.Burgerpanel;

/// <summary>
/// The HTTP edge of the burgerpanel page: its security headers, the bounded form reader and the Origin check.
/// </summary>
internal static class BurgerpanelHttp
{
    /// <summary>
    /// The largest form accepted: ten comments of <see cref="Domain.CheckIns.CheckInAnswer.MaxCommentLength"/>
    /// characters, each character at most 6 bytes once percent-encoded (a line break counts once in the browser but
    /// arrives as <c>%0D%0A</c>), plus the nine scores: about 120 KB, so 160 KB.
    /// </summary>
    public const int MaxBodyBytes = 160 * 1024;

    /// <summary>The form has 19 fields; anything far beyond that is not our form.</summary>
    private const int MaxFields = 64;

    /// <summary>
    /// <c>default-src 'none'</c> (no script, image, font or connection), the one inline stylesheet by hash, forms only
    /// to this site, never inside a frame, no <c>&lt;base&gt;</c>.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {BurgerpanelStyle.HashSource}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>An HTML page with the burgerpanel's headers.</summary>
    public static IResult Page(int statusCode, string html) => new HtmlPage(statusCode, html);

    /// <summary>
    /// Whether a POST comes from another site: <c>Sec-Fetch-Site</c> says cross-site or same-site, or <c>Origin</c>
    /// names another host than this request's (or the configured public base URL's). No Origin, or <c>Origin: null</c>
    /// (which browsers send for this page's own form, as its referrer policy is <c>no-referrer</c>), is not refused:
    /// the signed link is the credential, so this is defence in depth against a page elsewhere posting a known link.
    /// </summary>
    public static bool IsCrossSite(HttpRequest request, Uri? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site")
        {
            return true;
        }

        var origin = request.Headers.Origin;
        if (origin.Count == 0)
        {
            return false;
        }

        if (origin.Count > 1)
        {
            return true;
        }

        var value = origin[0];
        if (string.IsNullOrEmpty(value) || value == "null")
        {
            return false;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var from))
        {
            return true;
        }

        return !(SameHost(from.Host, request.Host.Host) || (publicBaseUrl is not null && SameHost(from.Host, publicBaseUrl.Host)));
    }

    /// <summary>
    /// Reads an <c>application/x-www-form-urlencoded</c> body of at most <see cref="MaxBodyBytes"/>: the fields, or the
    /// status to refuse with (415 another content type, 413 too large, 400 not a readable form).
    /// </summary>
    public static async Task<(Dictionary<string, StringValues>? Fields, int Status)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes + 1;
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > MaxBodyBytes)
                {
                    return (null, StatusCodes.Status413PayloadTooLarge);
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest);
        }

        body.Position = 0;
        try
        {
            using var reader = new FormReader(body, Encoding.UTF8)
            {
                ValueCountLimit = MaxFields,
                KeyLengthLimit = 64,
                ValueLengthLimit = MaxBodyBytes,
            };
            return (await reader.ReadFormAsync(cancellationToken).ConfigureAwait(false), StatusCodes.Status200OK);
        }
        catch (InvalidDataException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }
    }

    private static bool SameHost(string a, string b) => string.Equals(a.Trim('[', ']'), b.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page with its headers: the CSP above, <c>Referrer-Policy: no-referrer</c> (the link's signature is in the
    /// URL), <c>Cache-Control: no-store</c> (answers and links stay out of caches), <c>nosniff</c>, no framing, no indexing.
    /// </summary>
    private sealed class HtmlPage(int statusCode, string html) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            var response = httpContext.Response;
            var headers = response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            response.StatusCode = statusCode;
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
