namespace ClusterGraph.Graph.Embedded;

/// <summary>Where <see cref="EmbeddedGraphStore.OpenAsync"/> found the graph.</summary>
public enum StoreLoadSource
{
    /// <summary>The database had never been written (the initial graph, if any, was imported).</summary>
    Empty,

    /// <summary>The database's rows were read and decoded (no usable snapshot file).</summary>
    Database,

    /// <summary>The snapshot file beside the database, stamped with its ID and version.</summary>
    SnapshotFile,
}
