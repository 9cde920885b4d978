using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>The field nodes merged under one response key of one object type, with the field they select.</summary>
internal sealed class FieldGroup
{
    private SubfieldsEntry? _subfields;
    private object? _arguments;

    public FieldGroup(ObjectType parentType, string responseName, FieldNode first, FieldDefinition definition)
    {
        ParentType = parentType;
        ResponseName = responseName;
        Nodes = [first];
        Definition = definition;
        GraphQLType nullable = definition.Type.NullableType;
        LeafType = nullable.IsLeafType ? (NamedType)nullable : null;
    }

    /// <summary>The field's scalar or enum type when it is one (possibly non-null), else null.</summary>
    public NamedType? LeafType { get; }

    public ObjectType ParentType { get; }

    public string ResponseName { get; }

    public List<FieldNode> Nodes { get; }

    public FieldDefinition Definition { get; }

    /// <summary>Arguments depend only on the nodes and the (fixed) variables: coerced once per execution.</summary>
    public object? CachedArguments
    {
        get => Volatile.Read(ref _arguments);
        set => Volatile.Write(ref _arguments, value);
    }

    public CollectedFields? GetCachedSubfields(ObjectType type)
    {
        SubfieldsEntry? entry = Volatile.Read(ref _subfields);
        return entry is not null && ReferenceEquals(entry.Type, type) ? entry.Fields : null;
    }

    public void CacheSubfields(ObjectType type, CollectedFields fields) => Volatile.Write(ref _subfields, new SubfieldsEntry(type, fields));

    private sealed record SubfieldsEntry(ObjectType Type, CollectedFields Fields);
}

/// <summary>The grouped fields of one selection for one object type, in response order.</summary>
internal sealed class CollectedFields(FieldGroup[] groups, string[] keys)
{
    public FieldGroup[] Groups { get; } = groups;

    public string[] Keys { get; } = keys;
}
