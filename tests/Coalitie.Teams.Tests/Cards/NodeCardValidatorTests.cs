using System.ComponentModel;
using System.Diagnostics;
using Coalitie.Teams.Cards;

namespace Coalitie.Teams.Tests.Cards;

/// <summary>
/// Runs tests/cards/validate-cards.test.mjs (Microsoft's adaptivecards parser, Node 20) over cards written by this model.
/// Node is required: a missing node fails the test with a clear message instead of skipping it.
/// </summary>
public sealed class NodeCardValidatorTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _cardsDir = Directory.CreateTempSubdirectory("coalitie-cards-");

    public void Dispose() => _cardsDir.Delete(recursive: true);

    [Fact]
    public void Microsoft_parser_accepts_the_representative_cards()
    {
        Write("survey.json", SampleCards.Survey());
        Write("survey-manual-refresh.json", SampleCards.Survey(userIds: []));
        Write("receipt.json", SampleCards.Receipt());
        Write(Path.Combine("forms", "form.json"), SampleCards.Form());
        Write("mention.json", SampleCards.MentionCard());

        var (exitCode, output) = RunValidator();

        Assert.True(exitCode == 0, $"validate-cards exited with {exitCode}:\n{output}");
        Assert.Contains("# pass 6", output, StringComparison.Ordinal);
        Assert.Contains("ok 1 - card forms/form.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Microsoft_parser_rejects_a_required_input_without_label()
    {
        Write("bad.json", new AdaptiveCard
        {
            Body = [new TextInput { Id = "name", IsRequired = true, ErrorMessage = "Please enter a name" }],
            Actions = [new ExecuteAction { Title = "Send", Verb = "name.send" }],
        });

        var (exitCode, output) = RunValidator();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("RequiredInputsShouldHaveLabel", output, StringComparison.Ordinal);
    }

    private void Write(string relativePath, AdaptiveCard card)
    {
        var path = Path.Combine(_cardsDir.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, card.ToJson(indented: true));
    }

    private (int ExitCode, string Output) RunValidator()
    {
        var repoRoot = FindRepoRoot();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = repoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("tests", "cards", "validate-cards.test.mjs"));
        start.Environment["CARDS_DIR"] = _cardsDir.FullName;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"Node.js (>= 20) must be on PATH to validate cards with the adaptivecards parser: {ex.Message}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"validate-cards did not finish within {Timeout}.");
            }

            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coalitie.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Coalitie.sln above {AppContext.BaseDirectory}.");
    }
}
