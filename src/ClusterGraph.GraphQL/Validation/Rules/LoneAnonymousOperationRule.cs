using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation (https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation):
/// "Let operations be all operation definitions in the document. Let anonymous be all anonymous operation
/// definitions in the document. If operations is a set of more than 1: anonymous must be empty."
/// </summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Document, SyntaxKind.OperationDefinition);
    private int _operationCount;

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is DocumentNode document)
        {
            _operationCount = 0;
            foreach (DefinitionNode definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }
        }
        else if (node is OperationDefinitionNode { Name: null } && _operationCount > 1)
        {
            Context.Report("This anonymous operation must be the only defined operation.", node);
        }

        return true;
    }
}
