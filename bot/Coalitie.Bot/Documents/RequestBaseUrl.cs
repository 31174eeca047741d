using System.Globalization;

namespace Coalitie.Bot.Documents;

/// <summary>The scheme and host the current request came in on, as the base of links the bot hands out (unless <c>Documents:PublicBaseUrl</c> says otherwise).</summary>
public static class RequestBaseUrl
{
    public static Uri Of(IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.HttpContext?.Request;
        return request is null ? new Uri(CoalitieHost.DefaultUrl + "/") : new Uri(string.Create(CultureInfo.InvariantCulture, $"{request.Scheme}://{request.Host}/"));
    }
}
