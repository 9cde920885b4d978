using ClusterGraph.GraphQL.Introspection;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// A schema: root operation types, every named type reachable from them (plus the given extra types,
/// the directives' argument types and the introspection types), and the directives. The type map keeps
/// graphql-js's order, which introspection and the printer follow.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<NamedType> _types = [];
    private readonly Dictionary<string, DirectiveDefinition> _directiveMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private readonly Lock _subTypesLock = new();

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = directives?.ToList() ?? [.. BuiltInDirectives.All];
        foreach (DirectiveDefinition directive in Directives)
        {
            _directiveMap.TryAdd(directive.Name, directive);
        }

        // graphql-js seeds an insertion-ordered set with the given types, then for each one deletes it and
        // re-adds it with everything it references that the set lacks: the given types keep their order,
        // each followed by the types first reached from it.
        var set = new OrderedTypeSet();
        List<NamedType> given = types?.ToList() ?? [];
        foreach (NamedType type in given)
        {
            set.Add(type);
        }

        foreach (NamedType type in given)
        {
            set.Remove(type);
            Collect(type, set);
        }

        Collect(query, set);
        Collect(mutation, set);
        Collect(subscription, set);
        foreach (DirectiveDefinition directive in Directives)
        {
            foreach (InputValueDefinition argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType(), set);
            }
        }

        Collect(IntrospectionTypes.Schema, set);
        List<NamedType> ordered = set.ToList();
        foreach (NamedType type in ordered)
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                throw new SchemaException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            _types.Add(type);
            if (type is ComplexType complex)
            {
                foreach (InterfaceType implemented in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(implemented.Name, out var found))
                    {
                        found = ([], []);
                        _implementations[implemented.Name] = found;
                    }

                    if (complex is ObjectType obj)
                    {
                        found.Objects.Add(obj);
                    }
                    else
                    {
                        found.Interfaces.Add((InterfaceType)complex);
                    }
                }
            }
        }
    }

    public string? Description { get; internal set; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in graphql-js's type map order.</summary>
    public IReadOnlyList<NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    /// <summary>The root type of an operation kind, or null when the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may have (union members or implementations).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => _implementations.TryGetValue(iface.Name, out var found) ? found.Objects : [],
        _ => [],
    };

    /// <summary>Objects and interfaces that implement <paramref name="interfaceType"/> directly.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member/implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        HashSet<string>? names;
        lock (_subTypesLock)
        {
            if (!_subTypes.TryGetValue(abstractType.Name, out names))
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                if (abstractType is UnionType union)
                {
                    foreach (ObjectType member in union.Types)
                    {
                        names.Add(member.Name);
                    }
                }
                else if (abstractType is InterfaceType iface)
                {
                    (IReadOnlyList<ObjectType> objects, IReadOnlyList<InterfaceType> interfaces) = GetImplementations(iface);
                    foreach (ObjectType obj in objects)
                    {
                        names.Add(obj.Name);
                    }

                    foreach (InterfaceType sub in interfaces)
                    {
                        names.Add(sub.Name);
                    }
                }

                _subTypes[abstractType.Name] = names;
            }
        }

        return names.Contains(maybeSubType.Name);
    }

    /// <summary>Depth-first, first-seen order, as graphql-js's collectReferencedTypes (iterative: no stack limit).</summary>
    private static void Collect(NamedType? root, OrderedTypeSet seen)
    {
        if (root is null)
        {
            return;
        }

        var stack = new Stack<NamedType>();
        stack.Push(root);
        var children = new List<NamedType>();
        while (stack.Count > 0)
        {
            NamedType type = stack.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            children.Clear();
            switch (type)
            {
                case UnionType union:
                    children.AddRange(union.Types);
                    break;
                case ComplexType complex:
                    children.AddRange(complex.Interfaces);
                    foreach (FieldDefinition field in complex.Fields)
                    {
                        children.Add(field.Type.GetNamedType());
                        foreach (InputValueDefinition argument in field.Arguments)
                        {
                            children.Add(argument.Type.GetNamedType());
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (InputValueDefinition field in input.Fields)
                    {
                        children.Add(field.Type.GetNamedType());
                    }

                    break;
            }

            for (int i = children.Count - 1; i >= 0; i--)
            {
                if (!seen.Contains(children[i]))
                {
                    stack.Push(children[i]);
                }
            }
        }
    }

    /// <summary>An insertion-ordered set of types with removal (JavaScript's Set semantics).</summary>
    private sealed class OrderedTypeSet
    {
        private readonly LinkedList<NamedType> _order = new();
        private readonly Dictionary<NamedType, LinkedListNode<NamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

        public bool Contains(NamedType type) => _nodes.ContainsKey(type);

        public bool Add(NamedType type)
        {
            if (_nodes.ContainsKey(type))
            {
                return false;
            }

            _nodes[type] = _order.AddLast(type);
            return true;
        }

        public void Remove(NamedType type)
        {
            if (_nodes.Remove(type, out LinkedListNode<NamedType>? node))
            {
                _order.Remove(node);
            }
        }

        public List<NamedType> ToList() => [.. _order];
    }
}
