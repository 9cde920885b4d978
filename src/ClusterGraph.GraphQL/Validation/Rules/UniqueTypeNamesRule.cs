using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Types (https://spec.graphql.org/October2021/#sec-Types): "All types within a GraphQL schema must have
/// unique names. No two provided types may have the same name." (graphql-js's UniqueTypeNamesRule, an SDL
/// rule). SDL built without a base schema may still name a standard type (graphql-js then keeps the
/// standard one), so only repeats within the documents are reported.
/// </summary>
public sealed class UniqueTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition, SyntaxKind.InputObjectTypeDefinition);

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        NameNode name = ((TypeDefinitionNode)node).Name;
        if (_known.TryGetValue(name.Value, out NameNode? first))
        {
            Context.Report($"There can be only one type named \"{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }

        return false;
    }
}
