using System.Text.Json;

namespace Coalitie.Teams.Auth;

/// <summary>
/// Reads the Bot Framework extension of a JSON Web Key Set: every key may carry <c>"endorsements": ["msteams", ...]</c>,
/// the channel ids the key may sign for (teams-protocol.md §1.1, "Endorsements").
/// </summary>
internal static class JwksEndorsements
{
    /// <summary>
    /// Maps <c>keys[].kid</c> to <c>keys[].endorsements</c>. Keys without a <c>kid</c> or without an
    /// <c>endorsements</c> array are left out, so a lookup for them finds nothing (and is refused by the caller).
    /// Non-string entries of an array are ignored.
    /// </summary>
    /// <exception cref="JsonException">The document is not JSON.</exception>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Parse(string jwksJson)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid)
                || kid.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(kid.GetString())
                || !key.TryGetProperty("endorsements", out var endorsements)
                || endorsements.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var channels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var endorsement in endorsements.EnumerateArray())
            {
                if (endorsement.ValueKind == JsonValueKind.String && endorsement.GetString() is { Length: > 0 } channel)
                {
                    channels.Add(channel);
                }
            }

            result[kid.GetString()!] = channels;
        }

        return result;
    }
}
