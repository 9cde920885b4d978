namespace ClusterGraph.Graph.Model;

/// <summary>
/// An immutable set of sources, entities and relations (the loaded seed, a generated graph) with
/// lookups by ID. It holds whatever it is given: run <see cref="GraphValidator.Validate"/> to learn
/// whether the set obeys the rules. Where IDs repeat, the lookup answers with the first item.
/// </summary>
public sealed class KnowledgeGraph : IGraphLookup
{
    private readonly Dictionary<string, Source> _sourcesById;
    private readonly Dictionary<string, Entity> _entitiesById;
    private readonly Dictionary<string, Relation> _relationsById;

    /// <summary>Creates a graph over the given items, in the given order.</summary>
    public KnowledgeGraph(IEnumerable<Source> sources, IEnumerable<Entity> entities, IEnumerable<Relation> relations)
    {
        Sources = [.. sources];
        Entities = [.. entities];
        Relations = [.. relations];
        _sourcesById = IndexFirst(Sources, s => s.Id);
        _entitiesById = IndexFirst(Entities, e => e.Id);
        _relationsById = IndexFirst(Relations, r => r.Id);
    }

    /// <summary>A graph with nothing in it.</summary>
    public static KnowledgeGraph Empty { get; } = new([], [], []);

    /// <summary>Every source, in load order.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Every entity, in load order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every relation, in load order.</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <inheritdoc/>
    public Entity? FindEntity(string id) => _entitiesById.GetValueOrDefault(id);

    /// <inheritdoc/>
    public Source? FindSource(string id) => _sourcesById.GetValueOrDefault(id);

    /// <summary>The relation with this ID, or null.</summary>
    public Relation? FindRelation(string id) => _relationsById.GetValueOrDefault(id);

    private static Dictionary<string, T> IndexFirst<T>(IReadOnlyList<T> items, Func<T, string> idOf)
    {
        var index = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (T item in items)
        {
            index.TryAdd(idOf(item), item);
        }

        return index;
    }
}
