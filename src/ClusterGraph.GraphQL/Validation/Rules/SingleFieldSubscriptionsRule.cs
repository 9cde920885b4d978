using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Single root field (https://spec.graphql.org/October2021/#sec-Single-root-field):
/// "For each subscription operation definition subscription in the document: Let subscriptionType be the
/// root Subscription type in schema. Let selectionSet be the top level selection set on subscription. Let
/// variableValues be the empty set. Let groupedFieldSet be the result of CollectFields(subscriptionType,
/// selectionSet, variableValues). groupedFieldSet must have exactly one entry, which must not be an
/// introspection field."
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return true;
        }

        string? operationName = operation.Name?.Value;
        List<(string Name, List<FieldNode> Nodes)> fields = CollectFields(subscriptionType, operation.SelectionSet);
        if (fields.Count > 1)
        {
            var extra = new List<SyntaxNode>();
            for (int i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields[i].Nodes);
            }

            Context.Report(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach ((_, List<FieldNode> nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.Report(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    nodes);
            }
        }

        return true;
    }

    /// <summary>CollectFields with no variables, in document order (an explicit stack instead of recursion).</summary>
    private List<(string Name, List<FieldNode> Nodes)> CollectFields(ObjectType type, SelectionSetNode selectionSet)
    {
        var fields = new List<(string Name, List<FieldNode> Nodes)>();
        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(IReadOnlyList<SelectionNode> Selections, int Next)>();
        stack.Push((selectionSet.Selections, 0));
        while (stack.TryPop(out var frame))
        {
            if (frame.Next >= frame.Selections.Count)
            {
                continue;
            }

            SelectionNode selection = frame.Selections[frame.Next];
            stack.Push((frame.Selections, frame.Next + 1));
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    string name = field.Alias?.Value ?? field.Name.Value;
                    if (!indexByName.TryGetValue(name, out int index))
                    {
                        index = fields.Count;
                        indexByName[name] = index;
                        fields.Add((name, []));
                    }

                    fields[index].Nodes.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (ConditionMatches(inline.TypeCondition, type))
                    {
                        stack.Push((inline.SelectionSet.Selections, 0));
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && Context.GetFragment(spread.Name.Value) is { } fragment
                        && ConditionMatches(fragment.TypeCondition, type))
                    {
                        stack.Push((fragment.SelectionSet.Selections, 0));
                    }

                    break;
            }
        }

        return fields;
    }

    private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        GraphQLType? conditional = TypeFromAst.Resolve(Context.Schema, condition);
        if (ReferenceEquals(conditional, type))
        {
            return true;
        }

        return conditional is NamedType { IsAbstractType: true } abstractType && Context.Schema.IsSubType(abstractType, type);
    }

    /// <summary>@skip(if: true) excludes, @include(if: false) excludes; with no variables only literals decide.</summary>
    private static bool ShouldInclude(SelectionNode selection)
    {
        foreach (DirectiveNode directive in selection.Directives)
        {
            if (directive.Name.Value == "skip")
            {
                if (IfArgument(directive) is true)
                {
                    return false;
                }

                break;
            }
        }

        foreach (DirectiveNode directive in selection.Directives)
        {
            if (directive.Name.Value == "include")
            {
                return IfArgument(directive) is not false;
            }
        }

        return true;
    }

    private static bool? IfArgument(DirectiveNode directive)
    {
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value is BooleanValueNode literal ? literal.Value : null;
            }
        }

        return null;
    }
}
