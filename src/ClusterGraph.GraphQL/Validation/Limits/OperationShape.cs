using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// What the limit rules measure of one operation, fragments followed: field depth (introspection excluded),
/// the deepest <c>ofType</c> nesting under introspection, aliases, directives, and where each first passed
/// its limit. Computed once per operation with an explicit stack; a fragment already on the current path
/// is not entered again (cycles are the spec rules' business) and the spreads followed are counted against
/// <see cref="ValidationOptions.MaxFragmentVisits"/>.
/// </summary>
internal sealed class OperationShape
{
    public int Depth { get; private set; }

    public FieldNode? FirstTooDeep { get; private set; }

    public int OfTypeDepth { get; private set; }

    public FieldNode? FirstOfTypeTooDeep { get; private set; }

    public int Aliases { get; private set; }

    public NameNode? FirstAliasOverLimit { get; private set; }

    public int Directives { get; private set; }

    public DirectiveNode? FirstDirectiveOverLimit { get; private set; }

    public int FragmentVisits { get; private set; }

    public FragmentSpreadNode? FirstSpreadOverBudget { get; private set; }

    public static OperationShape Measure(ValidationContext context, OperationDefinitionNode operation)
    {
        var shape = new OperationShape();
        shape.Walk(context, operation);
        return shape;
    }

    private void Walk(ValidationContext context, OperationDefinitionNode operation)
    {
        ValidationOptions options = context.Options;
        CountDirectives(operation.Directives, options);
        foreach (VariableDefinitionNode variable in operation.VariableDefinitions)
        {
            CountDirectives(variable.Directives, options);
        }

        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<Item>();
        PushSelections(stack, operation.SelectionSet, 0, 0, false);
        while (stack.TryPop(out Item item))
        {
            if (item.Node is null)
            {
                onPath.Remove(item.ExitFragment!);
                continue;
            }

            CountDirectives(item.Node.Directives, options);
            switch (item.Node)
            {
                case FieldNode field:
                    VisitField(stack, field, item, options);
                    break;
                case InlineFragmentNode inline:
                    PushSelections(stack, inline.SelectionSet, item.Depth, item.OfTypeDepth, item.InIntrospection);
                    break;
                case FragmentSpreadNode spread:
                    string name = spread.Name.Value;
                    if (onPath.Contains(name) || context.GetFragment(name) is not { } fragment)
                    {
                        break;
                    }

                    if (options.MaxFragmentVisits > 0 && ++FragmentVisits > options.MaxFragmentVisits)
                    {
                        FirstSpreadOverBudget = spread;
                        return;
                    }

                    onPath.Add(name);
                    stack.Push(new Item(null, 0, 0, false, name));
                    CountDirectives(fragment.Directives, options);
                    PushSelections(stack, fragment.SelectionSet, item.Depth, item.OfTypeDepth, item.InIntrospection);
                    break;
            }
        }
    }

    private void VisitField(Stack<Item> stack, FieldNode field, Item item, ValidationOptions options)
    {
        if (field.Alias is { } alias && ++Aliases > options.MaxAliases && options.MaxAliases > 0)
        {
            FirstAliasOverLimit ??= alias;
        }

        int depth = item.Depth;
        int ofTypeDepth = item.OfTypeDepth;
        bool inIntrospection = item.InIntrospection || field.Name.Value is "__schema" or "__type";
        if (!inIntrospection)
        {
            depth++;
            if (depth > Depth)
            {
                Depth = depth;
            }

            if (options.MaxDepth > 0 && depth > options.MaxDepth)
            {
                FirstTooDeep ??= field;
            }
        }
        else if (field.Name.Value == "ofType")
        {
            ofTypeDepth++;
            if (ofTypeDepth > OfTypeDepth)
            {
                OfTypeDepth = ofTypeDepth;
            }

            if (options.MaxIntrospectionOfTypeDepth > 0 && ofTypeDepth > options.MaxIntrospectionOfTypeDepth)
            {
                FirstOfTypeTooDeep ??= field;
            }
        }

        if (field.SelectionSet is { } selectionSet)
        {
            PushSelections(stack, selectionSet, depth, ofTypeDepth, inIntrospection);
        }
    }

    private void CountDirectives(IReadOnlyList<DirectiveNode> directives, ValidationOptions options)
    {
        foreach (DirectiveNode directive in directives)
        {
            if (++Directives > options.MaxDirectives && options.MaxDirectives > 0)
            {
                FirstDirectiveOverLimit ??= directive;
            }
        }
    }

    private static void PushSelections(Stack<Item> stack, SelectionSetNode selectionSet, int depth, int ofTypeDepth, bool inIntrospection)
    {
        for (int i = selectionSet.Selections.Count - 1; i >= 0; i--)
        {
            stack.Push(new Item(selectionSet.Selections[i], depth, ofTypeDepth, inIntrospection, null));
        }
    }

    /// <summary>A selection to visit, or (with a null node) the end of a fragment on the current path.</summary>
    private readonly record struct Item(SelectionNode? Node, int Depth, int OfTypeDepth, bool InIntrospection, string? ExitFragment);
}
