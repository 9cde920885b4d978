using System.Diagnostics.CodeAnalysis;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Seed;

/// <summary>
/// What <see cref="SeedLoader.Load"/> produced: the graph when every line was valid, otherwise no
/// graph and every error found (all of them, not just the first).
/// </summary>
public sealed class SeedLoadResult
{
    internal SeedLoadResult(KnowledgeGraph? graph, IReadOnlyList<SeedError> errors)
    {
        Graph = graph;
        Errors = errors;
    }

    /// <summary>The loaded graph; null when any line was invalid (nothing is loaded then).</summary>
    public KnowledgeGraph? Graph { get; }

    /// <summary>Every invalid line, in file and line order; empty on success.</summary>
    public IReadOnlyList<SeedError> Errors { get; }

    /// <summary>True when the seed loaded.</summary>
    [MemberNotNullWhen(true, nameof(Graph))]
    public bool Succeeded => Graph is not null;

    /// <summary>All errors, one per line, as <c>file:line: reason</c>.</summary>
    public string Describe() => string.Join(Environment.NewLine, Errors);
}
