namespace ClusterGraph.GraphQL.Types;

/// <summary>An input object type; <see cref="IsOneOf"/> when declared <c>@oneOf</c>.</summary>
public sealed class InputObjectType : NamedType
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);

    public InputObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    /// <summary>Exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    internal bool AddField(InputValueDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }
}
