namespace ClusterGraph.Graph.Synthetic;

/// <summary>
/// Picks items with probability proportional to their weight, where weights only grow by whole
/// units: each unit is one entry, so adding an entry each time an item gains a link yields
/// preferential attachment (the rich get richer, and degrees follow a power law).
/// </summary>
internal sealed class PreferentialPool
{
    private readonly List<int> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Adds one unit of weight to <paramref name="item"/>.</summary>
    public void Add(int item) => _entries.Add(item);

    /// <summary>An item drawn with probability proportional to its weight; the pool must not be empty.</summary>
    public int Pick(Random random) => _entries[random.Next(_entries.Count)];
}
