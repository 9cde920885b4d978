using System.Text.Json;
using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>The seed's JSON-lines files read directly: the oracle the exports and the map are compared with.</summary>
internal static class SeedFiles
{
    public static IEnumerable<JsonElement> Entities() => Lines("entities");

    public static IEnumerable<JsonElement> Relations() => Lines("relations");

    /// <summary>One "relation, source, quote" key per evidence item of every relation (one with blanks for none), as the relations CSV must hold them.</summary>
    public static List<string> EvidenceRows()
    {
        var rows = new List<string>();
        foreach (JsonElement relation in Relations())
        {
            string id = relation.GetProperty("id").GetString()!;
            List<string> evidence = relation.TryGetProperty("evidence", out JsonElement items)
                ? [.. items.EnumerateArray().Select(e => EvidenceRow(id, e.GetProperty("source").GetString()!, Quote(e) ?? ""))]
                : [];
            rows.AddRange(evidence.Count == 0 ? [EvidenceRow(id, "", "")] : evidence);
        }

        return rows;
    }

    public static string EvidenceRow(string relationId, string sourceId, string quote) => relationId + "\u001f" + sourceId + "\u001f" + quote;

    /// <summary>The quotes (verbatim, non-null) of one seed relation's evidence.</summary>
    public static List<string> QuotesOf(string relationId) =>
        [.. Relations().Single(r => r.GetProperty("id").GetString() == relationId).GetProperty("evidence").EnumerateArray().Select(Quote).OfType<string>()];

    /// <summary>The title of a source in seed/sources.jsonl.</summary>
    public static string SourceTitle(string sourceId)
    {
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Seed, "sources.jsonl")).Where(l => l.Trim().Length > 0))
        {
            using JsonDocument source = JsonDocument.Parse(line);
            if (source.RootElement.GetProperty("id").GetString() == sourceId)
            {
                return source.RootElement.GetProperty("title").GetString()!;
            }
        }

        throw new InvalidOperationException($"No source {sourceId} in the seed.");
    }

    private static string? Quote(JsonElement evidence) =>
        evidence.TryGetProperty("quote", out JsonElement quote) && quote.ValueKind == JsonValueKind.String ? quote.GetString() : null;

    private static IEnumerable<JsonElement> Lines(string folder)
    {
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Seed, folder), "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                yield return document.RootElement.Clone();
            }
        }
    }
}
