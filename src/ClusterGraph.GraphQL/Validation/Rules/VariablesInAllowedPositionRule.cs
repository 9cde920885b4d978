using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed (https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed):
/// "For each operation in document: Let variableUsages be all usages transitively included in the
/// operation. For each variableUsage in variableUsages: Let variableName be the name of variableUsage.
/// Let variableDefinition be the VariableDefinition named variableName defined within operation.
/// IsVariableUsageAllowed(variableDefinition, variableUsage) must be true." Plus graphql-js's check that
/// a variable for a <c>@oneOf</c> input object field is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition);
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.OperationDefinition);
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override KindSet LeaveKinds => s_leave;

    public override bool Enter(SyntaxNode node)
    {
        if (node is VariableDefinitionNode definition)
        {
            _definitions[definition.Variable.Name.Value] = definition;
        }
        else
        {
            _definitions.Clear();
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        foreach (VariableUsage usage in Context.GetRecursiveVariableUsages((OperationDefinitionNode)node))
        {
            string name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out VariableDefinitionNode? definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            GraphQLType? variableType = TypeFromAst.Resolve(Context.Schema, definition.Type);
            if (variableType is not null && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
            {
                Context.Report(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                // graphql-js prints an unknown variable type as "undefined".
                string typeText = variableType?.ToString() ?? "undefined";
                Context.Report(
                    $"Variable \"${name}\" is of type \"{typeText}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            bool hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(Context.Schema, variableType, locationType);
    }
}
