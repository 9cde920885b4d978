using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread target defined (https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined):
/// "For every namedSpread in a document: Let fragment be the target of namedSpread. fragment must be
/// defined in the document."
/// </summary>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.FragmentSpread);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        NameNode name = ((FragmentSpreadNode)node).Name;
        if (Context.GetFragment(name.Value) is null)
        {
            Context.Report($"Unknown fragment \"{name.Value}\".", name);
        }

        return true;
    }
}
