using System.Runtime.CompilerServices;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// Prints a syntax tree in graphql-js's canonical form: byte for byte what its <c>print</c> gives,
/// including where it breaks argument lists over lines and how it lays out block strings.
/// Built bottom-up like graphql-js (each node's text from its children's texts), since its rules
/// look at the children's printed text (line breaks, length).
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node and everything under it.</summary>
    /// <exception cref="InsufficientExecutionStackException">The tree nests too deeply to print.</exception>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode name => name.Value,
            VariableNode variable => "$" + variable.Name.Value,
            DocumentNode document => Join(document.Definitions, "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode definition => Print(definition.Variable) + ": " + Print(definition.Type)
                + Wrap(" = ", PrintOrEmpty(definition.DefaultValue)) + Wrap(" ", Join(definition.Directives, " ")),
            SelectionSetNode selectionSet => Block(selectionSet.Selections),
            FieldNode field => PrintField(field),
            ArgumentNode argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Join(spread.Directives, " ")),
            InlineFragmentNode fragment => Join(
                ["...", Wrap("on ", PrintOrEmpty(fragment.TypeCondition)), Join(fragment.Directives, " "), Print(fragment.SelectionSet)], " "),
            FragmentDefinitionNode fragment => "fragment " + fragment.Name.Value
                + Wrap("(", Join(fragment.VariableDefinitions, ", "), ")") + " on " + fragment.TypeCondition.Name.Value + " "
                + Wrap(string.Empty, Join(fragment.Directives, " "), " ") + Print(fragment.SelectionSet),
            IntValueNode value => value.Value,
            FloatValueNode value => value.Value,
            StringValueNode value => value.Block ? BlockStrings.Print(value.Value) : QuotedStrings.Print(value.Value),
            BooleanValueNode value => value.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode value => value.Value,
            ListValueNode list => "[" + Join(list.Values, ", ") + "]",
            ObjectValueNode obj => "{" + Join(obj.Fields, ", ") + "}",
            ObjectFieldNode field => field.Name.Value + ": " + Print(field.Value),
            DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments, ", "), ")"),
            NamedTypeNode type => type.Name.Value,
            ListTypeNode type => "[" + Print(type.Type) + "]",
            NonNullTypeNode type => Print(type.Type) + "!",
            OperationTypeDefinitionNode definition => OperationName(definition.Operation) + ": " + definition.Type.Name.Value,
            FieldDefinitionNode field => Description(field.Description) + field.Name.Value + ArgumentDefinitions(field.Arguments)
                + ": " + Print(field.Type) + Wrap(" ", Join(field.Directives, " ")),
            InputValueDefinitionNode input => Description(input.Description) + Join(
                [input.Name.Value + ": " + Print(input.Type), Wrap("= ", PrintOrEmpty(input.DefaultValue)), Join(input.Directives, " ")], " "),
            EnumValueDefinitionNode value => Description(value.Description) + Join([value.Name.Value, Join(value.Directives, " ")], " "),
            DirectiveDefinitionNode directive => Description(directive.Description) + "directive @" + directive.Name.Value
                + ArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : string.Empty)
                + " on " + Join(directive.Locations, " | "),
            _ => TypeSystemPrinter.Print(node),
        };
    }

    internal static string PrintOrEmpty(SyntaxNode? node) => node is null ? string.Empty : Print(node);

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        string variables = Wrap("(", Join(operation.VariableDefinitions, ", "), ")");
        string prefix = Join(
            [OperationName(operation.Operation), (operation.Name?.Value ?? string.Empty) + variables, Join(operation.Directives, " ")], " ");

        // An anonymous query with no variables or directives prints as the shorthand.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        string prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        string argumentsLine = prefix + Wrap("(", Join(field.Arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(field.Arguments, "\n")), "\n)");
        }

        return Join([argumentsLine, Join(field.Directives, " "), PrintOrEmpty(field.SelectionSet)], " ");
    }

    /// <summary>Argument definitions: one per line when any of them spans lines (a description, say).</summary>
    internal static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = new string[arguments.Count];
        bool multiline = false;
        for (int i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(arguments[i]);
            multiline |= printed[i].Contains('\n', StringComparison.Ordinal);
        }

        return multiline
            ? Wrap("(\n", Indent(JoinPrinted(printed, "\n")), "\n)")
            : Wrap("(", JoinPrinted(printed, ", "), ")");
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    internal static string Description(StringValueNode? description) => Wrap(string.Empty, PrintOrEmpty(description), "\n");

    /// <summary>graphql-js's <c>join</c>: the non-empty texts with a separator between them.</summary>
    internal static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        var printed = new string[nodes.Count];
        for (int i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return JoinPrinted(printed, separator);
    }

    internal static string Join(ReadOnlySpan<string> parts, string separator) => JoinPrinted(parts, separator);

    private static string JoinPrinted(ReadOnlySpan<string> parts, string separator)
    {
        var builder = new System.Text.StringBuilder();
        bool first = true;
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                builder.Append(separator);
            }

            builder.Append(part);
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>graphql-js's <c>block</c>: <c>{</c>, the items one per line indented, <c>}</c>; nothing when there are none.</summary>
    internal static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
        => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    /// <summary>graphql-js's <c>wrap</c>: the text between a start and an end, or nothing when the text is empty.</summary>
    internal static string Wrap(string start, string? text, string end = "")
        => string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    /// <summary>graphql-js's <c>indent</c>: two spaces before every line (inside block strings too).</summary>
    internal static string Indent(string text)
        => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));
}
