using Coalitie.Bot.Commands;
using Coalitie.Bot.Localization;

namespace Coalitie.Bot.Tests.Commands;

/// <summary>Matching, suggestions and the start-up check of the command catalogue.</summary>
public sealed class CommandCatalogTests
{
    private static readonly CommandCatalog Catalog = new(
    [
        Define("help", ["hulp", "help"], ["help"]),
        Define("about", ["over", "over coalitie", "info"], ["about"]),
        Define("language", ["taal"], ["language"]),
        Define("commitment.add", ["toezegging toevoegen"], ["add commitment"]),
        Define("commitment.list", ["toezeggingen"], ["commitments"]),
    ]);

    [Theory]
    [InlineData("Hulp", "hulp")]
    [InlineData("HÜLP!", "hulp")]
    [InlineData("  over\t\nCoalitie.  ", "over coalitie")]
    [InlineData("Café, crème?", "cafe creme")]
    [InlineData("(taal) 'en'", "taal en")]
    [InlineData("!!! ...", "")]
    public void Normalize_lowercases_removes_accents_and_edge_punctuation_and_folds_space(string input, string expected)
    {
        Assert.Equal(expected, CommandCatalog.Normalize(input));
    }

    [Theory]
    [InlineData("hulp", "help", "hulp")]
    [InlineData("HELP", "help", "help")]
    [InlineData("Hülp!", "help", "hulp")]
    [InlineData("over", "about", "over")]
    [InlineData("info", "about", "info")]
    public void Match_finds_the_command_by_any_of_its_names(string text, string key, string matchedName)
    {
        var match = Catalog.Match(text);

        Assert.NotNull(match);
        Assert.Equal(key, match.Command.Key);
        Assert.Equal(matchedName, match.MatchedName);
    }

    [Fact]
    public void Match_prefers_the_longest_name_that_starts_the_message()
    {
        var match = Catalog.Match("Over Coalitie");

        Assert.NotNull(match);
        Assert.Equal("over coalitie", match.MatchedName);
        Assert.Equal(string.Empty, match.Arguments);
    }

    [Fact]
    public void Match_keeps_the_arguments_in_their_original_casing()
    {
        var match = Catalog.Match("Toezegging toevoegen Speeltuin Havenstraat OPKNAPPEN");

        Assert.NotNull(match);
        Assert.Equal("commitment.add", match.Command.Key);
        Assert.Equal("Speeltuin Havenstraat OPKNAPPEN", match.Arguments);
    }

    [Fact]
    public void Match_gives_the_language_argument_as_typed()
    {
        var match = Catalog.Match("TAAL EN");

        Assert.NotNull(match);
        Assert.Equal("language", match.Command.Key);
        Assert.Equal("EN", match.Arguments);
    }

    [Theory]
    [InlineData("hlup")]
    [InlineData("toezegging")]
    [InlineData("hulpje")]
    [InlineData("")]
    public void Match_is_null_for_text_that_does_not_start_with_a_name(string text)
    {
        Assert.Null(Catalog.Match(text));
    }

    [Fact]
    public void Suggest_offers_the_closest_name_for_a_typo()
    {
        Assert.Equal(new[] { "hulp" }, Catalog.Suggest("hlup", Language.Nl));
    }

    [Fact]
    public void Suggest_uses_the_readers_language()
    {
        Assert.Equal(new[] { "help" }, Catalog.Suggest("hepl", Language.En));
        Assert.Equal(new[] { "about" }, Catalog.Suggest("abuot", Language.En));
        Assert.Equal(new[] { "over" }, Catalog.Suggest("abuot", Language.Nl));
    }

    [Fact]
    public void Suggest_counts_a_word_shared_with_a_multi_word_command()
    {
        var suggestions = Catalog.Suggest("toezegging", Language.Nl);

        Assert.Contains("toezegging toevoegen", suggestions);
        Assert.Contains("toezeggingen", suggestions);
        Assert.True(suggestions.Count <= 3);
    }

    [Fact]
    public void Suggest_offers_nothing_for_unrelated_text_or_nothing_at_all()
    {
        Assert.Empty(Catalog.Suggest("parkeervergunning aanvragen", Language.Nl));
        Assert.Empty(Catalog.Suggest("  ", Language.Nl));
    }

    [Fact]
    public void Suggest_returns_at_most_max_names_one_per_command()
    {
        var suggestions = Catalog.Suggest("hulp", Language.Nl, max: 1);

        Assert.Equal(new[] { "hulp" }, suggestions);
    }

    [Fact]
    public void Two_commands_claiming_the_same_name_fail_at_construction()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CommandCatalog(
        [
            Define("help", ["hulp"], ["help"]),
            Define("handbook", ["handboek"], ["HELP"]),
        ]));

        Assert.Contains("'help'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'handbook'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_differ_only_in_accents_or_case_are_the_same_name()
    {
        Assert.Throws<InvalidOperationException>(() => new CommandCatalog(
        [
            Define("about", ["over"], ["about"]),
            Define("transfer", ["óver"], ["transfer"]),
        ]));
    }

    [Fact]
    public void A_name_that_is_empty_once_normalised_fails_at_construction()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CommandCatalog([Define("odd", ["?!"], [])]));

        Assert.Contains("'odd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bots_own_catalogue_has_unique_names_and_knows_the_basic_commands()
    {
        using var file = new Infrastructure.SqliteFile();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [$"--Storage:SqlitePath={file.Path}"] });
        builder.AddCoalitie();
        using var app = builder.Build();
        var catalog = app.Services.GetRequiredService<CommandCatalog>();

        Assert.Equal(new[] { "help", "about", "language" }, catalog.Commands.Select(c => c.Key).Take(3));
        Assert.Equal(catalog.Commands.Count, catalog.Commands.Select(c => c.Key).Distinct().Count());
        Assert.Equal("help", catalog.Match("hulp")?.Command.Key);
        Assert.Equal("about", catalog.Match("over coalitie")?.Command.Key);
        Assert.Equal("language", catalog.Match("language en")?.Command.Key);
    }

    private static CommandDefinition Define(string key, string[] dutch, string[] english) =>
        new(key, dutch, english, _ => key, typeof(CommandHandlerStub));}

/// <summary>A handler type for catalogue entries; the catalogue never runs it.</summary>
public sealed class CommandHandlerStub : ICommandHandler
{
    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
