using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Cuts one page out of a list of candidates (item indices) under a total order, relay-style:
/// after/before are positions in the order given by a cursor's keys, so the page is found by
/// comparison, never by offset. Selecting k of n costs O(n log k); the list is never sorted whole.
/// </summary>
internal static class KeysetPager
{
    /// <summary>
    /// The page of <paramref name="candidates"/> that <paramref name="request"/> asks for.
    /// <paramref name="compareToAfter"/> / <paramref name="compareToBefore"/> compare an item with the
    /// decoded after/before cursor (negative: the item sorts before the cursor); null when not given.
    /// </summary>
    public static Page<T> Cut<T>(
        IReadOnlyList<int> candidates,
        Comparison<int> order,
        Func<int, int>? compareToAfter,
        Func<int, int>? compareToBefore,
        PageRequest request,
        Func<int, T> node,
        Func<int, string> cursorOf)
    {
        (int size, bool forward) = SizeOf(request);
        var window = new List<int>();
        bool itemsBeforeAfter = false;
        bool itemsAfterBefore = false;
        foreach (int item in candidates)
        {
            if (compareToAfter is not null && compareToAfter(item) <= 0)
            {
                itemsBeforeAfter = true;
                continue;
            }

            if (compareToBefore is not null && compareToBefore(item) >= 0)
            {
                itemsAfterBefore = true;
                continue;
            }

            window.Add(item);
        }

        List<int> chosen = Select(window, size, forward ? order : (a, b) => order(b, a));
        if (!forward)
        {
            chosen.Reverse();
        }

        var edges = new PageEdge<T>[chosen.Count];
        for (int i = 0; i < chosen.Count; i++)
        {
            edges[i] = new PageEdge<T>(cursorOf(chosen[i]), node(chosen[i]));
        }

        bool more = window.Count > size;
        return new Page<T>(
            edges,
            HasNextPage: forward ? more : itemsAfterBefore,
            HasPreviousPage: forward ? itemsBeforeAfter : more,
            TotalCount: request.IncludeTotalCount ? candidates.Count : null);
    }

    /// <summary>The page size and direction a request asks for; throws for a malformed request.</summary>
    public static (int Size, bool Forward) SizeOf(PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.First is not null && request.Last is not null)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "last", "Give either 'first' or 'last', not both.");
        }

        int size = request.First ?? request.Last ?? StoreLimits.DefaultPageSize;
        string argument = request.Last is null ? "first" : "last";
        if (size < 0 || size > StoreLimits.MaxPageSize)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, argument,
                $"'{argument}' must be between 0 and {StoreLimits.MaxPageSize}; got {size}.");
        }

        return (size, request.Last is null);
    }

    private static List<int> Select(List<int> items, int size, Comparison<int> order)
    {
        if (size == 0)
        {
            return [];
        }

        if (items.Count <= size * 4L)
        {
            items.Sort(order);
            return items.Count > size ? items.GetRange(0, size) : items;
        }

        // Max-heap of the best `size` items seen so far: its root is the worst kept item.
        var heap = new PriorityQueue<int, int>(size + 1, Comparer<int>.Create((a, b) => order(b, a)));
        foreach (int item in items)
        {
            if (heap.Count < size)
            {
                heap.Enqueue(item, item);
            }
            else if (order(item, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(item, item);
            }
        }

        var chosen = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            chosen.Add(heap.Dequeue());
        }

        chosen.Reverse();
        return chosen;
    }
}
