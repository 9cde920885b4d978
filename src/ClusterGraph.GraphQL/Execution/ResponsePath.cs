namespace ClusterGraph.GraphQL.Execution;

/// <summary>A position in the response: a linked list of field names and list indexes, root last.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key (alias or field name), or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index when <see cref="Name"/> is null.</summary>
    public int Index { get; }

    public static ResponsePath Field(ResponsePath? parent, string name) => new(parent, name, -1);

    public static ResponsePath Item(ResponsePath parent, int index) => new(parent, null, index);

    /// <summary>The path from the root: strings for keys, boxed ints for indexes.</summary>
    public IReadOnlyList<object> ToList()
    {
        int depth = 0;
        for (ResponsePath? p = this; p is not null; p = p.Parent)
        {
            depth++;
        }

        object[] segments = new object[depth];
        for (ResponsePath? p = this; p is not null; p = p.Parent)
        {
            segments[--depth] = p.Name is null ? p.Index : p.Name;
        }

        return segments;
    }

    public override string ToString() => string.Join(".", ToList());
}
