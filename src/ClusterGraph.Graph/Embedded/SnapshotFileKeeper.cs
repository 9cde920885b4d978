namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Looks after one store's snapshot file: loads it on open when it matches the database, and makes
/// sure a file that does not match can never be taken for a later state (it is deleted before any
/// write can reach the version it claims, or, when it cannot be, the database's store ID is renewed).
/// Saves run one at a time; a save that fails costs only the next open's speed.
/// </summary>
internal sealed class SnapshotFileKeeper
{
    private readonly string _path;
    private readonly SqliteGraphLog _log;
    private readonly Lock _saving = new();
    private Guid _storeId;
    private long _savedVersion = -1;
    private Task _background = Task.CompletedTask;

    public SnapshotFileKeeper(string path, SqliteGraphLog log)
    {
        _path = path;
        _log = log;
        _storeId = log.ReadOrCreateStoreId();
    }

    /// <summary>The snapshot in the file if it is this database's at <paramref name="version"/>; otherwise null and why.</summary>
    public GraphSnapshot? TryLoad(long version, out string? reason)
    {
        GraphSnapshot? snapshot = SnapshotFile.TryRead(_path, _storeId, version, out reason);
        if (snapshot is not null)
        {
            _savedVersion = version;
            return snapshot;
        }

        if (File.Exists(_path))
        {
            Discard();
        }

        return null;
    }

    /// <summary>Starts writing <paramref name="snapshot"/> to the file on another thread (once, after an open).</summary>
    public void SaveInBackground(GraphSnapshot snapshot) => _background = Task.Run(() => Save(snapshot));

    /// <summary>On dispose: waits for a background save, then saves <paramref name="current"/>.</summary>
    public void Close(GraphSnapshot current)
    {
        _background.GetAwaiter().GetResult();
        Save(current);
    }

    /// <summary>Writes <paramref name="snapshot"/> to the file unless the file already holds its version or a later one (waits for a save under way).</summary>
    public void Save(GraphSnapshot snapshot)
    {
        lock (_saving)
        {
            // Versions only grow, so a late background save of an older snapshot must not replace a newer file.
            if (snapshot.Version <= 0 || snapshot.Version <= _savedVersion)
            {
                return;
            }

            try
            {
                SnapshotFile.Write(_path, _storeId, snapshot);
                _savedVersion = snapshot.Version;
            }
            catch (IOException)
            {
                // A cache: without the file the next open reads the rows.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    // Called before the store can write: a file that stays could claim a version the database reaches
    // later with other content, so when it cannot be deleted the database takes a new ID it cannot match.
    private void Discard()
    {
        try
        {
            File.Delete(_path);
            return;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        _storeId = _log.RenewStoreId();
    }
}
