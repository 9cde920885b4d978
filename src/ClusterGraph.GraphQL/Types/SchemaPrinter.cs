using System.Text;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does: built-in scalars,
/// directives and introspection types left out; applied directives dropped except @deprecated,
/// @specifiedBy and @oneOf; descriptions as block strings when they survive as such.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (DirectiveDefinition directive in schema.Directives)
        {
            if (!directive.IsBuiltIn)
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (NamedType type in schema.Types)
        {
            if (!type.IsBuiltIn)
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>One type's definition.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => string.Empty,
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        bool commonNames = (schema.QueryType is null || schema.QueryType.Name == "Query")
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string>();
        if (schema.QueryType is not null)
        {
            operations.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operations.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) =>
        Block(type.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        List<string> list = [.. items];
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var builder = new StringBuilder("(\n");
        for (int i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(Description(arguments[i].Description, "  " + indentation, i == 0))
                .Append("  ").Append(indentation).Append(InputValue(arguments[i]));
        }

        return builder.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string InputValue(InputValueDefinition value)
    {
        string declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is ValueNode literal)
        {
            declaration += " = " + AstPrinter.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + AstPrinter.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? string.Empty : " @specifiedBy(url: " + AstPrinter.PrintString(url) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        string literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : AstPrinter.PrintString(description);
        string prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
