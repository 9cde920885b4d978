using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections (https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections):
/// "For each selection in the document: Let selectionType be the result type of selection. If
/// selectionType is a scalar or enum: The subselection set of that selection must be empty. If
/// selectionType is an interface, union, or object: The subselection set of that selection must NOT be empty."
/// </summary>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Field);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (Context.Type is not { } type)
        {
            return true;
        }

        var field = (FieldNode)node;
        string fieldName = field.Name.Value;
        if (type.GetNamedType().IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Context.Report($"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.Report($"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.Report($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
