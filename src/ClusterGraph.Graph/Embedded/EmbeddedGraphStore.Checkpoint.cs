namespace ClusterGraph.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <summary>
    /// Copies the write-ahead log into the database file and truncates it (SQLite's TRUNCATE checkpoint),
    /// waiting for a write in progress; hosts call it on shutdown so the database file alone is complete.
    /// </summary>
    /// <returns>True when the whole log was copied; false when another connection to the file kept part of it.</returns>
    public bool Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait();
        try
        {
            return _log.Checkpoint();
        }
        finally
        {
            _writer.Release();
        }
    }
}
