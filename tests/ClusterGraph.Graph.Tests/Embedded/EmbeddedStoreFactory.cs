using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Tests.Store;

namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>Creates embedded stores, each over its own database file in a temporary folder removed on dispose.</summary>
internal sealed class EmbeddedStoreFactory : IGraphStoreFactory, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cg-store-tests-" + Guid.NewGuid().ToString("N"));
    private int _count;

    public string NewDatabasePath()
    {
        Directory.CreateDirectory(_folder);
        return Path.Combine(_folder, $"graph-{Interlocked.Increment(ref _count)}.db");
    }

    public async Task<IGraphStore> CreateAsync(KnowledgeGraph graph, CancellationToken cancellationToken) =>
        await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions { DatabasePath = NewDatabasePath(), InitialGraph = () => graph, FullSync = false }, cancellationToken);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
