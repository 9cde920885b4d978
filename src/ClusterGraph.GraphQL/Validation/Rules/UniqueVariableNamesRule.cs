using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness (https://spec.graphql.org/October2021/#sec-Variable-Uniqueness):
/// "For every operation in the document: For every variable defined on operation: Let variableName be the
/// name of variable. Let variables be the set of all variables named variableName on operation. variables
/// must be a set of one."
/// </summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.VariableDefinitions.Count < 2)
        {
            return true;
        }

        foreach ((string name, List<SyntaxNode> names) in GroupByName(operation.VariableDefinitions))
        {
            if (names.Count > 1)
            {
                Context.Report($"There can be only one variable named \"${name}\".", names);
            }
        }

        return true;
    }

    private static List<(string Name, List<SyntaxNode> Nodes)> GroupByName(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        var groups = new List<(string Name, List<SyntaxNode> Nodes)>();
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in definitions)
        {
            NameNode name = definition.Variable.Name;
            if (!indexByName.TryGetValue(name.Value, out int index))
            {
                index = groups.Count;
                indexByName[name.Value] = index;
                groups.Add((name.Value, []));
            }

            groups[index].Nodes.Add(name);
        }

        return groups;
    }
}
