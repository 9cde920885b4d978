using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Seed;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Where the embedded store keeps its data and what it loads on first start.</summary>
public sealed record EmbeddedStoreOptions
{
    /// <summary>Path of the SQLite database file (created when absent, with its -wal and -shm files beside it).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// The graph to import when the database has never been written (first start); null = start
    /// empty. Called at most once per open.
    /// </summary>
    public Func<KnowledgeGraph>? InitialGraph { get; init; }

    /// <summary>
    /// Sync the WAL to disk on every commit (SQLite synchronous=FULL), so a write survives power loss
    /// as well as a killed process. With false (NORMAL) a write still survives kill -9.
    /// </summary>
    public bool FullSync { get; init; } = true;

    /// <summary>
    /// Keep a binary copy of the loaded graph beside the database (<c>DatabasePath</c> + ".snapshot"),
    /// written on checkpoint and dispose (and in the background after an open that had to read the
    /// rows), so the next open loads it instead of parsing every row. A cache only: it is used when
    /// its stamp matches the database's ID and version and its checksum holds, and rebuilt otherwise.
    /// </summary>
    public bool UseSnapshotFile { get; init; } = true;

    /// <summary>An <see cref="InitialGraph"/> that loads the seed folder at <paramref name="seedDirectory"/>, failing with the seed's file:line errors.</summary>
    public static Func<KnowledgeGraph> SeedFrom(string seedDirectory) => () =>
    {
        SeedLoadResult result = SeedLoader.Load(seedDirectory);
        return result.Succeeded
            ? result.Graph
            : throw new InvalidDataException($"The seed at {seedDirectory} does not load:{Environment.NewLine}{result.Describe()}");
    };
}
