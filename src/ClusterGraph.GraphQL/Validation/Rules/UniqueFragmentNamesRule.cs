using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness (https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness):
/// "For each fragment definition fragment in the document: Let fragmentName be the name of fragment. Let
/// fragments be all fragment definitions in the document named fragmentName. fragments must be a set of one."
/// </summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            NameNode name = fragment.Name;
            if (_known.TryGetValue(name.Value, out NameNode? first))
            {
                Context.Report($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return false;
    }
}
