using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// graphql-js 16.11.0's field-merge algorithm (same comparisons, same memoization of fragment pairs, so the
/// same conflicts in the same order), made safe for hostile documents: fields that are identical by
/// content are compared once per group instead of pairwise (graphql-js CVE-2023-26144 was this quadratic
/// blow-up), every comparison counts against <see cref="ValidationOptions.MaxOverlapComparisons"/>, and the
/// descent through fragments and subfields has a depth guard.
/// </summary>
internal sealed partial class FieldConflictFinder
{
    private const int MaxRecursion = 1_000;

    private readonly ValidationContext _context;
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FieldsAndFragments, Dictionary<string, bool>> _comparedFieldsAndFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly long _maxComparisons;
    private readonly long _maxIterations;
    private long _comparisons;
    private long _iterations;
    private int _recursion;

    public FieldConflictFinder(ValidationContext context)
    {
        _context = context;
        _maxComparisons = context.Options.MaxOverlapComparisons > 0 ? context.Options.MaxOverlapComparisons : long.MaxValue;
        _maxIterations = _maxComparisons == long.MaxValue ? long.MaxValue : _maxComparisons * 64;
    }

    /// <summary>True once the comparison budget or the depth guard stopped the search.</summary>
    public bool LimitExceeded { get; private set; }

    private bool ShouldStop => LimitExceeded || _context.IsAborted;

    /// <summary>Every conflict within one selection set (fields against fields, fields against fragments, fragments against fragments).</summary>
    public void FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet, ConflictSink sink)
    {
        FieldsAndFragments fieldMap = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(sink, fieldMap);
        List<string> fragmentNames = fieldMap.FragmentNames;
        for (int i = 0; i < fragmentNames.Count && !ShouldStop; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(sink, false, fieldMap, fragmentNames[i]);
            for (int j = i + 1; j < fragmentNames.Count && !ShouldStop; j++)
            {
                CollectConflictsBetweenFragments(sink, false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(ConflictSink sink, bool mutuallyExclusive, FieldsAndFragments fieldMap, string fragmentName)
    {
        // Nothing conflicts with no fields, through any chain of fragments; and the memo entries skipped
        // here would only serve this same empty map. (A spread-only selection set would otherwise walk
        // every fragment reachable from it.)
        if (fieldMap.ResponseNames.Count == 0)
        {
            return;
        }

        if (!_comparedFieldsAndFragments.TryGetValue(fieldMap, out Dictionary<string, bool>? compared))
        {
            compared = new Dictionary<string, bool>(StringComparer.Ordinal);
            _comparedFieldsAndFragments[fieldMap] = compared;
        }

        if (compared.TryGetValue(fragmentName, out bool stored) && (mutuallyExclusive || !stored))
        {
            return;
        }

        compared[fragmentName] = mutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        FieldsAndFragments fieldMap2 = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2) || !Descend())
        {
            return;
        }

        CollectConflictsBetween(sink, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (string referenced in fieldMap2.FragmentNames)
        {
            if (ShouldStop)
            {
                break;
            }

            CollectConflictsBetweenFieldsAndFragment(sink, mutuallyExclusive, fieldMap, referenced);
        }

        _recursion--;
    }

    private void CollectConflictsBetweenFragments(ConflictSink sink, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2)
        {
            return;
        }

        (string, string) key = string.CompareOrdinal(fragmentName1, fragmentName2) < 0 ? (fragmentName1, fragmentName2) : (fragmentName2, fragmentName1);
        if (_comparedFragmentPairs.TryGetValue(key, out bool stored) && (mutuallyExclusive || !stored))
        {
            return;
        }

        _comparedFragmentPairs[key] = mutuallyExclusive;
        if (_context.GetFragment(fragmentName1) is not { } fragment1 || _context.GetFragment(fragmentName2) is not { } fragment2 || !Descend())
        {
            return;
        }

        FieldsAndFragments fieldMap1 = GetReferencedFieldsAndFragmentNames(fragment1);
        FieldsAndFragments fieldMap2 = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(sink, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (string referenced2 in fieldMap2.FragmentNames)
        {
            if (ShouldStop)
            {
                break;
            }

            CollectConflictsBetweenFragments(sink, mutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (string referenced1 in fieldMap1.FragmentNames)
        {
            if (ShouldStop)
            {
                break;
            }

            CollectConflictsBetweenFragments(sink, mutuallyExclusive, referenced1, fragmentName2);
        }

        _recursion--;
    }

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var sink = new ConflictSink(null);
        FieldsAndFragments fieldMap1 = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        FieldsAndFragments fieldMap2 = GetFieldsAndFragmentNames(parentType2, selectionSet2);
        CollectConflictsBetween(sink, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (string fragmentName2 in fieldMap2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(sink, mutuallyExclusive, fieldMap1, fragmentName2);
        }

        foreach (string fragmentName1 in fieldMap1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(sink, mutuallyExclusive, fieldMap2, fragmentName1);
        }

        foreach (string fragmentName1 in fieldMap1.FragmentNames)
        {
            foreach (string fragmentName2 in fieldMap2.FragmentNames)
            {
                if (ShouldStop)
                {
                    return sink.Collected;
                }

                CollectConflictsBetweenFragments(sink, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return sink.Collected;
    }

    /// <summary>Two fields of one response name: a conflict, or null when they can be merged.</summary>
    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        if (++_comparisons > _maxComparisons)
        {
            LimitExceeded = true;
            return null;
        }

        FieldNode node1 = field1.Node;
        FieldNode node2 = field2.Node;
        bool mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Simple(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!SameArguments(node1, node2))
            {
                return Simple(responseName, "they have differing arguments", node1, node2);
            }
        }

        GraphQLType? type1 = field1.Definition?.Type;
        GraphQLType? type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Simple(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null || !Descend())
        {
            return null;
        }

        List<FieldConflict> conflicts = FindConflictsBetweenSubSelectionSets(
            mutuallyExclusive, type1?.GetNamedType(), node1.SelectionSet, type2?.GetNamedType(), node2.SelectionSet);
        _recursion--;
        if (conflicts.Count == 0)
        {
            return null;
        }

        var reasons = new List<(string, ConflictReason)>(conflicts.Count);
        var fields1 = new List<FieldNode> { node1 };
        var fields2 = new List<FieldNode> { node2 };
        foreach (FieldConflict conflict in conflicts)
        {
            reasons.Add((conflict.ResponseName, conflict.Reason));
            fields1.AddRange(conflict.Fields1);
            fields2.AddRange(conflict.Fields2);
        }

        return new FieldConflict(responseName, ConflictReason.OfSubfields(reasons), fields1, fields2);
    }

    private static FieldConflict Simple(string responseName, string reason, FieldNode node1, FieldNode node2) =>
        new(responseName, ConflictReason.Of(reason), [node1], [node2]);

    /// <summary>Enters one more level of fragments or subfields; false (and the search stopped) past the guard.</summary>
    private bool Descend()
    {
        if (++_recursion > MaxRecursion || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _recursion--;
            LimitExceeded = true;
            return false;
        }

        return true;
    }

    private static bool SameArguments(FieldNode node1, FieldNode node2)
    {
        IReadOnlyList<ArgumentNode> arguments1 = node1.Arguments;
        IReadOnlyList<ArgumentNode> arguments2 = node2.Arguments;
        if (arguments1.Count == 0)
        {
            return arguments2.Count == 0;
        }

        if (arguments2.Count != arguments1.Count)
        {
            return false;
        }

        // The last argument of a repeated name wins, as in a JavaScript Map built from the list.
        var values2 = new Dictionary<string, ValueNode>(arguments2.Count, StringComparer.Ordinal);
        foreach (ArgumentNode argument in arguments2)
        {
            values2[argument.Name.Value] = argument.Value;
        }

        foreach (ArgumentNode argument in arguments1)
        {
            if (!values2.TryGetValue(argument.Name.Value, out ValueNode? value2) || CanonicalText.Of(argument.Value) != CanonicalText.Of(value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether no value could be of both types at once (list vs non-list, nullability, different leaf types).</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (type1.IsLeafType || type2.IsLeafType)
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out FieldsAndFragments? cached))
        {
            return cached;
        }

        var result = new FieldsAndFragments();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, result, seenFragments, 0);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        _cache.TryGetValue(fragment.SelectionSet, out FieldsAndFragments? cached)
            ? cached
            : GetFieldsAndFragmentNames(TypeFromAst.Resolve(_context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments result, HashSet<string> seenFragments, int depth)
    {
        if (depth > MaxRecursion)
        {
            LimitExceeded = true;
            return;
        }

        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    FieldDefinition? definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    result.AddField(field.Alias?.Value ?? field.Name.Value, new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    result.AddFragment(spread.Name.Value, seenFragments);
                    break;
                case InlineFragmentNode inline:
                    NamedType? inlineType = inline.TypeCondition is null
                        ? parentType
                        : TypeFromAst.Resolve(_context.Schema, inline.TypeCondition) as NamedType;
                    Collect(inlineType, inline.SelectionSet, result, seenFragments, depth + 1);
                    break;
            }
        }
    }
}
