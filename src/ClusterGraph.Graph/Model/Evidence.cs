namespace ClusterGraph.Graph.Model;

/// <summary>Why the graph believes a fact: the source that states it and the passage, verbatim.</summary>
/// <param name="SourceId">ID of a <see cref="Source"/> (<c>source:…</c>).</param>
/// <param name="Quote">The passage as it appears in the source; null only for sources without a text (public facts).</param>
public sealed record Evidence(string SourceId, string? Quote);
