using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness (https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness):
/// "For each operation definition operation in the document: Let operationName be the name of operation.
/// If operationName exists: Let operations be all operation definitions in the document named
/// operationName. operations must be a set of one."
/// </summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_known.TryGetValue(name.Value, out NameNode? first))
            {
                Context.Report($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return false;
    }
}
