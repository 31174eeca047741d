using System.Text;

namespace Coalitie.Teams.Routing;

/// <summary>
/// What a user typed, made safe to keep: line breaks as one character (CRLF and CR become LF, as browsers and Teams
/// count them for a maximum length) and no control characters other than line feed and tab — a NUL would be refused by
/// PostgreSQL, and none of them means anything in a name or a comment.
/// </summary>
public static class UserText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            if (c is '\n' or '\t' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
