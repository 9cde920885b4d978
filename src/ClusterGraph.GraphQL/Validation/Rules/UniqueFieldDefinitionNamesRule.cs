using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Objects, Interfaces and Input Objects Type Validation
/// (https://spec.graphql.org/October2021/#sec-Objects.Type-Validation): "Each field of an Object type must
/// have a name which is unique within that Object type" (likewise for interfaces and input objects;
/// graphql-js's UniqueFieldDefinitionNamesRule, an SDL rule). A type's definition and its extensions
/// share one set of field names.
/// </summary>
public sealed class UniqueFieldDefinitionNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(
        SyntaxKind.InputObjectTypeDefinition, SyntaxKind.InputObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.ObjectTypeDefinition, SyntaxKind.ObjectTypeExtension);

    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownByType = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        string typeName = SyntaxFacts.TypeNameOf(node)!;
        if (!_knownByType.TryGetValue(typeName, out Dictionary<string, NameNode>? known))
        {
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownByType[typeName] = known;
        }

        foreach (NameNode name in FieldNames(node))
        {
            if (known.TryGetValue(name.Value, out NameNode? first))
            {
                Context.Report($"Field \"{typeName}.{name.Value}\" can only be defined once.", first, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }

        return false;
    }

    private static IEnumerable<NameNode> FieldNames(SyntaxNode node) => node switch
    {
        ObjectTypeDefinitionNode n => n.Fields.Select(f => f.Name),
        ObjectTypeExtensionNode n => n.Fields.Select(f => f.Name),
        InterfaceTypeDefinitionNode n => n.Fields.Select(f => f.Name),
        InterfaceTypeExtensionNode n => n.Fields.Select(f => f.Name),
        InputObjectTypeDefinitionNode n => n.Fields.Select(f => f.Name),
        _ => ((InputObjectTypeExtensionNode)node).Fields.Select(f => f.Name),
    };
}
