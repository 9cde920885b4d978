using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types (https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types):
/// "For each fragment defined in the document: The target type of fragment must have kind UNION,
/// INTERFACE, or OBJECT." Inline fragments too.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is InlineFragmentNode { TypeCondition: { } condition })
        {
            if (TypeFromAst.Resolve(Context.Schema, condition) is { IsCompositeType: false })
            {
                Context.Report($"Fragment cannot condition on non composite type \"{AstPrinter.Print(condition)}\".", condition);
            }
        }
        else if (node is FragmentDefinitionNode fragment
            && TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) is GraphQLType { IsCompositeType: false })
        {
            Context.Report(
                $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{AstPrinter.Print(fragment.TypeCondition)}\".",
                fragment.TypeCondition);
        }

        return true;
    }
}
