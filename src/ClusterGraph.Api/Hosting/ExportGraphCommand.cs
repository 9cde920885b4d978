using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Seed;
using ClusterGraph.Graph.Synthetic;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Hosting;

/// <summary>
/// <c>export-graph</c>: writes a whole graph (sources, entities, relations with their evidence) as one
/// JSON document, in the seed's field names (seed/README.md), for tools that load a graph whole, such
/// as the benchmark's peer server. The graph is the seed folder or a synthetic graph; with
/// <c>--database</c> the same graph is also imported into a new embedded-store file, so the API can
/// serve exactly what the export holds.
/// </summary>
public static class ExportGraphCommand
{
    /// <summary>The value of the document's <c>format</c> member.</summary>
    public const string FormatName = "clustergraph-export/1";

    private const string Usage =
        "usage: export-graph <out.json> [--seed <folder>] [--synthetic <entities> [--synthetic-seed <n>]] [--database <new.db>]";

    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs the command with the arguments after the verb; returns the process exit code.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        if (!TryParse(args, out Arguments? parsed, out string? problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (parsed.DatabasePath is { } database && File.Exists(database))
        {
            Console.Error.WriteLine($"export-graph: {database} exists; give a new file (the store imports only into an empty database).");
            return 2;
        }

        KnowledgeGraph? graph = LoadGraph(parsed);
        if (graph is null)
        {
            return 1;
        }

        if (parsed.DatabasePath is { } path && !ImportInto(graph, path))
        {
            return 1;
        }

        string output = Path.GetFullPath(parsed.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (FileStream stream = File.Create(output))
        {
            Write(graph, stream);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"exported {graph.Sources.Count} sources, {graph.Entities.Count} entities, {graph.Relations.Count} relations to {output}"));
        return 0;
    }

    /// <summary>Writes <paramref name="graph"/> as one JSON document to <paramref name="stream"/>.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new Utf8JsonWriter(stream, s_writerOptions);
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteStartArray("sources");
        foreach (Source source in graph.Sources)
        {
            ModelJson.WriteTo(writer, source);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (Entity entity in graph.Entities)
        {
            ModelJson.WriteTo(writer, entity);
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (Relation relation in graph.Relations)
        {
            ModelJson.WriteTo(writer, relation);
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static KnowledgeGraph? LoadGraph(Arguments parsed)
    {
        if (parsed.SyntheticEntities is int entities)
        {
            return SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(entities, parsed.SyntheticSeed));
        }

        string? seed = parsed.SeedPath ?? SeedDirectory.FindRepositorySeed(Directory.GetCurrentDirectory()) ?? SeedDirectory.FindRepositorySeed();
        if (seed is null)
        {
            Console.Error.WriteLine("export-graph: no seed folder found; give --seed <folder>.");
            return null;
        }

        SeedLoadResult loaded = SeedLoader.Load(seed);
        if (!loaded.Succeeded)
        {
            Console.Error.WriteLine($"export-graph: the seed at {seed} does not load:{Environment.NewLine}{loaded.Describe()}");
            return null;
        }

        return loaded.Graph;
    }

    private static bool ImportInto(KnowledgeGraph graph, string databasePath)
    {
        string full = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        try
        {
            // The store imports the initial graph into the new file and validates it on the way.
            EmbeddedGraphStore store = EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions
            {
                DatabasePath = full,
                InitialGraph = () => graph,
                FullSync = false,
            }).GetAwaiter().GetResult();
            GraphStats stats = store.GetStatsAsync().GetAwaiter().GetResult();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {stats.EntityCount} entities, {stats.RelationCount} relations into {full} (version {stats.Version})"));
            return true;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"export-graph: {e.Message}");
            return false;
        }
    }

    private static bool TryParse(IReadOnlyList<string> args, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Arguments? parsed, out string? problem)
    {
        parsed = null;
        problem = null;
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            problem = "export-graph: the output file is missing.";
            return false;
        }

        var result = new Arguments(args[0]);
        for (int i = 1; i < args.Count; i++)
        {
            string option = args[i];
            if (i + 1 >= args.Count)
            {
                problem = $"export-graph: {option} needs a value.";
                return false;
            }

            string value = args[++i];
            switch (option)
            {
                case "--seed":
                    result = result with { SeedPath = value };
                    break;
                case "--database":
                    result = result with { DatabasePath = value };
                    break;
                case "--synthetic" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                                        && count is >= SyntheticGraphOptions.MinEntityCount and <= SyntheticGraphOptions.MaxEntityCount:
                    result = result with { SyntheticEntities = count };
                    break;
                case "--synthetic":
                    problem = $"export-graph: --synthetic takes an entity count within {SyntheticGraphOptions.MinEntityCount}..{SyntheticGraphOptions.MaxEntityCount}; got '{value}'.";
                    return false;
                case "--synthetic-seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int seed):
                    result = result with { SyntheticSeed = seed };
                    break;
                default:
                    problem = $"export-graph: unknown option or bad value: {option} {value}.";
                    return false;
            }
        }

        if (result.SyntheticEntities is not null && result.SeedPath is not null)
        {
            problem = "export-graph: give either --seed or --synthetic, not both.";
            return false;
        }

        parsed = result;
        return true;
    }

    private sealed record Arguments(string OutputPath)
    {
        public string? SeedPath { get; init; }

        public string? DatabasePath { get; init; }

        public int? SyntheticEntities { get; init; }

        public int SyntheticSeed { get; init; } = 20261121;
    }
}
