namespace ClusterGraph.Graph.Store;

/// <summary>One item of a page and the opaque cursor that points at it.</summary>
/// <param name="Cursor">Opaque keyset cursor; pass it as after/before to continue from this item.</param>
/// <param name="Node">The item.</param>
public sealed record PageEdge<T>(string Cursor, T Node);

/// <summary>
/// A page of a list in the list's order (also when paging backward: items are never reversed).
/// </summary>
/// <param name="Edges">The items with their cursors.</param>
/// <param name="HasNextPage">True when items follow the last edge (paging forward; paging backward: true when <c>before</c> was given and items follow it).</param>
/// <param name="HasPreviousPage">True when items precede the first edge (paging backward; paging forward: true when <c>after</c> was given and items precede it).</param>
/// <param name="TotalCount">Number of items in the whole list, when asked for; otherwise null.</param>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
{
    /// <summary>The items without their cursors.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>Cursor of the first edge, or null.</summary>
    public string? StartCursor => Edges.Count == 0 ? null : Edges[0].Cursor;

    /// <summary>Cursor of the last edge, or null.</summary>
    public string? EndCursor => Edges.Count == 0 ? null : Edges[^1].Cursor;
}

/// <summary>Helpers for <see cref="Page{T}"/>.</summary>
public static class Page
{
    /// <summary>An empty page (e.g. for an ID that does not exist); TotalCount 0 when asked for.</summary>
    public static Page<T> Empty<T>(bool includeTotalCount) => new([], false, false, includeTotalCount ? 0 : null);
}
