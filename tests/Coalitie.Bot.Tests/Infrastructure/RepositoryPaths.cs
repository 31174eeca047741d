namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>Folders the tests need, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds <c>Coalitie.sln</c>, walking up from <see cref="AppContext.BaseDirectory"/>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared recorded Teams traffic (<c>../shared/fixtures</c> next to the repository).</summary>
    public static string SharedFixtures => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures"));

    /// <summary>This project's own fixtures, copied next to the test assembly.</summary>
    public static string OwnFixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Coalitie.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing Coalitie.sln above {AppContext.BaseDirectory}.");
    }
}
