using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types with their resolvers over the schema model, and the meta fields
/// <c>__schema</c>, <c>__type(name:)</c> and <c>__typename</c>.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly Dictionary<string, NamedType> s_types = Build();

    public static ObjectType Schema { get; } = (ObjectType)s_types["__Schema"];

    public static ObjectType Type { get; } = (ObjectType)s_types["__Type"];

    /// <summary><c>__schema: __Schema!</c>, on the query root type.</summary>
    public static FieldDefinition SchemaField { get; } = new("__schema", new NonNullType(Schema), "Access the current type schema of this server.")
    {
        Resolver = static context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, on the query root type.</summary>
    public static FieldDefinition TypeField { get; } = CreateTypeField();

    /// <summary><c>__typename: String!</c>, on every object type.</summary>
    public static FieldDefinition TypeNameField { get; } = new("__typename", new NonNullType(BuiltInScalars.String), "The name of the current Object type at runtime.")
    {
        Resolver = static context => new ValueTask<object?>(context.ParentType.Name),
    };

    public static bool IsIntrospectionType(string name) =>
        name is "__Schema" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__Directive" or "__TypeKind" or "__DirectiveLocation";

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", Type, "Request the type information of a single type.")
        {
            Resolver = static context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
        };
        field.AddArgument(new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }

    private static Dictionary<string, NamedType> Build()
    {
        DocumentNode document = Parser.Parse(IntrospectionSdl.Text);
        var builder = new TypeSystemBuilder(BuiltInScalars.All);
        builder.Build([.. document.Definitions.OfType<TypeDefinitionNode>()], [], [], new Dictionary<string, ScalarType>());
        if (builder.Errors.Count > 0)
        {
            throw new InvalidOperationException("The introspection SDL is invalid: " + builder.Errors[0].Message);
        }

        Dictionary<string, NamedType> types = builder.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        BindSchema((ObjectType)types["__Schema"]);
        BindType((ObjectType)types["__Type"]);
        BindField((ObjectType)types["__Field"]);
        BindInputValue((ObjectType)types["__InputValue"]);
        BindEnumValue((ObjectType)types["__EnumValue"]);
        BindDirective((ObjectType)types["__Directive"]);
        return types;
    }

    private static void Bind(ObjectType type, string field, Func<FieldContext, object?> resolve) =>
        type.GetField(field)!.Resolver = context => new ValueTask<object?>(resolve(context));

    private static bool IncludeDeprecated(FieldContext context) => context.GetArgument("includeDeprecated", false);

    private static void BindSchema(ObjectType type)
    {
        Bind(type, "description", c => ((Schema)c.Source!).Description);
        Bind(type, "types", c => ((Schema)c.Source!).Types);
        Bind(type, "queryType", c => ((Schema)c.Source!).QueryType);
        Bind(type, "mutationType", c => ((Schema)c.Source!).MutationType);
        Bind(type, "subscriptionType", c => ((Schema)c.Source!).SubscriptionType);
        Bind(type, "directives", c => ((Schema)c.Source!).Directives);
    }

    private static void BindType(ObjectType type)
    {
        Bind(type, "kind", c => TypeKindName(((GraphQLType)c.Source!).Kind));
        Bind(type, "name", c => c.Source is NamedType named ? named.Name : null);
        Bind(type, "description", c => c.Source is NamedType named ? named.Description : null);
        Bind(type, "specifiedByURL", c => c.Source is ScalarType scalar ? scalar.SpecifiedByUrl : null);
        Bind(type, "fields", c => c.Source is ComplexType complex
            ? complex.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
            : null);
        Bind(type, "interfaces", c => c.Source is ComplexType complex ? complex.Interfaces : null);
        Bind(type, "possibleTypes", c => c.Source is UnionType or InterfaceType ? c.Schema.GetPossibleTypes((NamedType)c.Source) : null);
        Bind(type, "enumValues", c => c.Source is EnumType enumType
            ? enumType.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList()
            : null);
        Bind(type, "inputFields", c => c.Source is InputObjectType input
            ? input.Fields.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList()
            : null);
        Bind(type, "ofType", c => c.Source switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Bind(type, "isOneOf", c => c.Source is InputObjectType input ? input.IsOneOf : null);
    }

    private static void BindField(ObjectType type)
    {
        Bind(type, "name", c => ((FieldDefinition)c.Source!).Name);
        Bind(type, "description", c => ((FieldDefinition)c.Source!).Description);
        Bind(type, "args", c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        Bind(type, "type", c => ((FieldDefinition)c.Source!).Type);
        Bind(type, "isDeprecated", c => ((FieldDefinition)c.Source!).IsDeprecated);
        Bind(type, "deprecationReason", c => ((FieldDefinition)c.Source!).DeprecationReason);
    }

    private static void BindInputValue(ObjectType type)
    {
        Bind(type, "name", c => ((InputValueDefinition)c.Source!).Name);
        Bind(type, "description", c => ((InputValueDefinition)c.Source!).Description);
        Bind(type, "type", c => ((InputValueDefinition)c.Source!).Type);
        Bind(type, "defaultValue", c =>
        {
            var value = (InputValueDefinition)c.Source!;
            return value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } ast ? AstPrinter.Print(ast) : null;
        });
        Bind(type, "isDeprecated", c => ((InputValueDefinition)c.Source!).IsDeprecated);
        Bind(type, "deprecationReason", c => ((InputValueDefinition)c.Source!).DeprecationReason);
    }

    private static void BindEnumValue(ObjectType type)
    {
        Bind(type, "name", c => ((EnumValueDefinition)c.Source!).Name);
        Bind(type, "description", c => ((EnumValueDefinition)c.Source!).Description);
        Bind(type, "isDeprecated", c => ((EnumValueDefinition)c.Source!).IsDeprecated);
        Bind(type, "deprecationReason", c => ((EnumValueDefinition)c.Source!).DeprecationReason);
    }

    private static void BindDirective(ObjectType type)
    {
        Bind(type, "name", c => ((DirectiveDefinition)c.Source!).Name);
        Bind(type, "description", c => ((DirectiveDefinition)c.Source!).Description);
        Bind(type, "isRepeatable", c => ((DirectiveDefinition)c.Source!).IsRepeatable);
        Bind(type, "locations", c => ((DirectiveDefinition)c.Source!).Locations.Select(l => l.ToSpecName()).ToList());
        Bind(type, "args", c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
    }

    private static string TypeKindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
