using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Coalitie.Teams.Connector;

/// <summary>
/// Decides where the outbound bearer token may be sent (singleton). A service URL is trusted when it is an absolute
/// <c>https</c> URL without user info and its host either arrived in an authenticated activity
/// (<see cref="Trust"/>, keyed by host and port) or matches <see cref="BotOptions.TrustedServiceUrlHosts"/>
/// (an exact host, or <c>*.example.com</c> for any subdomain of example.com but not example.com itself; any port).
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trustedAuthorities = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _exactHosts;
    private readonly string[] _wildcardSuffixes;

    public ServiceUrlTrust(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var patterns = options.Value.TrustedServiceUrlHosts
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p.Trim().TrimEnd('.').ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        _exactHosts = [.. patterns.Where(p => !p.StartsWith("*.", StringComparison.Ordinal))];
        _wildcardSuffixes = [.. patterns.Where(p => p.StartsWith("*.", StringComparison.Ordinal) && p.Length > 2).Select(p => p[1..])];
    }

    /// <summary>
    /// Records the host of a service URL that arrived in an authenticated activity. Anything that is not an absolute
    /// https URL is not recorded, since <see cref="IsTrusted"/> would refuse it anyway.
    /// </summary>
    public void Trust(string serviceUrl)
    {
        if (TryParseHttps(serviceUrl, out var uri))
        {
            _trustedAuthorities.TryAdd(Authority(uri), 0);
        }
    }

    /// <summary>True when the bearer token may be sent to <paramref name="serviceUrl"/>.</summary>
    public bool IsTrusted(string serviceUrl)
    {
        if (!TryParseHttps(serviceUrl, out var uri))
        {
            return false;
        }

        if (_trustedAuthorities.ContainsKey(Authority(uri)))
        {
            return true;
        }

        var host = Host(uri);
        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _wildcardSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }

    /// <summary>True for an absolute http(s) URL whose host is <c>localhost</c> or a loopback address.</summary>
    internal static bool IsLoopback(Uri uri)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static bool TryParseHttps(string? serviceUrl, out Uri uri)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed)
            && parsed.Scheme == Uri.UriSchemeHttps
            && string.IsNullOrEmpty(parsed.UserInfo)
            && !string.IsNullOrEmpty(parsed.Host))
        {
            uri = parsed;
            return true;
        }

        uri = null!;
        return false;
    }

    private static string Host(Uri uri) => uri.IdnHost.TrimEnd('.').ToLowerInvariant();

    private static string Authority(Uri uri) => Host(uri) + ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
