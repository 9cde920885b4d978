using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// Turns SDL definitions and extensions into named types and directives (graphql-js extendSchemaImpl
/// over an empty schema): shells first so types can refer to each other, then members, then default
/// values once every input type is complete.
/// </summary>
internal sealed class TypeSystemBuilder
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeOrder = [];
    private readonly Dictionary<string, NamedType> _predefined;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _withDefaults = [];

    // Errors graphql-js's build throws (invalid arguments of @deprecated/@specifiedBy, defaults of output
    // types), in the three stages it builds in: scalars and enum values with their types, then directive
    // definitions, then (lazily) fields and input fields.
    private const int TypeStage = 0;
    private const int DirectiveStage = 1;
    private const int FieldStage = 2;
    private readonly List<GraphQLError>[] _buildErrors = [[], [], []];

    public TypeSystemBuilder(IEnumerable<NamedType> predefined)
    {
        _predefined = predefined.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<NamedType> Types => _typeOrder;

    public List<DirectiveDefinition> DirectiveList { get; } = [];

    public List<GraphQLError> Errors => _errors;

    /// <summary>
    /// The first error graphql-js's build would throw (see <see cref="OutputTypeDefaults"/> and the
    /// applied @deprecated and @specifiedBy arguments), in its build order;
    /// graphql-js's buildSchema throws that one and stops, so it is the only one reported.
    /// </summary>
    public GraphQLError? FirstBuildError =>
        Array.Find(_buildErrors, stage => stage.Count > 0) is { } first ? first[0] : null;

    public NamedType? Find(string name) => _types.GetValueOrDefault(name) ?? _predefined.GetValueOrDefault(name);

    /// <summary>Builds every type and directive definition of the documents, applying the extensions.</summary>
    public void Build(
        IReadOnlyList<TypeDefinitionNode> definitions,
        IReadOnlyList<TypeExtensionNode> extensions,
        IReadOnlyList<DirectiveDefinitionNode> directives,
        IReadOnlyDictionary<string, ScalarType> boundScalars)
    {
        foreach (TypeDefinitionNode definition in definitions)
        {
            string name = definition.Name.Value;
            if (_types.TryGetValue(name, out NamedType? existing))
            {
                _errors.Add(GraphQLError.At($"There can be only one type named \"{name}\".", existing.AstNode, definition.Name));
                continue;
            }

            // graphql-js keeps a standard type of that name (a predefined one here), whatever the definition says.
            NamedType type = _predefined.GetValueOrDefault(name) ?? CreateShell(definition, boundScalars);
            _types[name] = type;
            _typeOrder.Add(type);
        }

        var extensionsByName = new Dictionary<string, List<TypeExtensionNode>>(StringComparer.Ordinal);
        foreach (TypeExtensionNode extension in extensions)
        {
            string name = extension.Name.Value;
            NamedType? target = _types.GetValueOrDefault(name);
            if (target is null)
            {
                _errors.Add(GraphQLError.At(
                    $"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.List(name, _types.Keys)),
                    extension.Name));
                continue;
            }

            if (ReferenceEquals(target, _predefined.GetValueOrDefault(name)))
            {
                // A standard type stands in for its definition; graphql-js builds it unchanged.
                continue;
            }

            if (!ExtensionMatches(target, extension))
            {
                _errors.Add(GraphQLError.At($"Cannot extend non-{ExtensionKindWord(extension)} type \"{name}\".", target.AstNode, extension));
                continue;
            }

            if (!extensionsByName.TryGetValue(name, out List<TypeExtensionNode>? list))
            {
                extensionsByName[name] = list = [];
            }

            list.Add(extension);
            target.ExtensionNodes.Add(extension);
        }

        foreach (DirectiveDefinitionNode node in directives)
        {
            DirectiveDefinition directive = BuildDirective(node);
            if (!_directives.TryAdd(directive.Name, directive))
            {
                _errors.Add(GraphQLError.At($"There can be only one directive named \"@{directive.Name}\".", _directives[directive.Name].AstNode, node.Name));
                continue;
            }

            DirectiveList.Add(directive);
        }

        foreach (NamedType type in _typeOrder)
        {
            // A standard type (predefined, shared by every schema) is used as it is.
            if (type.AstNode is null || ReferenceEquals(type, _predefined.GetValueOrDefault(type.Name)))
            {
                continue;
            }

            List<TypeExtensionNode> typeExtensions = extensionsByName.GetValueOrDefault(type.Name) ?? [];
            FillMembers(type, type.AstNode, typeExtensions);
        }
    }

    /// <summary>
    /// Coerces every default value, so the built schema is immutable. Called once all input types are
    /// complete and enum values carry their bound internal values (a default of an enum type must
    /// coerce to the bound value, not to the name).
    /// </summary>
    public void CoerceDefaults()
    {
        foreach (InputValueDefinition value in _withDefaults)
        {
            _ = value.HasDefaultValue;
        }
    }

    /// <summary>Resolves a type reference, reporting unknown names.</summary>
    public GraphQLType ResolveType(TypeNode node)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                GraphQLType inner = ResolveType(nonNull.Type);
                return inner is NonNullType ? inner : new NonNullType(inner);
            case ListTypeNode list:
                return new ListType(ResolveType(list.Type));
            default:
                var named = (NamedTypeNode)node;
                NamedType? found = Find(named.Name.Value);
                if (found is null)
                {
                    _errors.Add(GraphQLError.At(
                        $"Unknown type \"{named.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.List(named.Name.Value, _types.Keys.Concat(_predefined.Keys))),
                        named));
                    return BuiltInScalars.String;
                }

                return found;
        }
    }

    private static NamedType CreateShell(TypeDefinitionNode definition, IReadOnlyDictionary<string, ScalarType> boundScalars)
    {
        string name = definition.Name.Value;
        string? description = definition.Description?.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => boundScalars.GetValueOrDefault(name) ?? new ScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };
        type.Description = description;
        type.AstNode = definition;
        return type;
    }

    private static bool ExtensionMatches(NamedType type, TypeExtensionNode extension) => (type, extension) switch
    {
        (ScalarType, ScalarTypeExtensionNode) => true,
        (ObjectType, ObjectTypeExtensionNode) => true,
        (InterfaceType, InterfaceTypeExtensionNode) => true,
        (UnionType, UnionTypeExtensionNode) => true,
        (EnumType, EnumTypeExtensionNode) => true,
        (InputObjectType, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string ExtensionKindWord(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private void FillMembers(NamedType type, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        switch (type)
        {
            case ScalarType scalar:
                // graphql-js's buildSchema reads @specifiedBy from the definition only, not from extensions.
                if (FindDirective(definition.Directives, "specifiedBy") is { } specifiedBy
                    && DirectiveArgument(BuiltInDirectives.SpecifiedBy, specifiedBy, "url", TypeStage) is string url)
                {
                    scalar.SpecifiedByUrl = url;
                }

                break;

            case ComplexType complex:
                var interfaceNodes = new List<NamedTypeNode>();
                var fieldNodes = new List<FieldDefinitionNode>();
                if (definition is ObjectTypeDefinitionNode objectNode)
                {
                    interfaceNodes.AddRange(objectNode.Interfaces);
                    fieldNodes.AddRange(objectNode.Fields);
                }
                else if (definition is InterfaceTypeDefinitionNode interfaceNode)
                {
                    interfaceNodes.AddRange(interfaceNode.Interfaces);
                    fieldNodes.AddRange(interfaceNode.Fields);
                }

                foreach (TypeExtensionNode extension in extensions)
                {
                    if (extension is ObjectTypeExtensionNode objectExtension)
                    {
                        interfaceNodes.AddRange(objectExtension.Interfaces);
                        fieldNodes.AddRange(objectExtension.Fields);
                    }
                    else if (extension is InterfaceTypeExtensionNode interfaceExtension)
                    {
                        interfaceNodes.AddRange(interfaceExtension.Interfaces);
                        fieldNodes.AddRange(interfaceExtension.Fields);
                    }
                }

                foreach (NamedTypeNode interfaceRef in interfaceNodes)
                {
                    if (ResolveType(interfaceRef) is InterfaceType implemented)
                    {
                        complex.AddInterface(implemented);
                    }
                    else if (Find(interfaceRef.Name.Value) is not null)
                    {
                        _errors.Add(GraphQLError.At(
                            $"Type {complex.Name} must only implement Interface types, it cannot implement {interfaceRef.Name.Value}.", interfaceRef));
                    }
                }

                foreach (FieldDefinitionNode fieldNode in fieldNodes)
                {
                    FieldDefinition field = BuildField(fieldNode);
                    if (!complex.AddField(field))
                    {
                        _errors.Add(GraphQLError.At(
                            $"Field \"{complex.Name}.{field.Name}\" can only be defined once.", complex.GetField(field.Name)!.AstNode, fieldNode.Name));
                    }
                }

                break;

            case UnionType union:
                var members = new List<NamedTypeNode>(((UnionTypeDefinitionNode)definition).Types);
                foreach (TypeExtensionNode extension in extensions)
                {
                    members.AddRange(((UnionTypeExtensionNode)extension).Types);
                }

                foreach (NamedTypeNode member in members)
                {
                    if (ResolveType(member) is ObjectType objectType)
                    {
                        union.AddType(objectType);
                    }
                    else if (Find(member.Name.Value) is not null)
                    {
                        _errors.Add(GraphQLError.At(
                            $"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}.", member));
                    }
                }

                break;

            case EnumType enumType:
                var values = new List<EnumValueDefinitionNode>(((EnumTypeDefinitionNode)definition).Values);
                foreach (TypeExtensionNode extension in extensions)
                {
                    values.AddRange(((EnumTypeExtensionNode)extension).Values);
                }

                foreach (EnumValueDefinitionNode valueNode in values)
                {
                    if (enumType.GetValue(valueNode.Name.Value) is not null)
                    {
                        _errors.Add(GraphQLError.At(
                            $"Enum value \"{enumType.Name}.{valueNode.Name.Value}\" can only be defined once.", enumType.GetValue(valueNode.Name.Value)!.AstNode, valueNode.Name));
                        continue;
                    }

                    enumType.AddValue(new EnumValueDefinition(valueNode.Name.Value, valueNode.Description?.Value, DeprecationReason(valueNode.Directives, TypeStage))
                    {
                        AstNode = valueNode,
                    });
                }

                break;

            case InputObjectType input:
                var inputFields = new List<InputValueDefinitionNode>(((InputObjectTypeDefinitionNode)definition).Fields);
                foreach (TypeExtensionNode extension in extensions)
                {
                    inputFields.AddRange(((InputObjectTypeExtensionNode)extension).Fields);
                }

                // Like @specifiedBy, graphql-js's buildSchema reads @oneOf from the definition only.
                input.IsOneOf = FindDirective(definition.Directives, "oneOf") is not null;

                foreach (InputValueDefinitionNode fieldNode in inputFields)
                {
                    InputValueDefinition field = BuildInputValue(fieldNode, FieldStage);
                    if (!input.AddField(field))
                    {
                        _errors.Add(GraphQLError.At(
                            $"Field \"{input.Name}.{field.Name}\" can only be defined once.", input.GetField(field.Name)!.AstNode, fieldNode.Name));
                    }
                }

                break;
        }
    }

    private FieldDefinition BuildField(FieldDefinitionNode node)
    {
        GraphQLType type = ResolveType(node.Type);

        // graphql-js builds the arguments before reading the field's own @deprecated.
        var arguments = new List<InputValueDefinition>(node.Arguments.Count);
        foreach (InputValueDefinitionNode argumentNode in node.Arguments)
        {
            arguments.Add(BuildInputValue(argumentNode, FieldStage));
        }

        var field = new FieldDefinition(node.Name.Value, type, node.Description?.Value)
        {
            AstNode = node,
            DeprecationReason = DeprecationReason(node.Directives, FieldStage),
        };
        foreach (InputValueDefinition argument in arguments)
        {
            field.AddArgument(argument);
        }

        return field;
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node, int stage)
    {
        GraphQLType type = ResolveType(node.Type);

        // graphql-js converts the default before it reads @deprecated.
        if (node.DefaultValue is not null && OutputTypeDefaults.Check(node.DefaultValue, type) is { } unusable)
        {
            _buildErrors[stage].Add(unusable);
        }

        var value = new InputValueDefinition(node.Name.Value, type, node.Description?.Value)
        {
            AstNode = node,
            DeprecationReason = DeprecationReason(node.Directives, stage),
        };
        if (node.DefaultValue is not null)
        {
            value.SetDefaultLiteral(node.DefaultValue);
            _withDefaults.Add(value);
        }

        return value;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node)
    {
        var locations = new List<DirectiveLocation>(node.Locations.Count);
        foreach (NameNode location in node.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out DirectiveLocation parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                _errors.Add(GraphQLError.At($"Unexpected directive location \"{location.Value}\".", location));
            }
        }

        var directive = new DirectiveDefinition(node.Name.Value, locations, node.Description?.Value, node.Repeatable) { AstNode = node };
        foreach (InputValueDefinitionNode argumentNode in node.Arguments)
        {
            directive.AddArgument(BuildInputValue(argumentNode, DirectiveStage));
        }

        return directive;
    }

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>An argument of an applied built-in directive; an invalid one is recorded for its build stage.</summary>
    private object? DirectiveArgument(DirectiveDefinition definition, DirectiveNode node, string name, int stage)
    {
        try
        {
            return ArgumentValues.Coerce(definition.Arguments, node.Arguments, node, null).GetValueOrDefault(name);
        }
        catch (GraphQLError error)
        {
            _buildErrors[stage].Add(error);
            return null;
        }
    }

    /// <summary>The reason of an applied @deprecated (its default when the argument is omitted), else null.</summary>
    private string? DeprecationReason(IReadOnlyList<DirectiveNode> directives, int stage) =>
        FindDirective(directives, "deprecated") is { } deprecated
            ? DirectiveArgument(BuiltInDirectives.Deprecated, deprecated, "reason", stage) as string
            : null;
}
