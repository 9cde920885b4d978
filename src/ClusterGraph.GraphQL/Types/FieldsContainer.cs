namespace ClusterGraph.GraphQL.Types;

/// <summary>Ordered, name-indexed fields shared by objects and interfaces.</summary>
internal sealed class FieldsContainer
{
    private readonly List<FieldDefinition> _list = [];
    private readonly Dictionary<string, FieldDefinition> _byName = new(StringComparer.Ordinal);

    public IReadOnlyList<FieldDefinition> List => _list;

    public FieldDefinition? Get(string name) => _byName.GetValueOrDefault(name);

    public bool Add(FieldDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }

        _list.Add(field);
        return true;
    }
}
