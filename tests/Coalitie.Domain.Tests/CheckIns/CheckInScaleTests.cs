using Coalitie.Domain.CheckIns;
using Coalitie.Domain.Common;

namespace Coalitie.Domain.Tests.CheckIns;

public class CheckInScaleTests
{
    [Fact]
    public void The_default_runs_from_zeer_zwak_to_zeer_sterk_with_weet_niet()
    {
        var scale = CheckInScale.Default;

        Assert.Equal(1, scale.Minimum);
        Assert.Equal(5, scale.Maximum);
        Assert.Equal("zeer zwak", scale.LabelOf(1)!.Dutch);
        Assert.Equal("zeer sterk", scale.LabelOf(5)!.Dutch);
        Assert.Equal("very strong", scale.LabelOf(5)!.English);
        Assert.Null(scale.LabelOf(6));
        Assert.True(scale.AllowsDontKnow);
        Assert.True(scale.Accepts(FactorScore.DontKnow));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 5 ", 5)]
    [InlineData("weet-niet", null)]
    [InlineData("WEET-NIET", null)]
    public void Submitted_values_are_read(string submitted, int? expected)
    {
        Assert.Equal(expected, CheckInScale.Default.ParseSubmitted('a', submitted).Value);
    }

    [Theory]
    [InlineData("0", CheckInErrors.ScoreOutOfRange)]
    [InlineData("6", CheckInErrors.ScoreOutOfRange)]
    [InlineData("-1", CheckInErrors.ScoreUnreadable)]
    [InlineData("vier", CheckInErrors.ScoreUnreadable)]
    [InlineData("3,5", CheckInErrors.ScoreUnreadable)]
    [InlineData("", CheckInErrors.FactorMissing)]
    [InlineData(null, CheckInErrors.FactorMissing)]
    public void Invalid_submitted_values_are_refused_with_the_factor_field(string? submitted, string code)
    {
        var ex = Assert.Throws<DomainException>(() => CheckInScale.Default.ParseSubmitted('d', submitted));

        Assert.Equal(code, ex.Code);
        Assert.Equal("factor-d", ex.Field);
    }

    [Fact]
    public void A_scale_without_weet_niet_refuses_it()
    {
        var scale = CheckInScale.Create(1, 3, [new(1, "laag", "low"), new(2, "midden", "middle"), new(3, "hoog", "high")], allowsDontKnow: false);

        var ex = Assert.Throws<DomainException>(() => scale.Validate('b', FactorScore.DontKnow));

        Assert.Equal(CheckInErrors.DontKnowNotAllowed, ex.Code);
        Assert.NotEqual(CheckInScale.Default, scale);
    }

    [Fact]
    public void A_scale_needs_one_label_per_value()
    {
        var ex = Assert.Throws<DomainException>(() => CheckInScale.Create(1, 3, [new(1, "laag", "low"), new(3, "hoog", "high")], allowsDontKnow: true));

        Assert.Equal(CheckInErrors.ScaleInvalid, ex.Code);
    }
}
