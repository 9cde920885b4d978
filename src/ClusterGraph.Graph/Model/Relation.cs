namespace ClusterGraph.Graph.Model;

/// <summary>
/// A typed, directed edge between two entities (PARTNERS_WITH is read as undirected), with its
/// validity interval and how sure the graph is of it.
/// </summary>
/// <param name="Id">
/// <c>relation:&lt;type&gt;:&lt;from slug&gt;:&lt;to slug&gt;[:n]</c>, type in lower-case words joined
/// by '-' (see <see cref="GraphIds.ForRelation"/>).
/// </param>
/// <param name="Type">The relation type.</param>
/// <param name="FromId">ID of the source entity.</param>
/// <param name="ToId">ID of the target entity.</param>
public sealed record Relation(string Id, RelationType Type, string FromId, string ToId)
{
    /// <summary>Free-text qualifier, e.g. the product supplied or the kind of support.</summary>
    public string? Role { get; init; }

    /// <summary>First day the relation holds; null = from the beginning of time.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>First day it no longer holds (exclusive); null = to this day.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>0..1; 1 = stated verbatim by a source, below 1 for inferred or public-fact relations.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Sources and passages stating the relation; at least one.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>True when the relation holds on <paramref name="date"/>: (since ≤ date or no since) and (date &lt; until or no until).</summary>
    public bool IsValidOn(DateOnly date) => (Since is null || Since <= date) && (Until is null || date < Until);
}
