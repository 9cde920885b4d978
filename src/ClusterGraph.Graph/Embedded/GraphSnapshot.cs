using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// One immutable version of the graph with every index reads need: entities and relations by dense
/// index, adjacency in both directions (compressed rows, each row in relation-ID order), entities by
/// kind, place containment (every place's ancestor places), stage → industry, region depth, and
/// the normalized names search uses. Built once per committed write and swapped in whole, so a
/// reader holding a snapshot never sees a half-applied write.
/// </summary>
internal sealed partial class GraphSnapshot : IGraphLookup
{
    /// <summary>Longest LOCATED_IN chain followed; deeper chains (only possible through a cycle) are cut.</summary>
    public const int MaxContainmentDepth = 32;

    private readonly Dictionary<string, int> _entityIndex;
    private readonly Task<Dictionary<string, int>> _relationIndex;
    private readonly Dictionary<string, Source> _sources;

    private GraphSnapshot(long version, Source[] sources, Entity[] entities, Relation[] relations, GraphSnapshot? previous = null)
        : this(version, sources, entities, relations, null, null, previous)
    {
    }

    // With precomputed adjacency and search forms (from a snapshot file) neither is derived again.
    // A previous snapshot lends the search forms of the entities both hold unchanged.
    private GraphSnapshot(long version, Source[] sources, Entity[] entities, Relation[] relations, AdjacencyArrays? adjacency, Task<SearchForm[][]>? searchForms, GraphSnapshot? previous = null)
    {
        Version = version;
        Entities = entities;
        Relations = relations;
        SourcesById = sources;
        Array.Sort(SourcesById, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        _sources = new Dictionary<string, Source>(sources.Length, StringComparer.Ordinal);
        foreach (Source source in sources)
        {
            _sources[source.Id] = source;
        }

        // The search forms need only the entities and the relation index only the relations: both
        // are built on other cores and finish after the open returns (readers that need them first
        // wait for them; once done, reading a finished task takes no lock).
        if (searchForms is null)
        {
            GraphSnapshot? lender = previous;
            searchForms = Task.Run(() =>
            {
                SearchForm[][] built = BuildSearchForms(entities, lender);
                lender = null; // the task keeps its delegate; let the old snapshot go
                return built;
            });
        }

        _searchForms = searchForms;
        _relationIndex = Task.Run(() => BuildRelationIndex(relations));
        _entityIndex = BuildEntityIndex(entities);
        if (adjacency is null)
        {
            RelationFrom = new int[relations.Length];
            RelationTo = new int[relations.Length];
            for (int r = 0; r < relations.Length; r++)
            {
                RelationFrom[r] = _entityIndex[relations[r].FromId];
                RelationTo[r] = _entityIndex[relations[r].ToId];
            }

            Task<(int[], int[])> inRows = Task.Run(() => BuildRows(entities.Length, RelationTo));
            (OutStart, OutRelations) = BuildRows(entities.Length, RelationFrom);
            (InStart, InRelations) = inRows.GetAwaiter().GetResult();
            IdRank = BuildIdRanks();
        }
        else
        {
            adjacency.Check(entities.Length, relations.Length);
            (RelationFrom, RelationTo) = (adjacency.RelationFrom, adjacency.RelationTo);
            (OutStart, OutRelations) = (adjacency.OutStart, adjacency.OutRelations);
            (InStart, InRelations) = (adjacency.InStart, adjacency.InRelations);
            IdRank = adjacency.IdRank;
        }

        ByKind = BuildByKind();
        PlaceAncestors = BuildPlaceAncestors();
        RegionDepth = BuildRegionDepths();
        StageIndustry = BuildStageIndustries();
        CompaniesWithin = BuildCompaniesWithin();
    }

    /// <summary>The data version this snapshot holds.</summary>
    public long Version { get; }

    /// <summary>Every entity; the position is the entity's index in every other array.</summary>
    public Entity[] Entities { get; }

    /// <summary>Every relation; the position is the relation's index.</summary>
    public Relation[] Relations { get; }

    /// <summary>Every source, by ID (ordinal).</summary>
    public Source[] SourcesById { get; }

    /// <summary>Entity index of each relation's from end.</summary>
    public int[] RelationFrom { get; }

    /// <summary>Entity index of each relation's to end.</summary>
    public int[] RelationTo { get; }

    /// <summary>Row starts of the outgoing adjacency: relations of entity e are OutRelations[OutStart[e]..OutStart[e+1]].</summary>
    public int[] OutStart { get; }

    /// <summary>Outgoing relation indices, each row in relation-ID order.</summary>
    public int[] OutRelations { get; }

    /// <summary>Row starts of the incoming adjacency.</summary>
    public int[] InStart { get; }

    /// <summary>Incoming relation indices, each row in relation-ID order.</summary>
    public int[] InRelations { get; }

    /// <summary>Each entity's position in ordinal ID order: comparing ranks compares IDs without touching strings.</summary>
    public int[] IdRank { get; }

    /// <summary>Entity indices per kind (indexed by the kind's value), in load order.</summary>
    public int[][] ByKind { get; }

    /// <summary>For each place (region or complex), the places it is transitively LOCATED_IN, nearest first; empty for non-places.</summary>
    public int[][] PlaceAncestors { get; }

    /// <summary>For each region, how many regions contain it (the country: 0); -1 for other kinds.</summary>
    public int[] RegionDepth { get; }

    /// <summary>For each stage, the index of its industry; -1 for other kinds or a stage without one.</summary>
    public int[] StageIndustry { get; }

    /// <summary>For each place, the number of companies located (transitively) in it, regardless of validity dates.</summary>
    public int[] CompaniesWithin { get; }

    /// <summary>Number of companies in the graph.</summary>
    public int CompanyCount => ByKind[(int)EntityKind.Company].Length;

    /// <summary>
    /// Creates a snapshot; the relations' ends must all be among the entities (validated writes
    /// guarantee it). Entities that are the very objects of <paramref name="previous"/> keep its search forms.
    /// </summary>
    public static GraphSnapshot Create(long version, IEnumerable<Source> sources, IEnumerable<Entity> entities, IEnumerable<Relation> relations, GraphSnapshot? previous = null) =>
        new(version, [.. sources], [.. entities], [.. relations], previous);

    /// <summary>Creates a snapshot that takes ownership of the arrays (the sources are sorted in place).</summary>
    public static GraphSnapshot FromArrays(long version, Source[] sources, Entity[] entities, Relation[] relations) =>
        new(version, sources, entities, relations);

    /// <summary>A snapshot read back from a snapshot file, with the adjacency and search forms it stored.</summary>
    public static GraphSnapshot FromStored(long version, Source[] sources, Entity[] entities, Relation[] relations, AdjacencyArrays adjacency, SearchForm[][] searchForms) =>
        searchForms.Length == entities.Length
            ? new(version, sources, entities, relations, adjacency, Task.FromResult(searchForms))
            : throw new InvalidDataException("The stored search forms do not fit the stored entities.");

    /// <summary>The adjacency arrays, as a snapshot file stores them.</summary>
    public AdjacencyArrays Adjacency => new(RelationFrom, RelationTo, OutStart, OutRelations, InStart, InRelations, IdRank);

    /// <summary>A copy of this snapshot's content at another version (for a write that changed nothing indexed, e.g. a source).</summary>
    public GraphSnapshot WithSources(long version, IEnumerable<Source> sources) =>
        new(version, [.. sources], Entities, Relations, Adjacency, _searchForms);

    /// <summary>The index of an entity, or -1.</summary>
    public int IndexOf(string id) => _entityIndex.TryGetValue(id, out int index) ? index : -1;

    /// <summary>The index of a relation, or -1.</summary>
    public int RelationIndexOf(string id) => RelationIndex.TryGetValue(id, out int index) ? index : -1;

    /// <inheritdoc/>
    public Entity? FindEntity(string id) => _entityIndex.TryGetValue(id, out int index) ? Entities[index] : null;

    /// <inheritdoc/>
    public Source? FindSource(string id) => _sources.GetValueOrDefault(id);

    /// <summary>The relation with this ID, or null.</summary>
    public Relation? FindRelation(string id) => RelationIndex.TryGetValue(id, out int index) ? Relations[index] : null;

    // Built in the background from the constructor on; the first readers may wait for it.
    private Dictionary<string, int> RelationIndex => _relationIndex.GetAwaiter().GetResult();

    /// <summary>The outgoing relation indices of an entity.</summary>
    public ReadOnlySpan<int> OutOf(int entity) => OutRelations.AsSpan(OutStart[entity], OutStart[entity + 1] - OutStart[entity]);

    /// <summary>The incoming relation indices of an entity.</summary>
    public ReadOnlySpan<int> InOf(int entity) => InRelations.AsSpan(InStart[entity], InStart[entity + 1] - InStart[entity]);

    /// <summary>Number of relations touching an entity.</summary>
    public int DegreeOf(int entity) => OutStart[entity + 1] - OutStart[entity] + InStart[entity + 1] - InStart[entity];

    /// <summary>True when the entity is a region or a complex.</summary>
    public bool IsPlace(int entity) => Entities[entity].Kind is EntityKind.Region or EntityKind.IndustrialComplex;

    /// <summary>True when the entity is a company or an institute.</summary>
    public bool IsOrganization(int entity) => Entities[entity].Kind is EntityKind.Company or EntityKind.Institute;

    /// <summary>True when relation <paramref name="r"/> holds on <paramref name="asOf"/> (always, without a date).</summary>
    public bool IsValid(int r, DateOnly? asOf) => asOf is not DateOnly date || Relations[r].IsValidOn(date);

    /// <summary>
    /// The places an entity is LOCATED_IN, transitively, each once; with <paramref name="asOf"/> only
    /// through relations valid on it. Adds to <paramref name="into"/>.
    /// </summary>
    public void AddAncestors(int entity, DateOnly? asOf, HashSet<int> into)
    {
        foreach (int r in OutOf(entity))
        {
            if (Relations[r].Type != RelationType.LocatedIn || !IsValid(r, asOf))
            {
                continue;
            }

            int place = RelationTo[r];
            if (!into.Add(place))
            {
                continue;
            }

            if (asOf is null)
            {
                into.UnionWith(PlaceAncestors[place]);
            }
            else
            {
                AddAncestorsAsOf(place, asOf.Value, into, 1);
            }
        }
    }

    private void AddAncestorsAsOf(int place, DateOnly asOf, HashSet<int> into, int depth)
    {
        if (depth >= MaxContainmentDepth)
        {
            return;
        }

        foreach (int r in OutOf(place))
        {
            if (Relations[r].Type == RelationType.LocatedIn && Relations[r].IsValidOn(asOf) && into.Add(RelationTo[r]))
            {
                AddAncestorsAsOf(RelationTo[r], asOf, into, depth + 1);
            }
        }
    }

    private static Dictionary<string, int> BuildEntityIndex(Entity[] entities)
    {
        var index = new Dictionary<string, int>(entities.Length, StringComparer.Ordinal);
        for (int i = 0; i < entities.Length; i++)
        {
            index[entities[i].Id] = i;
        }

        return index;
    }

    private static Dictionary<string, int> BuildRelationIndex(Relation[] relations)
    {
        var index = new Dictionary<string, int>(relations.Length, StringComparer.Ordinal);
        for (int r = 0; r < relations.Length; r++)
        {
            index[relations[r].Id] = r;
        }

        return index;
    }

    private (int[] Start, int[] Rows) BuildRows(int entityCount, int[] endOf)
    {
        int[] start = new int[entityCount + 1];
        foreach (int e in endOf)
        {
            start[e + 1]++;
        }

        for (int i = 0; i < entityCount; i++)
        {
            start[i + 1] += start[i];
        }

        int[] rows = new int[endOf.Length];
        int[] fill = (int[])start.Clone();
        for (int r = 0; r < endOf.Length; r++)
        {
            rows[fill[endOf[r]]++] = r;
        }

        // Rows fill in relation order; relations loaded from the database come sorted by ID, so most
        // rows are already in order and only checked.
        Relation[] relations = Relations;
        Comparison<int> byId = (a, b) => string.CompareOrdinal(relations[a].Id, relations[b].Id);
        for (int e = 0; e < entityCount; e++)
        {
            Span<int> row = rows.AsSpan(start[e], start[e + 1] - start[e]);
            for (int i = 1; i < row.Length; i++)
            {
                if (byId(row[i - 1], row[i]) > 0)
                {
                    row.Sort(byId);
                    break;
                }
            }
        }

        return (start, rows);
    }

    private int[] BuildIdRanks()
    {
        Entity[] entities = Entities;
        int[] order = new int[entities.Length];
        bool sorted = true;
        for (int e = 0; e < order.Length; e++)
        {
            order[e] = e;
            sorted &= e == 0 || string.CompareOrdinal(entities[e - 1].Id, entities[e].Id) < 0;
        }

        // Loaded from the database the entities come in ID order already; after writes they may not.
        if (!sorted)
        {
            Array.Sort(order, (a, b) => string.CompareOrdinal(entities[a].Id, entities[b].Id));
        }

        int[] rank = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        return rank;
    }

    private int[][] BuildByKind()
    {
        var lists = new List<int>[Enum.GetValues<EntityKind>().Length];
        for (int k = 0; k < lists.Length; k++)
        {
            lists[k] = [];
        }

        for (int e = 0; e < Entities.Length; e++)
        {
            lists[(int)Entities[e].Kind].Add(e);
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    private int[][] BuildPlaceAncestors()
    {
        int[][] ancestors = new int[Entities.Length][];
        var visiting = new HashSet<int>();
        for (int e = 0; e < Entities.Length; e++)
        {
            if (IsPlace(e))
            {
                Resolve(e, 0);
            }
            else
            {
                ancestors[e] = [];
            }
        }

        return ancestors;

        int[] Resolve(int place, int depth)
        {
            if (ancestors[place] is int[] known)
            {
                return known;
            }

            if (depth >= MaxContainmentDepth || !visiting.Add(place))
            {
                return [];
            }

            var result = new List<int>();
            foreach (int r in OutOf(place))
            {
                if (Relations[r].Type != RelationType.LocatedIn)
                {
                    continue;
                }

                int parent = RelationTo[r];
                if (!result.Contains(parent))
                {
                    result.Add(parent);
                }

                foreach (int above in Resolve(parent, depth + 1))
                {
                    if (above != place && !result.Contains(above))
                    {
                        result.Add(above);
                    }
                }
            }

            visiting.Remove(place);
            return ancestors[place] = [.. result];
        }
    }

    private int[] BuildRegionDepths()
    {
        int[] depth = new int[Entities.Length];
        for (int e = 0; e < Entities.Length; e++)
        {
            depth[e] = Entities[e].Kind == EntityKind.Region
                ? PlaceAncestors[e].Count(a => Entities[a].Kind == EntityKind.Region)
                : -1;
        }

        return depth;
    }

    private int[] BuildStageIndustries()
    {
        int[] industry = new int[Entities.Length];
        Array.Fill(industry, -1);
        foreach (int stage in ByKind[(int)EntityKind.ValueChainStage])
        {
            foreach (int r in OutOf(stage))
            {
                if (Relations[r].Type == RelationType.StageOf)
                {
                    industry[stage] = RelationTo[r];
                    break;
                }
            }

            if (industry[stage] < 0 && Entities[stage].Attributes is StageAttributes { IndustryId: string declared })
            {
                industry[stage] = IndexOf(declared);
            }
        }

        return industry;
    }

    private int[] BuildCompaniesWithin()
    {
        int[] counts = new int[Entities.Length];
        var ancestors = new HashSet<int>();
        foreach (int company in ByKind[(int)EntityKind.Company])
        {
            ancestors.Clear();
            AddAncestors(company, null, ancestors);
            foreach (int place in ancestors)
            {
                counts[place]++;
            }
        }

        return counts;
    }
}
