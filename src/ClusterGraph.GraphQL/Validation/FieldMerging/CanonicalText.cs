using System.Text;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// Texts that are equal exactly when graphql-js's field-merge check would see two things as the same:
/// argument values printed with object fields sorted (graphql-js's <c>print(sortValueNode(v))</c>), and a
/// field's whole selection for grouping identical fields.
/// </summary>
internal static class CanonicalText
{
    private const int MaxDepth = 512;

    /// <summary>The value with input object fields sorted by name (natural order, stable).</summary>
    public static string Of(ValueNode value)
    {
        if (value is ListValueNode or ObjectValueNode)
        {
            var builder = new StringBuilder();
            Append(builder, value, 0);
            return builder.ToString();
        }

        return AstPrinter.Print(value);
    }

    /// <summary>
    /// The group key of a field: its parent type, name, arguments and selection. Null when the field cannot
    /// be grouped: it spreads a fragment somewhere below (fragment comparisons are memoized, so results
    /// depend on order) or repeats an argument name.
    /// </summary>
    public static string? GroupKeyOf(FieldEntry entry)
    {
        var builder = new StringBuilder();
        builder.Append(entry.ParentType?.Name).Append('|');
        return AppendField(builder, entry.Node, 0) ? builder.ToString() : null;
    }

    private static bool AppendField(StringBuilder builder, FieldNode field, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        if (field.Alias is { } alias)
        {
            builder.Append(alias.Value).Append(':');
        }

        builder.Append(field.Name.Value);
        if (field.Arguments.Count > 0)
        {
            builder.Append('(');
            for (int i = 0; i < field.Arguments.Count; i++)
            {
                ArgumentNode argument = field.Arguments[i];
                for (int j = 0; j < i; j++)
                {
                    if (field.Arguments[j].Name.Value == argument.Name.Value)
                    {
                        return false;
                    }
                }

                builder.Append(argument.Name.Value).Append(':');
                Append(builder, argument.Value, 0);
                builder.Append(',');
            }

            builder.Append(')');
        }

        return field.SelectionSet is null || AppendSelectionSet(builder, field.SelectionSet, depth + 1);
    }

    private static bool AppendSelectionSet(StringBuilder builder, SelectionSetNode selectionSet, int depth)
    {
        builder.Append('{');
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!AppendField(builder, field, depth))
                    {
                        return false;
                    }

                    break;
                case InlineFragmentNode inline:
                    builder.Append("...");
                    if (inline.TypeCondition is { } condition)
                    {
                        builder.Append("on ").Append(condition.Name.Value);
                    }

                    if (depth > MaxDepth || !AppendSelectionSet(builder, inline.SelectionSet, depth + 1))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            builder.Append(' ');
        }

        builder.Append('}');
        return true;
    }

    private static void Append(StringBuilder builder, ValueNode value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"A value literal nests deeper than {MaxDepth} levels.");
        }

        switch (value)
        {
            case ListValueNode list:
                builder.Append('[');
                for (int i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i], depth + 1);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                bool first = true;
                foreach (ObjectFieldNode field in obj.Fields.OrderBy(f => f.Name.Value, Comparer<string>.Create(Suggestions.NaturalCompare)))
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(field.Name.Value).Append(": ");
                    Append(builder, field.Value, depth + 1);
                }

                builder.Append('}');
                break;
            default:
                builder.Append(AstPrinter.Print(value));
                break;
        }
    }
}
