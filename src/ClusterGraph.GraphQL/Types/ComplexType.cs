namespace ClusterGraph.GraphQL.Types;

/// <summary>A type with fields and implemented interfaces: object or interface.</summary>
public abstract class ComplexType : NamedType
{
    private readonly FieldsContainer _fields = new();
    private readonly List<InterfaceType> _interfaces = [];

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    public IReadOnlyList<FieldDefinition> Fields => _fields.List;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fields.Get(name);

    internal bool AddField(FieldDefinition field) => _fields.Add(field);

    internal void AddInterface(InterfaceType type) => _interfaces.Add(type);
}
