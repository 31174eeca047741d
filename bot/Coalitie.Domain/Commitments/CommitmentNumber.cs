using System.Globalization;

namespace Coalitie.Domain.Commitments;

/// <summary>
/// The number people use for a commitment: unique within a coalition, shown as <c>T-17</c>. Read back from
/// <c>T-17</c>, <c>t17</c>, <c>T 17</c>, <c>#17</c> or just <c>17</c>.
/// </summary>
public static class CommitmentNumber
{
    public static string Format(int number) => string.Create(CultureInfo.InvariantCulture, $"T-{number}");

    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().TrimStart('#');
        if (t.StartsWith('t') || t.StartsWith('T'))
        {
            t = t[1..].TrimStart(' ', '-', '.');
        }

        return t.Length is > 0 and <= 9 && t.All(char.IsAsciiDigit)
            && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
