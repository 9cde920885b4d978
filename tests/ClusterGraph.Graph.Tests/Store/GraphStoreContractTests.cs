using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Tests.Store;

/// <summary>
/// The contract every <see cref="IGraphStore"/> implementation must meet. An adapter runs it by
/// deriving a sealed class that supplies <see cref="Factory"/>. The expected answers come from the
/// hand-made graph (<see cref="HandGraph"/>, worked out in comments) and from the curated seed. The
/// suite is split by area into partial files.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>Creates the stores under test.</summary>
    protected abstract IGraphStoreFactory Factory { get; }

    protected static CancellationToken Ct => CancellationToken.None;

    protected Task<IGraphStore> HandStoreAsync() => Factory.CreateAsync(HandGraph.Build(), Ct);

    [Fact]
    public void Hand_graph_is_valid()
    {
        Assert.Empty(GraphValidator.Validate(HandGraph.Build()));
    }

    [Fact]
    public async Task Entities_by_ids_answer_in_order_with_null_for_missing()
    {
        await using IGraphStore store = await HandStoreAsync();

        IReadOnlyList<Entity?> found = await store.GetEntitiesAsync([HandGraph.B1, "company:nobody", HandGraph.Alpha], Ct);

        Assert.Equal(3, found.Count);
        Assert.Equal(HandGraph.B1, found[0]?.Id);
        Assert.Null(found[1]);
        Assert.Equal(HandGraph.Alpha, found[2]?.Id);
    }
}
