using System.Reflection;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Folders of the repository, found from the root the build stamps into the test assembly.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/conformance: the Node tools (graphql-http audits, graphql-sse client).</summary>
    public static string Conformance => Path.Combine(Root, "tests", "conformance");

    private static string FindRoot()
    {
        string? stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "ClusterGraph.sln")))
        {
            return Path.GetFullPath(stamped);
        }

        // Fallback: walk up from the output folder.
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClusterGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (ClusterGraph.sln).");
    }
}
