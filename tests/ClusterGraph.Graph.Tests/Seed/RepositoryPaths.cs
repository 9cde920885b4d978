using System.Runtime.CompilerServices;
using ClusterGraph.Graph.Seed;

namespace ClusterGraph.Graph.Tests.Seed;

/// <summary>
/// Where the repository's seed and the shared source articles are. Walks up from the test binaries
/// first; when they were built outside the tree (--artifacts-path), from this source file's folder.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root =>
        SeedDirectory.FindRepositoryRoot()
        ?? SeedDirectory.FindRepositoryRoot(SourceFolder())
        ?? throw new InvalidOperationException($"No {SeedDirectory.SolutionFileName} above {AppContext.BaseDirectory} or {SourceFolder()}.");

    public static string Seed
    {
        get
        {
            string path = Path.Combine(Root, SeedDirectory.FolderName);
            return Directory.Exists(path) ? path : throw new InvalidOperationException($"The seed folder {path} is missing.");
        }
    }

    /// <summary>The five source articles: ../shared/seeds relative to the repository root.</summary>
    public static string Articles
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            return Directory.Exists(path)
                ? path
                : throw new InvalidOperationException($"The source articles are missing: expected them in {path} (../shared/seeds beside the repository).");
        }
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";
}
