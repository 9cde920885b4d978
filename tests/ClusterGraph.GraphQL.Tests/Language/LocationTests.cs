using System.Text;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Tests.Language;

/// <summary>Locations worked out by hand: offsets and columns count UTF-16 units, lines end at \n, \r\n or \r.</summary>
public sealed class LocationTests
{
    [Theory]
    // { a(x: "é") b }   -> b is the 13th UTF-16 unit (é is one unit, two UTF-8 bytes)
    [InlineData("{ a(x: \"é\") b }", 12, 1, 13)]
    // 🏭 is two UTF-16 units (four bytes) -> b moves one column right
    [InlineData("{ a(x: \"🏭\") b }", 13, 1, 14)]
    // \r\n counts as one line break; b starts line 2 at column 3
    [InlineData("{ a\r\n  b }", 7, 2, 3)]
    // a lone \r is a line break too
    [InlineData("{ a\r  b }", 6, 2, 3)]
    // a block string spanning lines moves b to the block string's last line
    [InlineData("{ a(x: \"\"\"1\n22\n\"\"\") b }", 20, 3, 6)]
    // a comment with multi-byte text before the line break
    [InlineData("# 경기 🏭\n{ a b }", 12, 2, 5)]
    public void Second_field_is_located_in_utf16_units(string document, int start, int line, int column)
    {
        foreach (DocumentNode tree in new[] { Parser.Parse(document), Parser.Parse(Encoding.UTF8.GetBytes(document).AsSpan()) })
        {
            var selections = ((OperationDefinitionNode)tree.Definitions[0]).SelectionSet.Selections;
            Location location = selections[1].Location!.Value;
            Assert.Equal((start, start + 1, line, column), (location.Start, location.End, location.Line, location.Column));
        }
    }

    [Fact]
    public void Node_spans_run_from_first_to_last_token_without_trailing_ignored_text()
    {
        DocumentNode tree = Parser.Parse("  query Q { a(x: 1) , }  # done\n");
        var operation = (OperationDefinitionNode)tree.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal((2, 23), (operation.Location!.Value.Start, operation.Location.Value.End));
        Assert.Equal((12, 19), (field.Location!.Value.Start, field.Location.Value.End));
        Assert.Equal((0, 32), (tree.Location!.Value.Start, tree.Location.Value.End));
    }

    [Fact]
    public void Leading_byte_order_mark_is_dropped_from_bytes_but_kept_as_white_space_in_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "{ a }"u8];
        var fromBytes = (OperationDefinitionNode)Parser.Parse(bytes.AsSpan()).Definitions[0];
        var fromText = (OperationDefinitionNode)Parser.Parse("\uFEFF{ a }").Definitions[0];

        Assert.Equal(0, fromBytes.Location!.Value.Start);
        Assert.Equal(1, fromText.Location!.Value.Start);
    }

    [Fact]
    public void No_location_option_leaves_every_location_null()
    {
        DocumentNode tree = Parser.Parse("{ a(x: [1]) }", new ParserOptions { NoLocation = true });
        var field = (FieldNode)((OperationDefinitionNode)tree.Definitions[0]).SelectionSet.Selections[0];
        Assert.Null(tree.Location);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Syntax_errors_carry_message_line_column_and_utf16_position()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: \"🏭\")\r\n  b(\n}"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
        Assert.Equal("Expected Name, found \"}\".", error.Description);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Equal(19, error.Position);
    }
}
