using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Seed;

/// <summary>
/// Loads a seed folder: <c>sources.jsonl</c>, every <c>entities/*.jsonl</c> and every
/// <c>relations/*.jsonl</c> (files in ordinal name order), one JSON object per line, blank lines
/// ignored. Every line is parsed and checked with <see cref="GraphValidator"/>; each invalid line
/// is reported as <c>file:line: reason</c>, and when any line is invalid nothing is loaded.
/// The format is described in seed/README.md.
/// </summary>
public static class SeedLoader
{
    /// <summary>File holding the sources.</summary>
    public const string SourcesFile = "sources.jsonl";

    /// <summary>Folder holding the entity files.</summary>
    public const string EntitiesFolder = "entities";

    /// <summary>Folder holding the relation files.</summary>
    public const string RelationsFolder = "relations";

    /// <summary>Longest line accepted (characters); a longer line is reported instead of parsed.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>Loads the seed folder at <paramref name="seedDirectory"/> (the folder holding sources.jsonl).</summary>
    public static SeedLoadResult Load(string seedDirectory)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(seedDirectory))
        {
            errors.Add(new SeedError(seedDirectory, 0, "the seed folder does not exist."));
            return new SeedLoadResult(null, errors);
        }

        var sources = new List<Located<Source>>();
        var entities = new List<Located<Entity>>();
        var relations = new List<Located<Relation>>();

        string sourcesPath = Path.Combine(seedDirectory, SourcesFile);
        if (File.Exists(sourcesPath))
        {
            ReadFile(seedDirectory, sourcesPath, SeedLineParser.ParseSource, sources, errors);
        }
        else
        {
            errors.Add(new SeedError(SourcesFile, 0, "missing; every seed needs its sources."));
        }

        foreach (string path in JsonLinesFiles(seedDirectory, EntitiesFolder, errors))
        {
            ReadFile(seedDirectory, path, SeedLineParser.ParseEntity, entities, errors);
        }

        foreach (string path in JsonLinesFiles(seedDirectory, RelationsFolder, errors))
        {
            ReadFile(seedDirectory, path, SeedLineParser.ParseRelation, relations, errors);
        }

        var graph = new KnowledgeGraph(sources.Select(s => s.Item), entities.Select(e => e.Item), relations.Select(r => r.Item));
        Validate(graph, sources, entities, relations, errors);

        List<SeedError> ordered = [.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)];
        return ordered.Count == 0 ? new SeedLoadResult(graph, []) : new SeedLoadResult(null, ordered);
    }

    private static void Validate(
        KnowledgeGraph graph,
        List<Located<Source>> sources,
        List<Located<Entity>> entities,
        List<Located<Relation>> relations,
        List<SeedError> errors)
    {
        var firstSeen = new Dictionary<string, Located<object>>(StringComparer.Ordinal);
        var lineOfEntity = new Dictionary<string, Located<object>>(StringComparer.Ordinal);
        foreach (Located<Source> source in sources)
        {
            CheckDuplicate(source.Item.Id, source.As<object>(), firstSeen, errors);
            AddAll(errors, source, GraphValidator.ValidateSource(source.Item));
        }

        foreach (Located<Entity> entity in entities)
        {
            CheckDuplicate(entity.Item.Id, entity.As<object>(), firstSeen, errors);
            lineOfEntity.TryAdd(entity.Item.Id, entity.As<object>());
            AddAll(errors, entity, GraphValidator.ValidateEntity(entity.Item, graph));
        }

        foreach (Located<Relation> relation in relations)
        {
            CheckDuplicate(relation.Item.Id, relation.As<object>(), firstSeen, errors);
            AddAll(errors, relation, GraphValidator.ValidateRelation(relation.Item, graph));
        }

        // The rule spanning items (a stage's industry) comes back by subject ID; report it on the entity's line.
        foreach (ValidationError error in GraphValidator.ValidateStageIndustries(graph))
        {
            Located<object>? at = lineOfEntity.GetValueOrDefault(error.SubjectId);
            errors.Add(new SeedError(at?.File ?? EntitiesFolder + "/", at?.Line ?? 0, Describe(error)));
        }
    }

    private static void CheckDuplicate(string id, Located<object> item, Dictionary<string, Located<object>> firstSeen, List<SeedError> errors)
    {
        if (!firstSeen.TryAdd(id, item))
        {
            Located<object> first = firstSeen[id];
            string hint = item.Item is Relation ? " A second relation of one type between one pair needs an explicit id ending in ':2'." : string.Empty;
            errors.Add(new SeedError(item.File, item.Line, $"id: '{id}' is already defined at {first.File}:{first.Line}.{hint}"));
        }
    }

    private static void AddAll<T>(List<SeedError> errors, Located<T> at, IReadOnlyList<ValidationError> found)
        where T : class
    {
        foreach (ValidationError error in found)
        {
            errors.Add(new SeedError(at.File, at.Line, Describe(error)));
        }
    }

    private static string Describe(ValidationError error) => error.Field.Length == 0 ? error.Message : $"{error.Field}: {error.Message}";

    private static IEnumerable<string> JsonLinesFiles(string seedDirectory, string folder, List<SeedError> errors)
    {
        string path = Path.Combine(seedDirectory, folder);
        if (!Directory.Exists(path))
        {
            errors.Add(new SeedError(folder + "/", 0, "missing folder."));
            return [];
        }

        return Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal);
    }

    private static void ReadFile<T>(string seedDirectory, string path, Func<string, List<string>, T?> parse, List<Located<T>> items, List<SeedError> errors)
        where T : class
    {
        string name = Path.GetRelativePath(seedDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(new SeedError(name, 0, $"cannot be read: {exception.Message}"));
            return;
        }

        int number = 0;
        var lineErrors = new List<string>();
        foreach (string line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Length > MaxLineLength)
            {
                errors.Add(new SeedError(name, number, $"line longer than {MaxLineLength} characters."));
                continue;
            }

            lineErrors.Clear();
            T? item = parse(line, lineErrors);
            foreach (string message in lineErrors)
            {
                errors.Add(new SeedError(name, number, message));
            }

            if (item is not null)
            {
                items.Add(new Located<T>(item, name, number));
            }
        }
    }

    private sealed record Located<T>(T Item, string File, int Line)
        where T : class
    {
        public Located<TOther> As<TOther>()
            where TOther : class => new((TOther)(object)Item, File, Line);
    }
}
