using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;

namespace ClusterGraph.Neo4j.Store;

/// <summary>A page request resolved: direction, size, and the cursor's keys (null on the first page).</summary>
internal sealed record KeysetRequest(PageDirection Direction, int Size, string[]? CursorKeys, bool IncludeTotal)
{
    /// <summary>How many rows to fetch: one more than the page, to learn whether another page follows.</summary>
    public int Take => Size + 1;

    /// <summary>Resolves first/after or last/before (the contract's page arguments) for a list named by <paramref name="scope"/>.</summary>
    public static KeysetRequest From(PageRequest page, string scope, int keyCount)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.First is { } first && (first < 0 || first > StoreLimits.MaxPageSize))
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "first", $"'first' must be 0..{StoreLimits.MaxPageSize}, not {first}.");
        }

        if (page.Last is { } last && (last < 0 || last > StoreLimits.MaxPageSize))
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "last", $"'last' must be 0..{StoreLimits.MaxPageSize}, not {last}.");
        }

        bool backward = page.First is null && (page.Last is not null || page.Before is not null);
        if (backward)
        {
            string[]? before = page.Before is null ? null : CursorCodec.Decode(page.Before, scope, keyCount, "before");
            return new KeysetRequest(PageDirection.Backward, page.Last ?? StoreLimits.DefaultPageSize, before, page.IncludeTotalCount);
        }

        string[]? after = page.After is null ? null : CursorCodec.Decode(page.After, scope, keyCount, "after");
        return new KeysetRequest(PageDirection.Forward, page.First ?? StoreLimits.DefaultPageSize, after, page.IncludeTotalCount);
    }

    /// <summary>
    /// The page from fetched rows (in the direction's order), the total matching count and how many
    /// lie on the other side of the cursor.
    /// </summary>
    public Page<T> ToPage<T>(IReadOnlyList<T> fetched, long total, long beyond, Func<T, string> cursorOf)
    {
        bool more = fetched.Count > Size;
        List<T> items = [.. fetched.Take(Size)];
        if (Direction == PageDirection.Backward)
        {
            items.Reverse();
        }

        List<PageEdge<T>> edges = [.. items.Select(item => new PageEdge<T>(cursorOf(item), item))];
        bool hasNext = Direction == PageDirection.Forward ? more : beyond > 0;
        bool hasPrevious = Direction == PageDirection.Forward ? beyond > 0 : more;
        return new Page<T>(edges, hasNext, hasPrevious, IncludeTotal ? (int)total : null);
    }
}
