using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Type extensions, e.g. Object Extensions (https://spec.graphql.org/October2021/#sec-Object-Extensions):
/// "The named type must already be defined and must be an Object type." (likewise for every kind;
/// graphql-js's PossibleTypeExtensionsRule, an SDL rule). Without a base schema only the documents' own
/// type definitions can be extended; the last definition of a name decides its kind.
/// </summary>
public sealed class PossibleTypeExtensionsRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(
        SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension);

    private readonly Dictionary<string, TypeDefinitionNode> _defined = new(StringComparer.Ordinal);

    public PossibleTypeExtensionsRule(ValidationContext context)
        : base(context)
    {
        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _defined[type.Name.Value] = type;
            }
        }
    }

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        var extension = (TypeExtensionNode)node;
        string typeName = extension.Name.Value;
        if (!_defined.TryGetValue(typeName, out TypeDefinitionNode? definition))
        {
            Context.Report(
                $"Cannot extend type \"{typeName}\" because it is not defined." + Context.DidYouMean(Context.SuggestionList(typeName, _defined.Keys)),
                extension.Name);
        }
        else if (ExtensionKindOf(definition.Kind) != extension.Kind)
        {
            Context.Report($"Cannot extend non-{KindWord(extension.Kind)} type \"{typeName}\".", definition, extension);
        }

        return false;
    }

    private static SyntaxKind ExtensionKindOf(SyntaxKind definition) => definition switch
    {
        SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static string KindWord(SyntaxKind extension) => extension switch
    {
        SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
