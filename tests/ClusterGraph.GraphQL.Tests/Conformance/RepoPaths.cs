using System.Reflection;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>Finds folders of the repository, wherever the test assembly was built.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds ClusterGraph.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>tests/conformance: the Node oracles.</summary>
    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    private static string FindRoot()
    {
        // Directory.Build.props stamps the repository root into every test assembly.
        string? stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "ClusterGraph.sln")))
        {
            return Path.GetFullPath(stamped);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClusterGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find ClusterGraph.sln: neither the stamped RepoRoot nor the test's output folder leads to it.");
    }
}
