namespace ClusterGraph.Graph.Seed;

/// <summary>Finds the seed folder: the one the host configures, or the repository's <c>seed/</c> for tests and tools.</summary>
public static class SeedDirectory
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "ClusterGraph.sln";

    /// <summary>Name of the seed folder under the repository root.</summary>
    public const string FolderName = "seed";

    /// <summary>How many parent folders the walk up visits at most.</summary>
    public const int MaxLevels = 32;

    /// <summary>
    /// The repository root: the nearest folder at or above <paramref name="startDirectory"/> that holds
    /// ClusterGraph.sln. Without a start folder, tries <see cref="AppContext.BaseDirectory"/> and then
    /// the current directory (binaries built with --artifacts-path live outside the repository).
    /// Null when none is found.
    /// </summary>
    public static string? FindRepositoryRoot(string? startDirectory = null)
    {
        if (startDirectory is not null)
        {
            return WalkUp(startDirectory);
        }

        return WalkUp(AppContext.BaseDirectory) ?? WalkUp(Environment.CurrentDirectory);
    }

    /// <summary>The repository's <c>seed/</c> folder found by walking up from <paramref name="startDirectory"/>; null when there is none.</summary>
    public static string? FindRepositorySeed(string? startDirectory = null)
    {
        string? root = FindRepositoryRoot(startDirectory);
        if (root is null)
        {
            return null;
        }

        string seed = Path.Combine(root, FolderName);
        return Directory.Exists(seed) ? seed : null;
    }

    private static string? WalkUp(string startDirectory)
    {
        DirectoryInfo? current = new(startDirectory);
        for (int level = 0; current is not null && level < MaxLevels; level++, current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, SolutionFileName)))
            {
                return current.FullName;
            }
        }

        return null;
    }
}
