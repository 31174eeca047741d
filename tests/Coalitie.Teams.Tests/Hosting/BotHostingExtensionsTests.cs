using Coalitie.Teams.Hosting;

namespace Coalitie.Teams.Tests.Hosting;

/// <summary>Which listening addresses anonymous mode may use.</summary>
public sealed class BotHostingExtensionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://[::1]:3978")]
    [InlineData("http://localhost:3978")]
    [InlineData("https://LOCALHOST:3979/")]
    [InlineData("http://127.0.0.1")]
    [InlineData("localhost:3978")]
    public void Loopback_addresses_are_accepted(string url)
    {
        Assert.Empty(BotHostingExtensions.NonLoopbackAddresses([url]));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://example.org:3978")]
    [InlineData("http://192.0.2.10:3978")]
    [InlineData("http://localhost.example.org:3978")]
    public void Wildcards_and_other_hosts_are_rejected(string url)
    {
        Assert.Equal([url], BotHostingExtensions.NonLoopbackAddresses([url]));
    }

    [Fact]
    public void Semicolon_separated_lists_are_checked_entry_by_entry()
    {
        var offending = BotHostingExtensions.NonLoopbackAddresses(["http://127.0.0.1:3978; http://*:8080", "http://localhost:5000;http://example.org"]);

        Assert.Equal(["http://*:8080", "http://example.org"], offending);
    }

    [Fact]
    public void No_addresses_means_nothing_to_reject()
    {
        Assert.Empty(BotHostingExtensions.NonLoopbackAddresses([]));
    }
}
