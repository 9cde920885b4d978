namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// The bookmarks this client has seen, sent with every request so that a read waits for the writes
/// before it (read-your-writes across cluster members). When a request returns, the bookmarks it
/// sent are replaced by the one it got back, which covers them; bookmarks of concurrent requests stay.
/// </summary>
internal sealed class BookmarkSet
{
    private readonly Lock _lock = new();
    private HashSet<string> _bookmarks = new(StringComparer.Ordinal);

    public string[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _bookmarks];
        }
    }

    public void Replace(IReadOnlyList<string> sent, IReadOnlyList<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            var next = new HashSet<string>(_bookmarks, StringComparer.Ordinal);
            next.ExceptWith(sent);
            next.UnionWith(received);
            _bookmarks = next;
        }
    }
}
