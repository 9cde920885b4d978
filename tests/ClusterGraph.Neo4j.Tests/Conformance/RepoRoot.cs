using System.Reflection;

namespace ClusterGraph.Neo4j.Tests.Conformance;

/// <summary>The repository root, as Directory.Build.props stamped it into this test assembly.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Conformance => System.IO.Path.Combine(Path, "tests", "conformance");

    private static string Find()
    {
        string? stamped = typeof(RepoRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is null || !File.Exists(System.IO.Path.Combine(stamped, "ClusterGraph.sln")))
        {
            throw new InvalidOperationException($"The repository root stamped into the test assembly ('{stamped}') does not hold ClusterGraph.sln.");
        }

        return stamped;
    }
}
