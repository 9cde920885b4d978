using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined):
/// "For each operation in a document: For each variableUsage in scope, variable must be in operation's
/// variable list. Let fragments be every fragment referenced by that operation transitively. For each
/// fragment in fragments: For each variableUsage in scope of fragment, variable must be in operation's
/// variable list."
/// </summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition);
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override KindSet LeaveKinds => s_leave;

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition)
        {
            _defined.Add(definition.Variable.Name.Value);
        }
        else
        {
            _defined.Clear();
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        foreach (VariableUsage usage in Context.GetRecursiveVariableUsages(operation))
        {
            string name = usage.Node.Name.Value;
            if (!_defined.Contains(name))
            {
                Context.Report(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
