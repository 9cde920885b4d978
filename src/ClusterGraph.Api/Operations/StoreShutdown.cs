using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// On a clean stop, once the server has finished its requests, the embedded store's write-ahead log is
/// copied into the database file and truncated, so the file alone holds every acknowledged write (a backup
/// or copy taken after the stop needs no -wal file) and the next start has no log to replay.
/// </summary>
internal static partial class StoreShutdown
{
    public static void CheckpointWhenStopped(IServiceProvider provider, IGraphStore store)
    {
        if (store is not EmbeddedGraphStore embedded)
        {
            return;
        }

        ILogger log = provider.GetRequiredService<ILoggerFactory>().CreateLogger("ClusterGraph.Store");
        provider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopped.Register(() =>
        {
            try
            {
                bool complete = embedded.Checkpoint();
                Checkpointed(log, complete);
            }
            catch (ObjectDisposedException)
            {
                // Already closed: closing the last connection checkpointed it.
            }
        });
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Store checkpointed on shutdown (WAL fully copied: {Complete})")]
    private static partial void Checkpointed(ILogger logger, bool complete);
}
