using System.Collections;
using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Api.GraphQL;

/// <summary>Reads and bounds-checks resolver arguments; an out-of-range one is an error naming its bound.</summary>
internal static class Args
{
    /// <summary>The contract's page bound.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Most IDs <c>nodes(ids:)</c> takes.</summary>
    public const int MaxNodeIds = 100;

    public static int? Int(FieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out object? value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public static int Int(FieldContext context, string name, int fallback) => Int(context, name) ?? fallback;

    public static string? String(FieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out object? value) ? value as string : null;

    public static bool Bool(FieldContext context, string name, bool fallback) =>
        context.Arguments.TryGetValue(name, out object? value) && value is bool b ? b : fallback;

    public static DateOnly? Date(FieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out object? value) && value is DateOnly date ? date : null;

    public static T Enum<T>(FieldContext context, string name, T fallback)
        where T : struct, System.Enum =>
        context.Arguments.TryGetValue(name, out object? value) && value is T typed ? typed : fallback;

    /// <summary>A list argument as typed items; null when absent or null (an empty list stays empty).</summary>
    public static IReadOnlyList<T>? List<T>(FieldContext context, string name) =>
        context.Arguments.TryGetValue(name, out object? value) ? ListOf<T>(value) : null;

    public static IReadOnlyList<T>? ListOf<T>(object? value) => value switch
    {
        null => null,
        IReadOnlyList<T> typed => typed,
        IEnumerable items => [.. items.Cast<T>()],
        _ => null,
    };

    /// <summary>A number within [min, max], else an error naming the bound.</summary>
    public static int Bounded(FieldContext context, string name, int fallback, int min, int max)
    {
        int value = Int(context, name, fallback);
        if (value < min || value > max)
        {
            throw Errors.BadInput(name, $"Argument \"{name}\" must be between {min} and {max}; got {value}.");
        }

        return value;
    }

    /// <summary>
    /// first/after (and last/before where the field has them) as a page request within the contract's
    /// bounds; totalCount is computed only when the selection asks for it.
    /// </summary>
    public static PageRequest Page(FieldContext context, int? defaultFirst = null)
    {
        int? first = Int(context, "first");
        int? last = Int(context, "last");
        if (first is not null && last is not null)
        {
            throw Errors.BadInput("last", "Give either \"first\" or \"last\", not both.");
        }

        if (first is < 0 or > MaxPageSize)
        {
            throw Errors.BadInput("first", $"Argument \"first\" must be between 0 and {MaxPageSize}; got {first}.");
        }

        if (last is < 0 or > MaxPageSize)
        {
            throw Errors.BadInput("last", $"Argument \"last\" must be between 0 and {MaxPageSize}; got {last}.");
        }

        if (first is null && last is null)
        {
            first = defaultFirst ?? StoreLimits.DefaultPageSize;
        }

        return new PageRequest(first, String(context, "after"), last, String(context, "before"), Selects(context, "totalCount"));
    }

    /// <summary>A stable key of the field's arguments, so per-argument DataLoaders batch identical calls only.</summary>
    public static string Key(FieldContext context)
    {
        if (context.Arguments.Count == 0)
        {
            return context.FieldName;
        }

        var builder = new System.Text.StringBuilder(context.FieldName);
        foreach (KeyValuePair<string, object?> argument in context.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            builder.Append('|').Append(argument.Key).Append('=');
            AppendValue(builder, argument.Value);
        }

        return builder.ToString();
    }

    private static void AppendValue(System.Text.StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IDictionary<string, object?> map:
                builder.Append('{');
                foreach (KeyValuePair<string, object?> entry in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    builder.Append(entry.Key).Append(':');
                    AppendValue(builder, entry.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (object? item in items)
                {
                    AppendValue(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    /// <summary>True when the field's selection (through fragments) selects <paramref name="field"/>.</summary>
    public static bool Selects(FieldContext context, string field)
    {
        foreach (FieldNode node in context.FieldNodes)
        {
            if (node.SelectionSet is { } set && Selects(set, field, context.Fragments, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Selects(SelectionSetNode set, string field, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, int depth)
    {
        if (depth > 32)
        {
            return false;
        }

        foreach (SelectionNode selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode f when f.Name.Value == field:
                    return true;
                case InlineFragmentNode inline when Selects(inline.SelectionSet, field, fragments, depth + 1):
                    return true;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                                                   && Selects(fragment.SelectionSet, field, fragments, depth + 1):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The contract's EntityFilter input as the store's filter.</summary>
    public static EntityFilter Filter(object? input)
    {
        if (input is not IReadOnlyDictionary<string, object?> map)
        {
            return EntityFilter.All;
        }

        return new EntityFilter
        {
            Kinds = ListOf<EntityKind>(map.GetValueOrDefault("kinds")),
            Within = ListOf<string>(map.GetValueOrDefault("within")),
            ActiveIn = ListOf<string>(map.GetValueOrDefault("activeIn")),
            NameContains = map.GetValueOrDefault("nameContains") as string,
            BoundingBox = Box(map.GetValueOrDefault("bbox")),
            AsOf = map.GetValueOrDefault("asOf") as DateOnly?,
        };
    }

    public static BoundingBox? Box(object? input)
    {
        if (input is not IReadOnlyDictionary<string, object?> box)
        {
            return null;
        }

        double Coordinate(string name, double min, double max)
        {
            double value = Convert.ToDouble(box[name], CultureInfo.InvariantCulture);
            return value >= min && value <= max
                ? value
                : throw Errors.BadInput("bbox", $"bbox.{name} must be between {min} and {max}; got {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        double south = Coordinate("south", -90, 90);
        double north = Coordinate("north", -90, 90);
        if (south > north)
        {
            throw Errors.BadInput("bbox", "bbox.south must not be greater than bbox.north.");
        }

        return new BoundingBox(Coordinate("west", -180, 180), south, Coordinate("east", -180, 180), north);
    }
}
