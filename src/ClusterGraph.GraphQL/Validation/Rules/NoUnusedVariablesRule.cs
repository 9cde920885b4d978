using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used (https://spec.graphql.org/October2021/#sec-All-Variables-Used):
/// "For every operation in the document: Let variables be the variables defined by that operation. Each
/// variable in variables must be used at least once in either the operation scope itself or any fragment
/// transitively referenced by that operation."
/// </summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition);
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);
    private readonly List<VariableDefinitionNode> _definitions = [];

    public override KindSet EnterKinds => s_enter;

    public override KindSet LeaveKinds => s_leave;

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition)
        {
            _definitions.Add(definition);
        }
        else
        {
            _definitions.Clear();
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (_definitions.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (VariableUsage usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (VariableDefinitionNode definition in _definitions)
        {
            string name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Context.Report(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
