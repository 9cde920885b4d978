using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// Schema-first construction: SDL documents (definitions and <c>extend</c>s, in any order) plus
/// resolvers bound by schema coordinate (<c>"Type.field"</c>). <see cref="Build"/> checks the SDL and the
/// type-system rules and throws <see cref="SchemaException"/> listing every problem.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscriptionResolver> _subscribers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object?, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _enumValues = new(StringComparer.Ordinal);

    /// <summary>Starts a builder from SDL text.</summary>
    public static SchemaBuilder FromSdl(string sdl, ParserOptions? options = null) => new SchemaBuilder().AddSdl(sdl, options);

    /// <summary>Builds a schema from SDL alone (default resolvers everywhere).</summary>
    public static Schema Build(string sdl) => FromSdl(sdl).Build();

    public SchemaBuilder AddSdl(string sdl, ParserOptions? options = null)
    {
        _documents.Add(Parser.Parse(sdl, options ?? s_sdlOptions));
        return this;
    }

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Binds a resolver to <c>"Type.field"</c>.</summary>
    public SchemaBuilder Bind(string coordinate, FieldResolver resolver)
    {
        _resolvers[coordinate] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver to <c>"Type.field"</c>.</summary>
    public SchemaBuilder Bind(string coordinate, Func<FieldContext, object?> resolver) =>
        Bind(coordinate, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Binds a Task-returning resolver to <c>"Type.field"</c>.</summary>
    public SchemaBuilder BindAsync<T>(string coordinate, Func<FieldContext, Task<T>> resolver) =>
        Bind(coordinate, async context => await resolver(context).ConfigureAwait(false));

    /// <summary>Binds the event stream of a subscription field (<c>"Subscription.field"</c>).</summary>
    public SchemaBuilder BindSubscription(string coordinate, SubscriptionResolver subscriber)
    {
        _subscribers[coordinate] = subscriber;
        return this;
    }

    /// <summary>Supplies the implementation of a custom scalar the SDL declares (matched by name).</summary>
    public SchemaBuilder BindScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Names the object type of values of an interface or union.</summary>
    public SchemaBuilder BindTypeResolver(string abstractType, TypeResolver resolver)
    {
        _typeResolvers[abstractType] = resolver;
        return this;
    }

    /// <summary>Recognises values of an object type during abstract type resolution.</summary>
    public SchemaBuilder BindIsTypeOf(string objectType, Func<object?, bool> isTypeOf)
    {
        _isTypeOf[objectType] = isTypeOf;
        return this;
    }

    /// <summary>Gives an enum value (<c>"Enum.VALUE"</c>) an internal value other than its name (e.g. a CLR enum).</summary>
    public SchemaBuilder BindEnumValue(string coordinate, object value)
    {
        _enumValues[coordinate] = value;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    public Schema Build()
    {
        var definitions = new List<TypeDefinitionNode>();
        var extensions = new List<TypeExtensionNode>();
        var directives = new List<DirectiveDefinitionNode>();
        var schemaDefinitions = new List<SchemaDefinitionNode>();
        var schemaExtensions = new List<SchemaExtensionNode>();
        // graphql-js's buildSchema checks the SDL first (assertValidSDL) and builds nothing when it fails.
        DocumentNode sdl = _documents.Count == 1 ? _documents[0] : new DocumentNode { Definitions = [.. _documents.SelectMany(d => d.Definitions)] };
        IReadOnlyList<GraphQLError> sdlErrors = SdlValidator.Validate(sdl);
        if (sdlErrors.Count > 0)
        {
            throw new SchemaException(sdlErrors);
        }

        var errors = new List<GraphQLError>();
        foreach (DocumentNode document in _documents)
        {
            foreach (DefinitionNode definition in document.Definitions)
            {
                switch (definition)
                {
                    case TypeDefinitionNode type:
                        definitions.Add(type);
                        break;
                    case TypeExtensionNode extension:
                        extensions.Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        directives.Add(directive);
                        break;
                    case SchemaDefinitionNode schemaDefinition:
                        schemaDefinitions.Add(schemaDefinition);
                        break;
                    case SchemaExtensionNode schemaExtension:
                        schemaExtensions.Add(schemaExtension);
                        break;

                    // Operations and fragments are ignored, as graphql-js's buildSchema ignores them.
                }
            }
        }

        var builder = new TypeSystemBuilder(s_standardTypes);
        builder.Build(definitions, extensions, directives, _scalars);
        errors.AddRange(builder.Errors);
        if (builder.FirstBuildError is { } buildError)
        {
            errors.Add(buildError);
        }

        (ObjectType? query, ObjectType? mutation, ObjectType? subscription) = RootTypes(builder, schemaDefinitions, schemaExtensions, errors);
        ApplyBindings(builder, errors);
        builder.CoerceDefaults();
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        var allDirectives = new List<DirectiveDefinition>(builder.DirectiveList);
        foreach (DirectiveDefinition standard in BuiltInDirectives.All)
        {
            if (allDirectives.TrueForAll(d => d.Name != standard.Name))
            {
                allDirectives.Add(standard);
            }
        }

        var schema = new Schema(query, mutation, subscription, builder.Types, allDirectives, schemaDefinitions.FirstOrDefault()?.Description?.Value)
        {
            AstNode = schemaDefinitions.FirstOrDefault(),
            ExtensionAstNodes = schemaExtensions,
        };
        IReadOnlyList<GraphQLError> invalid = SchemaValidator.Validate(schema);
        if (invalid.Count > 0)
        {
            throw new SchemaException(invalid);
        }

        return schema;
    }

    private static readonly ParserOptions s_sdlOptions = new() { MaxTokens = int.MaxValue };

    // The standard scalars and the introspection types: a definition of one of these names gets the standard type.
    private static readonly NamedType[] s_standardTypes =
        [.. BuiltInScalars.All, .. new Schema(query: null).Types.Where(t => Introspection.IntrospectionTypes.IsIntrospectionType(t.Name))];

    private static (ObjectType?, ObjectType?, ObjectType?) RootTypes(
        TypeSystemBuilder builder, List<SchemaDefinitionNode> definitions, List<SchemaExtensionNode> extensions, List<GraphQLError> errors)
    {
        var roots = new NamedType?[3];
        var nodes = new NamedTypeNode?[3];
        foreach (IReadOnlyList<OperationTypeDefinitionNode> operationTypes in definitions.Select(d => d.OperationTypes).Concat(extensions.Select(e => e.OperationTypes)))
        {
            foreach (OperationTypeDefinitionNode operationType in operationTypes)
            {
                int index = (int)operationType.Operation;
                NamedType? type = builder.Find(operationType.Type.Name.Value);
                if (type is null)
                {
                    errors.Add(GraphQLError.At($"Unknown type \"{operationType.Type.Name.Value}\".", operationType.Type));
                    continue;
                }

                roots[index] = type;
                nodes[index] = operationType.Type;
            }
        }

        if (definitions.Count == 0)
        {
            roots[(int)OperationType.Query] = builder.Types.FirstOrDefault(t => t.Name == "Query") ?? roots[(int)OperationType.Query];
            roots[(int)OperationType.Mutation] = builder.Types.FirstOrDefault(t => t.Name == "Mutation") ?? roots[(int)OperationType.Mutation];
            roots[(int)OperationType.Subscription] = builder.Types.FirstOrDefault(t => t.Name == "Subscription") ?? roots[(int)OperationType.Subscription];
        }

        var result = new ObjectType?[3];
        for (int i = 0; i < 3; i++)
        {
            if (roots[i] is null)
            {
                continue;
            }

            if (roots[i] is ObjectType objectType)
            {
                result[i] = objectType;
            }
            else
            {
                string kind = i == 0 ? "Query" : i == 1 ? "Mutation" : "Subscription";
                errors.Add(GraphQLError.At(
                    $"{kind} root type must be Object type{(i == 0 ? string.Empty : " if provided")}, it cannot be {roots[i]!.Name}.",
                    (SyntaxNode?)nodes[i] ?? roots[i]!.AstNode));
            }
        }

        return (result[0], result[1], result[2]);
    }

    private void ApplyBindings(TypeSystemBuilder builder, List<GraphQLError> errors)
    {
        foreach ((string coordinate, FieldResolver resolver) in _resolvers)
        {
            if (FindField(builder, coordinate, errors) is { } field)
            {
                field.Resolver = resolver;
            }
        }

        foreach ((string coordinate, SubscriptionResolver subscriber) in _subscribers)
        {
            if (FindField(builder, coordinate, errors) is { } field)
            {
                field.Subscriber = subscriber;
            }
        }

        foreach ((string name, TypeResolver resolver) in _typeResolvers)
        {
            switch (builder.Find(name))
            {
                case InterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                default:
                    errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{name}\": it is not an interface or union of the schema."));
                    break;
            }
        }

        foreach ((string name, Func<object?, bool> isTypeOf) in _isTypeOf)
        {
            if (builder.Find(name) is ObjectType objectType)
            {
                objectType.IsTypeOf = isTypeOf;
            }
            else
            {
                errors.Add(new GraphQLError($"Cannot bind IsTypeOf to \"{name}\": it is not an object type of the schema."));
            }
        }

        foreach ((string coordinate, object value) in _enumValues)
        {
            int dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && builder.Find(coordinate[..dot]) is EnumType enumType && enumType.GetValue(coordinate[(dot + 1)..]) is { } enumValue)
            {
                enumValue.Value = value;
            }
            else
            {
                errors.Add(new GraphQLError($"Cannot bind enum value \"{coordinate}\": no such enum value in the schema."));
            }
        }
    }

    private static FieldDefinition? FindField(TypeSystemBuilder builder, string coordinate, List<GraphQLError> errors)
    {
        int dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && builder.Find(coordinate[..dot]) is ComplexType type && type.GetField(coordinate[(dot + 1)..]) is { } field)
        {
            return field;
        }

        errors.Add(new GraphQLError($"Cannot bind a resolver to \"{coordinate}\": no such field in the schema."));
        return null;
    }
}
