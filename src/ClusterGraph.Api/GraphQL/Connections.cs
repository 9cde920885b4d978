using System.Text;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.GraphQL;

/// <summary>A Relay connection over a store page; the default resolver reads its properties.</summary>
internal sealed class Connection<T>(Page<T> page)
{
    public IReadOnlyList<PageEdge<T>> Edges => page.Edges;

    public IEnumerable<T> Nodes => page.Nodes;

    public PageInfo PageInfo { get; } = new(page.HasNextPage, page.HasPreviousPage, page.StartCursor, page.EndCursor);

    /// <summary>Asked of the store only when the selection names totalCount (see <see cref="Args.Page"/>).</summary>
    public int TotalCount => page.TotalCount ?? page.Edges.Count;
}

/// <summary>The contract's PageInfo.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>Helpers for connections.</summary>
internal static class Connection
{
    public static Connection<T> Of<T>(Page<T> page) => new(page);

    public static async Task<object?> Of<T>(Task<Page<T>> page) => new Connection<T>(await page.ConfigureAwait(false));

    /// <summary>
    /// A forward page over a list already in memory and ordered by a unique key (e.g. a cluster's
    /// initiatives by ID): the cursor is the key, so it stays stable while the data does not change.
    /// </summary>
    public static Connection<T> InMemory<T>(IReadOnlyList<T> items, Func<T, string> keyOf, PageRequest request)
    {
        int start = 0;
        if (request.After is { } after)
        {
            string key = Decode(after) ?? throw Errors.BadInput("after", "The cursor is not one this list issued.");
            start = items.Count;
            for (int i = 0; i < items.Count; i++)
            {
                if (string.CompareOrdinal(keyOf(items[i]), key) > 0)
                {
                    start = i;
                    break;
                }
            }
        }

        int count = Math.Min(request.First ?? StoreLimits.DefaultPageSize, items.Count - start);
        var edges = new List<PageEdge<T>>(Math.Max(count, 0));
        for (int i = start; i < start + count; i++)
        {
            edges.Add(new PageEdge<T>(Encode(keyOf(items[i])), items[i]));
        }

        return new Connection<T>(new Page<T>(edges, start + count < items.Count, start > 0, items.Count));
    }

    private static string Encode(string key) => "k:" + Convert.ToBase64String(Encoding.UTF8.GetBytes(key));

    private static string? Decode(string cursor)
    {
        if (!cursor.StartsWith("k:", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(cursor[2..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
