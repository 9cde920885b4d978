namespace ClusterGraph.Graph.Embedded;

public sealed partial class EmbeddedGraphStore
{
    /// <summary>
    /// Copies the write-ahead log into the database file and truncates it (SQLite's TRUNCATE checkpoint),
    /// waiting for a write in progress; hosts call it on shutdown so the database file alone is complete.
    /// Then brings the snapshot file up to the current version (if it is not already), so the next
    /// open loads from it.
    /// </summary>
    /// <returns>True when the whole log was copied; false when another connection to the file kept part of it.</returns>
    public bool Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        bool whole;
        GraphSnapshot current;
        _writer.Wait();
        try
        {
            whole = _log.Checkpoint();
            current = Current;
        }
        finally
        {
            _writer.Release();
        }

        // Outside the writer's lock: the snapshot is immutable, and writes need not wait for the file.
        _snapshotFile?.Save(current);
        return whole;
    }
}
