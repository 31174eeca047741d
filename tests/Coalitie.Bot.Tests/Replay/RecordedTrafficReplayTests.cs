using System.Text.Json.Nodes;
using Coalitie.Bot.Tests.Infrastructure;

namespace Coalitie.Bot.Tests.Replay;

/// <summary>
/// Every recorded Teams request (<c>shared/fixtures/**/*-request-*.json</c>) replayed in authenticated mode with a fresh
/// token for its serviceUrl: no 5xx, no error logged with an exception.
/// </summary>
public sealed class RecordedTrafficReplayTests(AuthenticatedBotFixture bot) : IClassFixture<AuthenticatedBotFixture>
{
    private const string MissingFolder = "<shared fixtures folder missing>";

    public static TheoryData<string> RecordedRequests()
    {
        var data = new TheoryData<string>();
        var folder = RepositoryPaths.SharedFixtures;
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*-request-*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            data.Add(MissingFolder);
            return data;
        }

        foreach (var file in files)
        {
            data.Add(Path.GetRelativePath(folder, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordedRequests))]
    public async Task A_recorded_request_is_answered_without_server_error(string recording)
    {
        Assert.False(recording == MissingFolder,
            $"The recorded Teams traffic is missing: expected *-request-*.json files under {RepositoryPaths.SharedFixtures} (shared/fixtures next to the repository).");
        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.SharedFixtures, recording)))!;
        var activity = recorded["body"]!.DeepClone().AsObject();
        activity["serviceUrl"] = bot.Connector.ServiceUrl;
        var mark = bot.Host.Logs.Mark();

        using var response = await bot.Host.PostActivityAsync(activity, bot.Issuer.CreateAuthorizationHeader(bot.Connector.ServiceUrl));

        Assert.True((int)response.StatusCode < 500, $"{recording} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.True((int)response.StatusCode is 200 or 501, $"{recording} answered {(int)response.StatusCode}, expected 200 (or 501 for an invoke the bot does not offer).");
        var failures = bot.Host.Logs.Entries.Skip(mark).Where(e => e.Level >= LogLevel.Error && e.Exception is not null).ToList();
        Assert.True(failures.Count == 0, $"{recording} logged: {string.Join(Environment.NewLine, failures)}");
    }
}
