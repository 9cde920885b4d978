using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Enum Type Validation (https://spec.graphql.org/October2021/#sec-Enums.Type-Validation): "All enum
/// values of an Enum type must be unique." (graphql-js's UniqueEnumValueNamesRule, an SDL rule). An enum's
/// definition and its extensions share one set of values.
/// </summary>
public sealed class UniqueEnumValueNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumTypeExtension);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownByType = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        (string typeName, IReadOnlyList<EnumValueDefinitionNode> values) = node is EnumTypeDefinitionNode definition
            ? (definition.Name.Value, definition.Values)
            : (((EnumTypeExtensionNode)node).Name.Value, ((EnumTypeExtensionNode)node).Values);
        if (!_knownByType.TryGetValue(typeName, out Dictionary<string, NameNode>? known))
        {
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownByType[typeName] = known;
        }

        foreach (EnumValueDefinitionNode value in values)
        {
            if (known.TryGetValue(value.Name.Value, out NameNode? first))
            {
                Context.Report($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", first, value.Name);
            }
            else
            {
                known[value.Name.Value] = value.Name;
            }
        }

        return false;
    }
}
