namespace ClusterGraph.Neo4j.Cypher;

/// <summary>Example parameters of the read statements, for the catalog (the shapes real calls send).</summary>
internal static class Example
{
    public static Dictionary<string, object?> Ids => new() { ["ids"] = new[] { "company:amkor-technology-korea", "region:incheon" } };

    public static Dictionary<string, object?> SourceIds => new() { ["ids"] = new[] { "source:kyeongin-2024-semiconductor" } };

    public static Dictionary<string, object?> Adjacency => new()
    {
        ["ids"] = new[] { "company:amkor-technology-korea" },
        ["types"] = new[] { "LOCATED_IN", "ACTIVE_IN" },
        ["asOf"] = null,
        ["cursor"] = null,
        ["take"] = 21,
        ["direction"] = "OUT",
        ["both"] = "BOTH",
        ["out"] = "OUT",
        ["in"] = "IN",
        ["undirected"] = new[] { "PARTNERS_WITH" },
    };

    public static Dictionary<string, object?> Neighbors
    {
        get
        {
            Dictionary<string, object?> parameters = Adjacency;
            parameters["kinds"] = new[] { "COMPANY", "INSTITUTE" };
            return parameters;
        }
    }

    public static Dictionary<string, object?> Citing => new()
    {
        ["ids"] = new[] { "source:kyeongin-2024-semiconductor" },
        ["cursor"] = "company:amkor-technology-korea",
        ["take"] = 21,
    };

    /// <summary>An entity filter's parameters (every field present, null = no condition).</summary>
    public static Dictionary<string, object?> Filter() => new()
    {
        ["kinds"] = new[] { "COMPANY" },
        ["within"] = new[] { "region:incheon" },
        ["activeIn"] = new[] { "industry:semiconductor" },
        ["nameContains"] = "앰코",
        ["west"] = 126.0,
        ["south"] = 37.0,
        ["east"] = 127.0,
        ["north"] = 38.0,
        ["asOf"] = new DateOnly(2024, 6, 1),
        ["regionLevels"] = null,
        ["initiativeFrom"] = null,
        ["initiativeTo"] = null,
    };

    public static Dictionary<string, object?> FilterRow(int index)
    {
        Dictionary<string, object?> row = Filter();
        row["index"] = index;
        return row;
    }
}
