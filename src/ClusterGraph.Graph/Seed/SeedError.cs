namespace ClusterGraph.Graph.Seed;

/// <summary>One invalid seed line: where it is and what is wrong with it.</summary>
/// <param name="File">Path of the file relative to the seed folder, with '/' separators (e.g. <c>entities/companies.jsonl</c>).</param>
/// <param name="Line">1-based line number; 0 when the error concerns the file or folder as a whole.</param>
/// <param name="Message">The reason, naming the offending field where there is one.</param>
public sealed record SeedError(string File, int Line, string Message)
{
    /// <summary>The error as <c>file:line: reason</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
