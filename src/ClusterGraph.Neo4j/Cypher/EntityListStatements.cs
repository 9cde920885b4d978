using System.Globalization;
using System.Text;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// Filtered, ordered entity lists with keyset paging. Which field each sort key reads is a parameter
/// (<c>$f0</c>…), but a sort direction cannot be one in Cypher: there is one statement per sequence
/// of directions (up to the three distinct fields) and page direction, all in the catalog. Cursor
/// values are parameters <c>$k0</c>…, <c>$kid</c>.
/// </summary>
public static class EntityListStatements
{
    /// <summary>A sort field with its direction, as it appears in a normalized order.</summary>
    public readonly record struct SortKey(EntityOrderField Field, OrderDirection Direction, Lang Lang);

    /// <summary>
    /// The order with repeated fields dropped (the first wins) and the language kept only for NAME:
    /// <paramref name="order"/> always means the same list as its normalization.
    /// </summary>
    public static IReadOnlyList<SortKey> Normalize(IReadOnlyList<EntityOrder> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var keys = new List<SortKey>();
        foreach (EntityOrder item in order)
        {
            if (keys.All(k => k.Field != item.Field))
            {
                keys.Add(new SortKey(item.Field, item.Direction, item.Field == EntityOrderField.Name ? item.Lang : Lang.Ko));
            }
        }

        return keys;
    }

    /// <summary>The scope naming this ordering in cursors (<see cref="CursorCodec"/>).</summary>
    public static string Scope(IReadOnlyList<SortKey> keys) => "entities:" + (keys.Count == 0 ? "ID" : string.Join(",", keys.Select(Name)));

    /// <summary>The list statement for a normalized order's directions and the page direction.</summary>
    public static CypherStatement List(IReadOnlyList<SortKey> keys, PageDirection direction)
    {
        ArgumentNullException.ThrowIfNull(keys);
        OrderDirection[] directions = [.. keys.Select(k => k.Direction)];
        string name = $"read.listEntities.{(keys.Count == 0 ? "ID" : string.Join("_", directions.Select(d => ContractNames.ToContractName(d))))}.{direction.ToString().ToLowerInvariant()}";
        return s_cache.GetOrAdd(name, _ => Build(name, directions, direction, batched: false));
    }

    /// <summary>
    /// The batched list statement, in ID order: one page per row of <c>$filters</c> (each row a filter
    /// plus its <c>index</c>), all with the same page arguments; one record per row. Only ID order is
    /// batched — what the API's per-parent lists ask for — since each statement of this shape costs
    /// the catalog's Cypher analysis seconds; other orders run one list statement per filter.
    /// </summary>
    public static CypherStatement ListOfEach(PageDirection direction)
    {
        string name = $"read.listEntitiesOfEach.ID.{direction.ToString().ToLowerInvariant()}";
        return s_cache.GetOrAdd(name, _ => Build(name, [], direction, batched: true));
    }

    /// <summary>The value of <c>$f{i}</c> choosing what sort key <paramref name="key"/> reads.</summary>
    public static string FieldParameter(SortKey key) => key.Field switch
    {
        EntityOrderField.Name => key.Lang == Lang.En ? FieldNameEn : FieldNameKo,
        EntityOrderField.Kind => FieldKind,
        _ => FieldDegree,
    };

    /// <summary>The constant parameters naming the sort fields (<c>$fieldNameKo</c>, …).</summary>
    public static IReadOnlyDictionary<string, object?> FieldNames { get; } = new Dictionary<string, object?>
    {
        ["fieldNameKo"] = FieldNameKo,
        ["fieldNameEn"] = FieldNameEn,
        ["fieldKind"] = FieldKind,
    };

    private const string FieldNameKo = "NAME_KO";
    private const string FieldNameEn = "NAME_EN";
    private const string FieldKind = "KIND";
    private const string FieldDegree = "DEGREE";

    /// <summary>Every list statement (every direction sequence of up to three keys × both page directions), for the catalog.</summary>
    public static IEnumerable<CypherStatement> All
    {
        get
        {
            foreach (IReadOnlyList<SortKey> keys in AllOrders())
            {
                yield return List(keys, PageDirection.Forward);
                yield return List(keys, PageDirection.Backward);
            }

            yield return ListOfEach(PageDirection.Forward);
            yield return ListOfEach(PageDirection.Backward);
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CypherStatement> s_cache = new(StringComparer.Ordinal);

    private static string Name(SortKey key) =>
        ContractNames.ToContractName(key.Field) + (key.Field == EntityOrderField.Name ? "_" + ContractNames.ToContractName(key.Lang) : "") + "_" + ContractNames.ToContractName(key.Direction);

    // Sort key i over node e, the field chosen by $f{i}. KIND ranks by the enum's order, given as $kindRank.
    private static string Expression(int i) =>
        $"CASE $f{i} WHEN $fieldNameKo THEN coalesce(e.nameKo, e.nameEn, $blank) WHEN $fieldNameEn THEN coalesce(e.nameEn, e.nameKo, $blank) " +
        "WHEN $fieldKind THEN $kindRank[e.kind] ELSE COUNT { (e)--() } END";

    private static CypherStatement Build(string name, OrderDirection[] keys, PageDirection direction, bool batched)
    {
        // Sort keys k0..kn, then the id ascending; backward reads the same order reversed.
        var columns = keys.Select((k, i) => (Variable: "k" + i.ToString(CultureInfo.InvariantCulture), Param: "$k" + i.ToString(CultureInfo.InvariantCulture), Ascending: k == OrderDirection.Asc))
            .Append((Variable: "e.id", Param: "$kid", Ascending: true))
            .ToList();
        bool forward = direction == PageDirection.Forward;
        string after = After(columns, forward);
        string projection = string.Concat(keys.Select((_, i) => $", {Expression(i)} AS k{i}"));
        string orderBy = string.Join(", ", columns.Select(c => $"{c.Variable} {((c.Ascending == forward) ? "ASC" : "DESC")}"));
        // A batch reads each row's filter from f. instead of the statement's parameters.
        string filter = CypherFragments.EntityFilter("e", batched ? "f." : "$");
        string scope = batched ? "(f)" : "()";
        string page = $$"""
            CALL {{scope}} {
              MATCH (e:Entity)
              WHERE {{filter}}
              WITH e{{projection}}
              RETURN count(e) AS total, count(CASE WHEN $hasCursor AND NOT ({{after}}) THEN 1 END) AS beyond
            }
            CALL {{scope}} {
              MATCH (e:Entity)
              WHERE {{filter}}
              WITH e{{projection}}
              WHERE NOT $hasCursor OR ({{after}})
              WITH e{{string.Concat(keys.Select((_, i) => $", k{i}"))}} ORDER BY {{orderBy}} LIMIT $take
              RETURN collect([e{{string.Concat(keys.Select((_, i) => $", k{i}"))}}]) AS items
            }
            """;
        string text = batched
            ? "UNWIND $filters AS f\n" + page + "RETURN f.index AS index, total, beyond, items"
            : page + "RETURN total, beyond, items";
        Dictionary<string, object?> example = batched
            ? new Dictionary<string, object?> { ["filters"] = new[] { Example.FilterRow(0) } }
            : Example.Filter();
        example["hasCursor"] = true;
        example["take"] = 21;
        example["kid"] = "company:amkor-technology-korea";
        example["blank"] = "";
        example["kindRank"] = KindRank;
        foreach ((string key, object? value) in FieldNames)
        {
            example[key] = value;
        }

        for (int i = 0; i < keys.Length; i++)
        {
            example["f" + i.ToString(CultureInfo.InvariantCulture)] = i == 0 ? FieldNameKo : FieldKind;
            example["k" + i.ToString(CultureInfo.InvariantCulture)] = i == 0 ? "앰코테크놀로지코리아" : 2;
        }

        return ReadStatements.Read(name, text, example);
    }

    // Lexicographic "strictly after the cursor" over the columns, each in its own direction.
    private static string After(List<(string Variable, string Param, bool Ascending)> columns, bool forward)
    {
        var alternatives = new List<string>();
        for (int i = 0; i < columns.Count; i++)
        {
            var terms = new StringBuilder();
            for (int j = 0; j < i; j++)
            {
                terms.Append($"{columns[j].Variable} = {columns[j].Param} AND ");
            }

            string op = columns[i].Ascending == forward ? ">" : "<";
            terms.Append($"{columns[i].Variable} {op} {columns[i].Param}");
            alternatives.Add("(" + terms + ")");
        }

        return string.Join(" OR ", alternatives);
    }

    /// <summary>KIND's rank: the enum's declaration order.</summary>
    public static IReadOnlyDictionary<string, object?> KindRank { get; } =
        Enum.GetValues<EntityKind>().ToDictionary(k => Neo4jGraphSchema.KindValueOf(k), k => (object?)(long)(int)k);

    // One order per sequence of directions of up to three keys (the fields do not change the text).
    private static IEnumerable<IReadOnlyList<SortKey>> AllOrders()
    {
        int fields = Enum.GetValues<EntityOrderField>().Length;
        for (int length = 0; length <= fields; length++)
        {
            for (int mask = 0; mask < 1 << length; mask++)
            {
                yield return [.. Enumerable.Range(0, length).Select(i => new SortKey(EntityOrderField.Kind, (mask & (1 << i)) == 0 ? OrderDirection.Asc : OrderDirection.Desc, Lang.Ko))];
            }
        }
    }
}
