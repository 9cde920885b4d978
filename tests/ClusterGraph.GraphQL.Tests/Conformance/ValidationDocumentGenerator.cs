using System.Text;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Seeded random executable documents for one schema: a valid document is built from the schema (fields
/// with their required arguments, values of the expected types, variables declared where used, fragments
/// and inline fragments on fitting types), and at each choice point a mutation may be taken instead with
/// the document's mutation rate (0 for about a quarter of the documents): unknown or misplaced fields,
/// missing or unknown or repeated arguments, wrong literals, null in non-null places, undefined, unused and
/// mistyped variables, conflicting aliases, fragments on the wrong type, unknown, unused or cyclic fragments,
/// unknown, misplaced or repeated directives, extra operations.
/// </summary>
internal sealed partial class ValidationDocumentGenerator(Schema schema, string schemaKey, int seed)
{
    private const int MaxDepth = 4;
    private static readonly string[] s_aliases = ["a", "b", "x", "id", "name"];
    private static readonly double[] s_rates = [0, 0.03, 0.08, 0.2];

    private readonly Random _random = new(seed);
    private readonly List<(string Name, string TypeCondition, ComplexOrUnion Type)> _pendingFragments = [];
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly List<NamedType> _compositeTypes = [.. schema.Types.Where(t => t.IsCompositeType && !t.Name.StartsWith("__", StringComparison.Ordinal))];
    private readonly List<NamedType> _otherTypes = [.. schema.Types.Where(t => !t.IsCompositeType)];
    private double _rate;
    private int _fragmentCount;

    public List<ValidationCase> Generate(int count)
    {
        var cases = new List<ValidationCase>(count);
        for (int i = 0; i < count; i++)
        {
            cases.Add(new ValidationCase($"generated #{i}", schemaKey, Document()));
        }

        return cases;
    }

    private bool Mutate() => _random.NextDouble() < _rate;

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Document()
    {
        _rate = Pick(s_rates);
        _pendingFragments.Clear();
        _fragmentCount = 0;
        var builder = new StringBuilder();
        int operations = Chance(0.8) ? 1 : _random.Next(2, 4);
        for (int i = 0; i < operations; i++)
        {
            builder.Append(Operation(i, operations)).Append('\n');
        }

        // Fragment bodies may spread further fragments; the count cap keeps this finite.
        for (int i = 0; i < _pendingFragments.Count; i++)
        {
            (string name, string condition, ComplexOrUnion type) = _pendingFragments[i];
            if (Mutate())
            {
                continue;
            }

            _variables.Clear();
            string body = SelectionSet(type, 1, inFragment: true);
            builder.Append("fragment ").Append(name).Append(" on ").Append(condition).Append(Directives("FRAGMENT_DEFINITION")).Append(' ').Append(body).Append('\n');
        }

        if (Mutate() && _compositeTypes.Count > 0)
        {
            ComplexOrUnion type = new(Pick(_compositeTypes));
            builder.Append("fragment Unused").Append(_random.Next(3)).Append(" on ").Append(type.Type.Name).Append(' ')
                .Append(SelectionSet(type, 2, inFragment: true)).Append('\n');
        }

        return builder.ToString();
    }

    private string Operation(int index, int count)
    {
        _variables.Clear();
        (string keyword, ObjectType? root) = _random.Next(10) switch
        {
            < 7 => ("query", schema.QueryType),
            < 9 when schema.MutationType is not null => ("mutation", schema.MutationType),
            _ when schema.SubscriptionType is not null => ("subscription", schema.SubscriptionType),
            _ => ("query", schema.QueryType),
        };
        root ??= schema.QueryType!;
        bool anonymous = count == 1 ? Chance(0.5) : Mutate();
        string name = anonymous ? string.Empty : " Op" + (Mutate() ? 0 : index);
        string selections = SelectionSet(new ComplexOrUnion(root), 1, inFragment: false, subscriptionRoot: keyword == "subscription");
        var head = new StringBuilder(keyword == "query" && anonymous && _variables.Count == 0 && Chance(0.5) ? string.Empty : keyword + name);
        if (_variables.Count > 0 || Mutate())
        {
            var definitions = _variables.Select(v => $"${v.Key}: {v.Value}{(Chance(0.1) ? " = " + DefaultFor(v.Value) : string.Empty)}").ToList();
            if (Mutate())
            {
                definitions.Add($"$unused{_random.Next(2)}: {(Mutate() ? "Nope" : "Int")}");
            }

            if (definitions.Count > 0)
            {
                head.Append('(').Append(string.Join(Chance(0.5) ? ", " : "\n  ", definitions)).Append(')');
            }
        }

        head.Append(Directives(keyword.ToUpperInvariant()));
        return head.Length == 0 ? selections : head + " " + selections;
    }

    private string DefaultFor(string type) => type.TrimEnd('!') switch
    {
        "Int" => "3",
        "Float" => "2.5",
        "String" or "ID" => "\"d\"",
        "Boolean" => "false",
        _ => Mutate() ? "1" : "null",
    };

    private string SelectionSet(ComplexOrUnion parent, int depth, bool inFragment, bool subscriptionRoot = false)
    {
        int count = subscriptionRoot && !Mutate() ? 1 : _random.Next(1, 4);
        var selections = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            int roll = _random.Next(100);
            if (roll < 72 || depth >= MaxDepth)
            {
                selections.Add(Field(parent, depth, inFragment));
            }
            else if (roll < 86)
            {
                selections.Add(InlineFragment(parent, depth, inFragment));
            }
            else
            {
                selections.Add(Spread(parent));
            }

            if (Chance(0.08) && selections.Count > 0)
            {
                selections.Add(selections[^1]);
            }
        }

        if (Mutate() && selections.Count > 0)
        {
            selections.Clear();
        }

        string indent = new(' ', depth * 2);
        return Chance(0.6)
            ? "{\n" + string.Join("\n", selections.Select(s => indent + s)) + "\n" + new string(' ', (depth - 1) * 2) + "}"
            : "{ " + string.Join(" ", selections) + " }";
    }

    private string InlineFragment(ComplexOrUnion parent, int depth, bool inFragment)
    {
        NamedType condition = parent.Type;
        if (Mutate())
        {
            condition = Chance(0.5) && _otherTypes.Count > 0 ? Pick(_otherTypes) : Pick(_compositeTypes);
        }
        else if (parent.Type.IsAbstractType && schema.GetPossibleTypes(parent.Type) is { Count: > 0 } possible)
        {
            condition = Chance(0.7) ? Pick(possible) : parent.Type;
        }
        else if (parent.Type is ComplexType complex && complex.Interfaces.Count > 0 && Chance(0.4))
        {
            condition = Pick(complex.Interfaces);
        }

        string head = Chance(0.15) && !Mutate() ? "..." : "... on " + condition.Name;
        string body = condition.IsCompositeType
            ? SelectionSet(new ComplexOrUnion(head == "..." ? parent.Type : condition), depth + 1, inFragment)
            : "{ __typename }";
        return head + Directives("INLINE_FRAGMENT") + " " + body;
    }

    private string Spread(ComplexOrUnion parent)
    {
        if (Mutate())
        {
            return Chance(0.5) && PendingNames().Count > 0 ? "..." + Pick(PendingNames()) : "...Missing" + _random.Next(2);
        }

        if (_fragmentCount >= 5)
        {
            return "__typename";
        }

        NamedType condition = parent.Type;
        if (parent.Type.IsAbstractType && schema.GetPossibleTypes(parent.Type) is { Count: > 0 } possible && Chance(0.5))
        {
            condition = Pick(possible);
        }

        string name = "F" + _fragmentCount++;
        _pendingFragments.Add((name, condition.Name, new ComplexOrUnion(condition)));
        return "..." + name + Directives("FRAGMENT_SPREAD");
    }

    private List<string> PendingNames() => [.. _pendingFragments.Select(p => p.Name)];

    /// <summary>A named type whose selections are generated: an object, interface or union.</summary>
    private readonly record struct ComplexOrUnion(NamedType Type);
}
