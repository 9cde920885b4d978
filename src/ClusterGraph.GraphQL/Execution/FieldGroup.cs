using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>The field nodes merged under one response key of one object type, with the field they select.</summary>
internal sealed class FieldGroup
{
    private SubfieldsEntry? _subfields;
    private MemberRead? _memberRead;
    private object? _arguments;

    public FieldGroup(ObjectType parentType, string responseName, FieldNode first, FieldDefinition definition)
    {
        ParentType = parentType;
        ResponseName = responseName;
        Nodes = [first];
        Definition = definition;
        GraphQLType nullable = definition.Type.NullableType;
        LeafType = nullable.IsLeafType ? (NamedType)nullable : null;
        IsNonNull = definition.Type.IsNonNull;
        JsonLeaf = JsonLeaves.Classify(definition, LeafType);
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(definition.Name);
    }

    /// <summary>How the default resolver's value completes when read from a JSON object (see <see cref="JsonLeaves"/>).</summary>
    public JsonLeaf JsonLeaf { get; }

    /// <summary>The field's name in UTF-8, to look it up in a JSON object without transcoding it each time.</summary>
    public byte[] Utf8Name { get; }

    public bool IsNonNull { get; }

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

    /// <summary>
    /// The default resolver's value for this field. The member accessor of the last CLR type seen is kept
    /// here, so a parent of the same type (the common case) skips the resolver's type tests and the shared
    /// accessor table.
    /// </summary>
    public object? ResolveDefault(object? source)
    {
        if (source is null)
        {
            return null;
        }

        Type type = source.GetType();
        if (Volatile.Read(ref _memberRead) is { } known && ReferenceEquals(known.Type, type))
        {
            return known.Accessor?.Invoke(source);
        }

        if (!DefaultResolver.ReadsMembers(source))
        {
            return DefaultResolver.Resolve(source, Definition.Name);
        }

        Func<object, object?>? accessor = DefaultResolver.MemberAccessor(type, Definition.Name);
        Volatile.Write(ref _memberRead, new MemberRead(type, accessor));
        return accessor?.Invoke(source);
    }

    private sealed record SubfieldsEntry(ObjectType Type, CollectedFields Fields);

    private sealed record MemberRead(Type Type, Func<object, object?>? Accessor);
}

/// <summary>The grouped fields of one selection for one object type, in response order.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(FieldGroup[] groups, string[] keys)
    {
        Groups = groups;
        Keys = keys;
        AllJsonLeaves = groups.Length > 0 && Array.TrueForAll(groups, static group => group.JsonLeaf != JsonLeaf.None);
        JsonFieldsInOneScan = AllJsonLeaves && groups.Length <= 64 && FieldNamesAreDistinct(groups);
    }

    public FieldGroup[] Groups { get; }

    public string[] Keys { get; }

    /// <summary>Every field is a built-in scalar read by the default resolver: a JSON object can complete inline.</summary>
    public bool AllJsonLeaves { get; }

    /// <summary>
    /// Each property of a JSON object fills at most one field (no two response keys alias one field) and
    /// the fields fit a 64-bit mask: one scan of the object's properties completes it.
    /// </summary>
    public bool JsonFieldsInOneScan { get; }

    private static bool FieldNamesAreDistinct(FieldGroup[] groups)
    {
        for (int i = 1; i < groups.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (groups[i].Definition.Name == groups[j].Definition.Name)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
