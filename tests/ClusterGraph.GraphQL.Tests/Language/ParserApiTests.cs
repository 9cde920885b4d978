using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Tests.Language;

/// <summary>The entry points and the printer on hand-checked inputs (graphql-js parity is in Conformance/).</summary>
public sealed class ParserApiTests
{
    [Fact]
    public void Parse_value_and_type_entry_points()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, $v, {a: \"s\"}]"));
        Assert.IsType<VariableNode>(list.Values[1]);
        Assert.Equal("[1, $v, {a: \"s\"}]", Printer.Print(list));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
        Assert.Equal((1, 5), (error.Line, error.Column));

        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[String!]!"));
        Assert.Equal("String", ((NamedTypeNode)((NonNullTypeNode)((ListTypeNode)type.Type).Type).Type).Name.Value);
    }

    [Fact]
    public void String_values_resolve_every_escape()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u{1F3ED} \\uD83C\\uDFED\"");
        Assert.Equal("\" \\ / \b \f \n \r \t é 🏭 🏭", value.Value);
        Assert.False(value.Block);
    }

    [Fact]
    public void Block_strings_are_dedented_and_printed_back_as_block_strings()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n    first\n      second \\\"\"\"\n\n  \"\"\"");
        Assert.Equal("first\n  second \"\"\"", value.Value);
        Assert.True(value.Block);
        Assert.Equal("\"\"\"\nfirst\n  second \\\"\"\"\n\"\"\"", Printer.Print(value));
    }

    [Fact]
    public void Printer_prints_trees_built_by_code()
    {
        var document = new DocumentNode
        {
            Definitions =
            [
                new ObjectTypeDefinitionNode
                {
                    Description = new StringValueNode { Value = "A type" },
                    Name = new NameNode { Value = "T" },
                    Interfaces = [new NamedTypeNode { Name = new NameNode { Value = "I" } }],
                    Fields =
                    [
                        new FieldDefinitionNode
                        {
                            Name = new NameNode { Value = "f" },
                            Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode { Value = "Int" } } },
                        },
                    ],
                },
            ],
        };

        Assert.Equal("\"A type\"\ntype T implements I {\n  f: Int!\n}", Printer.Print(document));
    }
}
