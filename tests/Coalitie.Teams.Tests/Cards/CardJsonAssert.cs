using System.Text.Json;
using System.Text.Json.Nodes;
using Coalitie.Teams.Cards;

namespace Coalitie.Teams.Tests.Cards;

internal static class CardJsonAssert
{
    /// <summary>Asserts that <paramref name="actual"/> is the same JSON as <paramref name="expected"/> (member order aside).</summary>
    public static void Equal(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actualNode?.ToJsonString()}");
    }

    public static string Element(CardElement element) => JsonSerializer.Serialize(element, CardJson.Options);

    public static string Action(CardAction action) => JsonSerializer.Serialize(action, CardJson.Options);
}
