using System.Reflection;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>Where the repository's folders are, from the RepoRoot stamped into the test assembly at build.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    public static string SchemaFile => Path.Combine(Root, "schema", "cluster-graph.graphql");

    /// <summary>The test project's source folder (snapshots live beside the tests, not in the build output).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "ClusterGraph.Api.Tests");

    private static string FindRoot()
    {
        string? stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "ClusterGraph.sln")))
        {
            return Path.GetFullPath(stamped);
        }

        throw new InvalidOperationException("Cannot find the repository: the RepoRoot stamped at build does not hold ClusterGraph.sln.");
    }
}
