using System.Globalization;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Limits;

/// <summary>
/// Static cost of an operation with the semantics of the GraphQL cost directives (IBM's "GraphQL Cost
/// Directives" draft, as graphql-armor and Apollo read them):
/// <list type="bullet">
/// <item>a field costs its <c>@cost(weight:)</c>, else its return type's <c>@cost</c>, else 1 for an
/// object, interface or union and 0 for a scalar or enum; arguments given that carry <c>@cost</c> add theirs;</item>
/// <item>a list field costs its size times (its weight plus its selection): the size is the value of the first
/// <c>@listSize(slicingArguments:)</c> argument given (a literal, or the variable's default), else that
/// argument's schema default, else <c>assumedSize</c>, else <see cref="ValidationOptions.DefaultListSize"/>;</item>
/// <item>with <c>@listSize(sizedFields:)</c> the size applies to those subfields (Relay <c>edges</c>,
/// <c>nodes</c>) instead; a field returning a <c>…Connection</c> type with <c>first</c>/<c>last</c> and no
/// <c>@listSize</c> is read as <c>@listSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"])</c>;</item>
/// <item><c>__schema</c> and <c>__type</c> cost 1 whatever they select (introspection is bounded by the
/// schema and capped by the depth rules);</item>
/// <item>every inline fragment and fragment is counted (an upper bound for abstract types); a fragment's
/// cost is computed once.</item>
/// </list>
/// </summary>
public sealed class CostAnalyzer
{
    private const int MaxNesting = 1_000;
    private static readonly string[] s_connectionSlicing = ["first", "last"];
    private static readonly string[] s_connectionSized = ["edges", "nodes"];

    private readonly Schema _schema;
    private readonly DocumentNode _document;
    private readonly ValidationOptions _options;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _fragmentCosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);
    private OperationDefinitionNode? _operation;
    private int _nesting;

    private CostAnalyzer(Schema schema, DocumentNode document, ValidationOptions options)
    {
        _schema = schema;
        _document = document;
        _options = options;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    /// <summary>The cost of each operation of a (valid) document, in document order.</summary>
    public static IReadOnlyList<OperationCost> Compute(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var analyzer = new CostAnalyzer(schema, document, options ?? ValidationOptions.Default);
        var costs = new List<OperationCost>();
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                costs.Add(new OperationCost(operation.Name?.Value, analyzer.CostOf(operation)));
            }
        }

        return costs;
    }

    /// <summary>The cost of one operation of the document.</summary>
    public static double Compute(Schema schema, DocumentNode document, OperationDefinitionNode operation, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        return new CostAnalyzer(schema, document, options ?? ValidationOptions.Default).CostOf(operation);
    }

    private double CostOf(OperationDefinitionNode operation)
    {
        _operation = operation;
        _fragmentCosts.Clear();
        return SelectionSetCost(_schema.GetRootType(operation.Operation), operation.SelectionSet, null, 1);
    }

    /// <summary>The cost of a selection set; fields named in <paramref name="sizedFields"/> are multiplied by <paramref name="size"/>.</summary>
    private double SelectionSetCost(NamedType? parentType, SelectionSetNode selectionSet, string[]? sizedFields, double size)
    {
        if (++_nesting > MaxNesting || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _nesting--;
            return double.PositiveInfinity;
        }

        double total = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    bool sized = sizedFields is not null && Array.IndexOf(sizedFields, field.Name.Value) >= 0;
                    total += FieldCost(parentType, field, sized ? size : null);
                    break;
                case InlineFragmentNode inline:
                    NamedType? inlineType = inline.TypeCondition is null ? parentType : _schema.GetType(inline.TypeCondition.Name.Value);
                    total += SelectionSetCost(inlineType, inline.SelectionSet, sizedFields, size);
                    break;
                case FragmentSpreadNode spread:
                    total += sizedFields is null ? FragmentCost(spread.Name.Value) : FragmentCostSized(spread.Name.Value, sizedFields, size);
                    break;
            }
        }

        _nesting--;
        return total;
    }

    private double FragmentCost(string name)
    {
        if (_fragmentCosts.TryGetValue(name, out double known))
        {
            return known;
        }

        double cost = FragmentCostSized(name, null, 1);
        _fragmentCosts[name] = cost;
        return cost;
    }

    private double FragmentCostSized(string name, string[]? sizedFields, double size)
    {
        if (!_fragments.TryGetValue(name, out FragmentDefinitionNode? fragment) || !_onPath.Add(name))
        {
            return 0;
        }

        double cost = SelectionSetCost(_schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, sizedFields, size);
        _onPath.Remove(name);
        return cost;
    }

    /// <summary>
    /// A leaf costs its weight; a list costs size × (weight + selection); another composite costs weight +
    /// selection, where its sized fields (if any) take the size. <paramref name="inheritedSize"/> is the size a
    /// parent's <c>sizedFields</c> hands down.
    /// </summary>
    private double FieldCost(NamedType? parentType, FieldNode field, double? inheritedSize)
    {
        FieldDefinition? definition = parentType is null ? null : TypeInfo.FieldDefFor(_schema, parentType, field.Name.Value);
        if (definition is null)
        {
            return 0;
        }

        if (definition.Name is "__schema" or "__type")
        {
            // Introspection answers from the schema, bounded by its size; its nesting has its own caps.
            return 1;
        }

        NamedType returnType = definition.Type.GetNamedType();
        double weight = WeightOf(definition.AstNode?.Directives)
            ?? WeightOf(returnType.AstNode?.Directives)
            ?? (returnType.IsCompositeType ? 1 : 0);
        foreach (ArgumentNode argument in field.Arguments)
        {
            weight += WeightOf(definition.GetArgument(argument.Name.Value)?.AstNode?.Directives) ?? 0;
        }

        if (field.SelectionSet is null)
        {
            return weight;
        }

        (string[]? slicing, string[]? sized, double? assumed) = ListSizeOf(definition, returnType);
        double size = inheritedSize ?? SizeOf(field, definition, slicing, assumed);
        bool isList = IsList(definition.Type);
        if (sized is not null && !isList)
        {
            return weight + SelectionSetCost(returnType, field.SelectionSet, sized, size);
        }

        double children = SelectionSetCost(returnType, field.SelectionSet, null, 1);
        return isList ? size * (weight + children) : weight + children;
    }

    private (string[]? Slicing, string[]? Sized, double? Assumed) ListSizeOf(FieldDefinition definition, NamedType returnType)
    {
        if (FindDirective(definition.AstNode?.Directives, "listSize") is { } listSize)
        {
            return (StringList(listSize, "slicingArguments"), StringList(listSize, "sizedFields"), NumberArgument(listSize, "assumedSize"));
        }

        bool isConnection = returnType.Name.EndsWith("Connection", StringComparison.Ordinal)
            && (definition.GetArgument("first") is not null || definition.GetArgument("last") is not null);
        return isConnection ? (s_connectionSlicing, s_connectionSized, null) : (null, null, null);
    }

    private double SizeOf(FieldNode field, FieldDefinition definition, string[]? slicing, double? assumed)
    {
        if (slicing is not null)
        {
            foreach (string name in slicing)
            {
                if (field.Arguments.FirstOrDefault(a => a.Name.Value == name) is { } argument && NumberOf(argument.Value) is { } given)
                {
                    return given;
                }
            }

            foreach (string name in slicing)
            {
                if (definition.GetArgument(name)?.AstNode?.DefaultValue is { } fallback && NumberOf(fallback) is { } declared)
                {
                    return declared;
                }
            }
        }

        return assumed ?? _options.DefaultListSize;
    }

    /// <summary>A literal number, or a variable's default in the operation.</summary>
    private double? NumberOf(ValueNode value)
    {
        if (value is VariableNode variable)
        {
            VariableDefinitionNode? definition = _operation?.VariableDefinitions.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value);
            return definition?.DefaultValue is { } fallback and not VariableNode ? NumberOf(fallback) : null;
        }

        return value is IntValueNode or FloatValueNode or StringValueNode
            && double.TryParse(AstPrinter.Print(value).Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            && double.IsFinite(number)
                ? Math.Max(0, number)
                : null;
    }

    private double? WeightOf(IReadOnlyList<DirectiveNode>? directives) =>
        FindDirective(directives, "cost") is { } cost ? NumberArgument(cost, "weight") : null;

    private double? NumberArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name) is { } argument ? NumberOf(argument.Value) : null;

    private static string[]? StringList(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value switch
        {
            ListValueNode list => [.. list.Values.OfType<StringValueNode>().Select(s => s.Value)],
            StringValueNode single => [single.Value],
            _ => null,
        };

    private static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode>? directives, string name) =>
        directives?.FirstOrDefault(d => d.Name.Value == name);

    private static bool IsList(GraphQLType type) => type.NullableType is ListType;
}
