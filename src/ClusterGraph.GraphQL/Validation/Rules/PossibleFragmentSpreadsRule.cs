using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread is possible (https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible):
/// "For each spread (named or inline) defined in the document: Let fragment be the target of spread. Let
/// fragmentType be the type condition of fragment. Let parentType be the type of the selection set
/// containing spread. Let applicableTypes be the intersection of GetPossibleTypes(fragmentType) and
/// GetPossibleTypes(parentType). applicableTypes must not be empty."
/// </summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        NamedType? parentType = Context.ParentType;
        if (node is InlineFragmentNode)
        {
            if (Context.Type is NamedType { IsCompositeType: true } fragmentType
                && parentType is { IsCompositeType: true }
                && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
            {
                Context.Report(
                    $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                    node);
            }

            return true;
        }

        string name = ((FragmentSpreadNode)node).Name.Value;
        if (Context.GetFragment(name) is { } fragment
            && TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition) is NamedType { IsCompositeType: true } type
            && parentType is not null
            && !TypeComparators.DoTypesOverlap(Context.Schema, type, parentType))
        {
            Context.Report(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{type.Name}\".",
                node);
        }

        return true;
    }
}
