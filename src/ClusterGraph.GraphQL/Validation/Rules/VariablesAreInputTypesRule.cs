using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types (https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types):
/// "For each operation in a document: For each variable on each operation: Let variableType be the type
/// of variable. IsInputType(variableType) must be true."
/// </summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.VariableDefinition);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        var definition = (VariableDefinitionNode)node;
        if (TypeFromAst.Resolve(Context.Schema, definition.Type) is { IsInputType: false })
        {
            Context.Report(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{AstPrinter.Print(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }
}
