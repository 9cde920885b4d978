using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation;

public sealed partial class ValidationContext
{
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The fragment spreads under a selection set, not through fragments: the spreads of each set first,
    /// then the nested sets last-first (graphql-js's order, which decides the order of some errors).
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out List<FragmentSpreadNode>? found))
        {
            return found;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out SelectionSetNode? set))
        {
            foreach (SelectionNode selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        setsToVisit.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, each once, in graphql-js's discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_referencedFragments.TryGetValue(operation, out List<FragmentDefinitionNode>? found))
        {
            return found;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var nodesToVisit = new Stack<SelectionSetNode>();
        nodesToVisit.Push(operation.SelectionSet);
        while (nodesToVisit.TryPop(out SelectionSetNode? node))
        {
            foreach (FragmentSpreadNode spread in GetFragmentSpreads(node))
            {
                string name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    nodesToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly in an operation or fragment (not through spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_variableUsages.TryGetValue(definition, out List<VariableUsage>? found))
        {
            return found;
        }

        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        var walker = new DocumentWalker(this, typeInfo, [new VariableUsageCollector(this, typeInfo, usages)], ancestors: null);
        walker.Walk(definition);
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>The variables an operation uses, directly and through every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out List<VariableUsage>? found))
        {
            return found;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (FragmentDefinitionNode fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Collects variable uses outside variable definitions, with the type information at each.</summary>
    private sealed class VariableUsageCollector(ValidationContext context, TypeInfo typeInfo, List<VariableUsage> usages)
        : ValidationRule(context)
    {
        private static readonly KindSet s_kinds = KindSet.Of(SyntaxKind.VariableDefinition, SyntaxKind.Variable);

        public override KindSet EnterKinds => s_kinds;

        public override bool Enter(SyntaxNode node)
        {
            if (node is VariableNode variable)
            {
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
                return true;
            }

            return false;
        }
    }
}
