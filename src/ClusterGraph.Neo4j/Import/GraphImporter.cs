using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Import;

/// <summary>
/// Loads a graph too big for one transaction (synthetic graphs) in UNWIND batches: sources, then
/// entities by kind, then relations by type. Every batch MERGEs (rerunning it changes nothing) and
/// records its number in an <c>ImportCheckpoint</c> keyed by a hash of the whole import, in the same
/// statement; a rerun of the same import skips the batches already done. The version is bumped once,
/// at the end. Unlike <c>IGraphStore.ImportAsync</c> it adds to the graph rather than replacing it.
/// </summary>
public sealed class GraphImporter(Neo4jQueryClient client)
{
    /// <summary>Rows per batch (Neo4j handles a few thousand small rows per transaction comfortably).</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Imports <paramref name="graph"/>, reporting each batch; returns the data version after it.</summary>
    public async Task<long> ImportAsync(KnowledgeGraph graph, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (BatchSize < 1 || BatchSize > 50_000)
        {
            throw new ArgumentOutOfRangeException(nameof(graph), BatchSize, "BatchSize must be 1..50,000.");
        }

        List<(CypherStatement Statement, Dictionary<string, object?>[] Rows)> batches = Plan(graph);
        string key = CheckpointKey(batches);
        Neo4jResult checkpoint = await client.RunAsync(WriteStatements.ReadCheckpoint.ToQuery(new Dictionary<string, object?> { ["checkpointKey"] = key }), cancellationToken).ConfigureAwait(false);
        long done = checkpoint.Records[0].Get<long>("batchesDone");

        for (int i = 0; i < batches.Count; i++)
        {
            (CypherStatement statement, Dictionary<string, object?>[] rows) = batches[i];
            int number = i + 1;
            if (number <= done)
            {
                progress?.Report(new ImportProgress(number, batches.Count, statement.Name, rows.Length, Skipped: true));
                continue;
            }

            var parameters = new Dictionary<string, object?> { ["rows"] = rows, ["checkpointKey"] = key, ["batch"] = number, ["batchesTotal"] = batches.Count };
            Neo4jResult result = await client.RunAsync(statement.ToQuery(parameters), cancellationToken).ConfigureAwait(false);
            long merged = result.Records[0].Get<long>("merged");
            if (merged != rows.Length)
            {
                throw new InvalidOperationException($"Batch {number} ({statement.Name}) merged {merged} of {rows.Length} rows: a relation names an entity that is not in the graph.");
            }

            progress?.Report(new ImportProgress(number, batches.Count, statement.Name, rows.Length, Skipped: false));
        }

        var finish = new Dictionary<string, object?> { ["checkpointKey"] = key, ["versionKey"] = Neo4jGraphSchema.GraphVersionKey };
        Neo4jResult finished = await client.RunAsync(WriteStatements.FinishImport.ToQuery(finish), cancellationToken).ConfigureAwait(false);
        return finished.Records[0].Get<long>("version");
    }

    private List<(CypherStatement, Dictionary<string, object?>[])> Plan(KnowledgeGraph graph)
    {
        var batches = new List<(CypherStatement, Dictionary<string, object?>[])>();
        void Add(CypherStatement statement, IEnumerable<Dictionary<string, object?>> rows)
        {
            foreach (Dictionary<string, object?>[] chunk in rows.Chunk(BatchSize))
            {
                batches.Add((statement, chunk));
            }
        }

        Add(WriteStatements.ImportSources, graph.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).Select(GraphRows.Source));
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            Add(WriteStatements.ImportEntities(kind), graph.Entities.Where(e => e.Kind == kind).OrderBy(e => e.Id, StringComparer.Ordinal).Select(GraphRows.Entity));
        }

        foreach (RelationType type in Enum.GetValues<RelationType>())
        {
            Add(WriteStatements.ImportRelations(type), graph.Relations.Where(r => r.Type == type).OrderBy(r => r.Id, StringComparer.Ordinal).Select(GraphRows.RelationImport));
        }

        return batches;
    }

    // The same import (same batches, same ids in them) gets the same key, so a rerun resumes it.
    private static string CheckpointKey(List<(CypherStatement Statement, Dictionary<string, object?>[] Rows)> batches)
    {
        var text = new StringBuilder();
        foreach ((CypherStatement statement, Dictionary<string, object?>[] rows) in batches)
        {
            text.Append(statement.Name).Append('\n');
            foreach (Dictionary<string, object?> row in rows)
            {
                object? id = row.TryGetValue("id", out object? own) ? own : ((Dictionary<string, object?>)row["props"]!)["id"];
                text.Append(Convert.ToString(id, CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return "import:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
