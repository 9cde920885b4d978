using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Root Operation Types (https://spec.graphql.org/October2021/#sec-Root-Operation-Types): "The query,
/// mutation, and subscription root types must all be different types" and each is given once
/// (graphql-js's UniqueOperationTypesRule, an SDL rule): across the schema definition and its extensions
/// an operation may name its root type only once.
/// </summary>
public sealed class UniqueOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension);
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = node is SchemaDefinitionNode definition
            ? definition.OperationTypes
            : ((SchemaExtensionNode)node).OperationTypes;
        foreach (OperationTypeDefinitionNode operationType in operationTypes)
        {
            if (_defined.TryGetValue(operationType.Operation, out OperationTypeDefinitionNode? first))
            {
                string operation = operationType.Operation.ToString().ToLowerInvariant();
                Context.Report($"There can be only one {operation} type in schema.", first, operationType);
            }
            else
            {
                _defined[operationType.Operation] = operationType;
            }
        }

        return false;
    }
}
