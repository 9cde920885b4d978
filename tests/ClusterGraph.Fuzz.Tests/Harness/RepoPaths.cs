using System.Reflection;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>Folders of the repository, found from the RepoRoot stamp Directory.Build.props puts in every test assembly.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    /// <summary>tests/fuzz/corpus/&lt;target&gt;: the kept inputs, replayed first by every run.</summary>
    public static string Corpus(string target) => Path.Combine(Root, "tests", "fuzz", "corpus", target);

    /// <summary>tests/fuzz/crashes/&lt;target&gt;: minimized failing inputs, replayed by the regression tests.</summary>
    public static string Crashes(string target) => Path.Combine(Root, "tests", "fuzz", "crashes", target);

    private static string FindRoot()
    {
        string? stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "ClusterGraph.sln")))
        {
            return Path.GetFullPath(stamped);
        }

        throw new InvalidOperationException("The RepoRoot stamp does not lead to ClusterGraph.sln.");
    }
}
