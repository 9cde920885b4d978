using static ClusterGraph.GraphQL.Language.Printer;

namespace ClusterGraph.GraphQL.Language;

/// <summary>The type-system half of <see cref="Printer"/>: schema, type definitions and extensions.</summary>
internal static class TypeSystemPrinter
{
    public static string Print(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + Join(["schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        ScalarTypeDefinitionNode scalar => Description(scalar.Description)
            + Join(["scalar", scalar.Name.Value, Join(scalar.Directives, " ")], " "),
        ObjectTypeDefinitionNode type => Description(type.Description)
            + Join(["type", type.Name.Value, Interfaces(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)], " "),
        InterfaceTypeDefinitionNode type => Description(type.Description)
            + Join(["interface", type.Name.Value, Interfaces(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)], " "),
        UnionTypeDefinitionNode union => Description(union.Description)
            + Join(["union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))], " "),
        EnumTypeDefinitionNode type => Description(type.Description)
            + Join(["enum", type.Name.Value, Join(type.Directives, " "), Block(type.Values)], " "),
        InputObjectTypeDefinitionNode input => Description(input.Description)
            + Join(["input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)], " "),
        SchemaExtensionNode schema => Join(["extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Join(scalar.Directives, " ")], " "),
        ObjectTypeExtensionNode type => Join(
            ["extend type", type.Name.Value, Interfaces(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)], " "),
        InterfaceTypeExtensionNode type => Join(
            ["extend interface", type.Name.Value, Interfaces(type.Interfaces), Join(type.Directives, " "), Block(type.Fields)], " "),
        UnionTypeExtensionNode union => Join(
            ["extend union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))], " "),
        EnumTypeExtensionNode type => Join(["extend enum", type.Name.Value, Join(type.Directives, " "), Block(type.Values)], " "),
        InputObjectTypeExtensionNode input => Join(["extend input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static string Interfaces(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces, " & "));
}
