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
            WriteSource(writer, source);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        foreach (Entity entity in graph.Entities)
        {
            WriteEntity(writer, entity);
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (Relation relation in graph.Relations)
        {
            WriteRelation(writer, relation);
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

    private static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString("id", source.Id);
        writer.WriteString("title", source.Title);
        WriteOptional(writer, "publisher", source.Publisher);
        WriteOptional(writer, "url", source.Url);
        WriteOptional(writer, "publishedAt", source.PublishedAt);
        writer.WriteString("lang", ContractNames.ToContractName(source.Lang));
        if (source.RetrievedAt is DateTimeOffset retrieved)
        {
            writer.WriteString("retrievedAt", retrieved.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
        }

        WriteOptional(writer, "note", source.Note);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("kind", ContractNames.ToContractName(entity.Kind));
        WriteText(writer, "names", entity.Names);
        writer.WriteStartArray("aliases");
        foreach (string alias in entity.Aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        if (entity.Description is not null)
        {
            WriteText(writer, "description", entity.Description);
        }

        if (entity.Location is GeoPoint point)
        {
            writer.WriteStartObject("location");
            writer.WriteNumber("lat", point.Lat);
            writer.WriteNumber("lon", point.Lon);
            writer.WriteString("precision", ContractNames.ToContractName(point.Precision));
            writer.WriteEndObject();
        }

        WriteAttributes(writer, entity.Attributes);
        writer.WriteStartArray("indicators");
        foreach (Indicator indicator in entity.Indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("key", indicator.Key);
            WriteText(writer, "name", indicator.Name);
            writer.WriteNumber("value", indicator.Value);
            WriteOptional(writer, "unit", indicator.Unit);
            WriteOptional(writer, "qualifier", indicator.Qualifier);
            WriteOptional(writer, "about", indicator.About);
            WriteOptional(writer, "date", indicator.Date);
            WriteOptional(writer, "period", indicator.Period);
            writer.WriteBoolean("target", indicator.Target);
            WriteEvidence(writer, indicator.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteEvidence(writer, entity.Evidence);
        writer.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter writer, Relation relation)
    {
        writer.WriteStartObject();
        writer.WriteString("id", relation.Id);
        writer.WriteString("type", ContractNames.ToContractName(relation.Type));
        writer.WriteString("from", relation.FromId);
        writer.WriteString("to", relation.ToId);
        WriteOptional(writer, "role", relation.Role);
        WriteOptional(writer, "since", relation.Since);
        WriteOptional(writer, "until", relation.Until);
        writer.WriteNumber("confidence", relation.Confidence);
        WriteEvidence(writer, relation.Evidence);
        writer.WriteEndObject();
    }

    // Kind attributes under the seed's member names; an entity without attributes writes none.
    private static void WriteAttributes(Utf8JsonWriter writer, EntityAttributes? attributes)
    {
        switch (attributes)
        {
            case RegionAttributes region:
                writer.WriteStartObject("region");
                writer.WriteString("level", ContractNames.ToContractName(region.Level));
                WriteOptional(writer, "code", region.Code);
                break;
            case ComplexAttributes complex:
                writer.WriteStartObject("complex");
                writer.WriteString("complexKind", ContractNames.ToContractName(complex.ComplexKind));
                break;
            case CompanyAttributes company:
                writer.WriteStartObject("company");
                writer.WriteString("size", ContractNames.ToContractName(company.Size));
                WriteOptional(writer, "website", company.Website);
                break;
            case InstituteAttributes institute:
                writer.WriteStartObject("institute");
                writer.WriteString("instituteKind", ContractNames.ToContractName(institute.InstituteKind));
                WriteOptional(writer, "website", institute.Website);
                break;
            case StageAttributes stage:
                writer.WriteStartObject("stage");
                writer.WriteNumber("order", stage.Order);
                WriteOptional(writer, "industry", stage.IndustryId);
                break;
            case InitiativeAttributes initiative:
                writer.WriteStartObject("initiative");
                writer.WriteString("initiativeKind", ContractNames.ToContractName(initiative.InitiativeKind));
                WriteOptional(writer, "date", initiative.Date);
                WriteOptional(writer, "endDate", initiative.EndDate);
                WriteOptional(writer, "period", initiative.Period);
                break;
            default:
                return;
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        WriteOptional(writer, "ko", text.Ko);
        WriteOptional(writer, "en", text.En);
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, IReadOnlyList<Evidence> evidence)
    {
        writer.WriteStartArray("evidence");
        foreach (Evidence item in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("source", item.SourceId);
            WriteOptional(writer, "quote", item.Quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is DateOnly date)
        {
            writer.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private sealed record Arguments(string OutputPath)
    {
        public string? SeedPath { get; init; }

        public string? DatabasePath { get; init; }

        public int? SyntheticEntities { get; init; }

        public int SyntheticSeed { get; init; } = 20261121;
    }
}
