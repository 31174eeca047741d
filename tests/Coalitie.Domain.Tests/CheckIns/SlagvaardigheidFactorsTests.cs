using Coalitie.Domain.CheckIns;

namespace Coalitie.Domain.Tests.CheckIns;

public class SlagvaardigheidFactorsTests
{
    [Fact]
    public void There_are_nine_factors_keyed_a_to_i_in_order()
    {
        Assert.Equal(9, SlagvaardigheidFactors.All.Count);
        Assert.Equal("abcdefghi", new string([.. SlagvaardigheidFactors.All.Select(f => f.Key)]));
        Assert.All(SlagvaardigheidFactors.All, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.DutchSummary));
            Assert.False(string.IsNullOrWhiteSpace(f.EnglishSummary));
            Assert.False(string.IsNullOrWhiteSpace(f.DutchDefinition));
        });
    }

    [Fact]
    public void Names_and_definitions_match_the_brief()
    {
        var c = SlagvaardigheidFactors.Find('c')!;
        Assert.Equal("Organisatiemandaat", c.DutchName);
        Assert.Equal("Organisational mandate", c.EnglishName);
        Assert.Equal("The extent to which participating actors are authorised by the organisations they represent to take decisions.", c.EnglishDefinition);

        var g = SlagvaardigheidFactors.Find('g')!;
        Assert.Equal("Informatieoverdracht", g.DutchName);
        Assert.Equal("The extent to which parties are able and willing to share information. Privacy can play a role here, but so can reluctance to share (la condition humaine).", g.EnglishDefinition);

        Assert.Equal("Verhouding tussen actie en borging", SlagvaardigheidFactors.Find('i')!.DutchName);
        Assert.Equal("initiatief, motivatie en gedeeld urgentiegevoel", SlagvaardigheidFactors.Drive.DutchSummary);
    }

    [Fact]
    public void Unknown_letters_find_nothing_and_field_names_follow_the_letter()
    {
        Assert.Null(SlagvaardigheidFactors.Find('j'));
        Assert.Null(SlagvaardigheidFactors.Find('A'));
        Assert.Equal("factor-e", SlagvaardigheidFactors.NormatieveBalans.FieldName);
    }
}
