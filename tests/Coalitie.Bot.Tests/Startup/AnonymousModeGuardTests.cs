using Coalitie.Teams.Hosting;

namespace Coalitie.Bot.Tests.Startup;

/// <summary>Anonymous mode (no app id) is refused unless every listening address is loopback.</summary>
public sealed class AnonymousModeGuardTests
{
    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:80")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://example.org:3978")]
    public void A_non_loopback_address_is_reported(string url)
    {
        Assert.Equal(new[] { url }, BotHostingExtensions.NonLoopbackAddresses([url]));
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://[::1]:3978")]
    [InlineData("http://localhost:3978")]
    [InlineData("https://LOCALHOST:5001/")]
    public void A_loopback_address_is_accepted(string url)
    {
        Assert.Empty(BotHostingExtensions.NonLoopbackAddresses([url]));
    }

    [Fact]
    public void Only_the_offending_addresses_of_a_semicolon_list_are_reported()
    {
        Assert.Equal(new[] { "http://0.0.0.0:3978" }, BotHostingExtensions.NonLoopbackAddresses(["http://127.0.0.1:3978;http://0.0.0.0:3978"]));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://*:3978")]
    [InlineData("http://+:80")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://example.org:3978")]
    public void Start_without_app_id_on_a_non_loopback_address_is_refused_with_the_address(string url)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [$"--urls={url}", "--Bot:AppId="] });

        var allowed = StartupGuards.CheckBeforeStart(builder, out var refusal);

        Assert.False(allowed);
        Assert.Contains(url, refusal, StringComparison.Ordinal);
        Assert.Contains("no Bot:AppId is configured", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://[::1]:3978")]
    [InlineData("http://localhost:3978")]
    public void Start_without_app_id_on_loopback_is_allowed(string url)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [$"--urls={url}", "--Bot:AppId="] });

        Assert.True(StartupGuards.CheckBeforeStart(builder, out var refusal));
        Assert.Equal(string.Empty, refusal);
    }

    [Fact]
    public void A_Kestrel_endpoint_on_all_interfaces_is_refused_too()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--Kestrel:Endpoints:Http:Url=http://0.0.0.0:3978", "--Bot:AppId="],
        });

        Assert.False(StartupGuards.CheckBeforeStart(builder, out var refusal));
        Assert.Contains("http://0.0.0.0:3978", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_app_id_any_address_is_allowed()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls=http://0.0.0.0:3978", "--Bot:AppId=6f1c2d3e-4b5a-4978-8a6b-5c4d3e2f1a0b"],
        });

        Assert.True(StartupGuards.CheckBeforeStart(builder, out _));
    }
}
