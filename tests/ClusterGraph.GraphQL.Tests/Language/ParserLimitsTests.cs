using System.Text;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Tests.Language;

/// <summary>Hostile documents end in a located syntax error, never a stack overflow or unbounded work.</summary>
public sealed class ParserLimitsTests
{
    private const int Deep = 100_000;

    private static readonly ParserOptions s_unlimited = new() { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };

    public static TheoryData<string, string, string> DeepDocuments => new()
    {
        // name, the repeated opening, the text after all the openings
        { "selections", "{a", "}" },
        { "lists", "[", "]" },
        { "objects", "{a:", "}" },
        { "list types", "[", "T]" },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Nesting_100000_deep_is_a_syntax_error_at_the_level_past_the_default_limit(string name, string open, string close)
    {
        string document = Deeply(name, open, close);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(document));

        // Values sit inside a selection set, which is one level already; the opening that makes level
        // 513 is then the 512th (index 511), else the 513th (index 512), after the prefix.
        int levelsBefore = name is "lists" or "objects" ? 1 : 0;
        int column = Prefix(name).Length + ((512 - levelsBefore) * open.Length) + 1;
        Assert.Equal("Syntax Error: Document nests deeper than 512 levels. Parsing aborted.", error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(column - 1, error.Position);
    }

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Nesting_100000_deep_without_limits_still_ends_in_a_syntax_error_not_a_crash(string name, string open, string close)
    {
        // Options allow any depth; the parser must stop when the thread's stack runs low instead of overflowing.
        // Run on a thread with a 1 MB stack so that point is well inside 100,000 levels.
        string document = Deeply(name, open, close);
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.Parse(document, s_unlimited);
                }
                catch (Exception e)
                {
                    caught = e;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();

        var error = Assert.IsType<GraphQLSyntaxException>(caught);
        Assert.StartsWith("Syntax Error: Document nests deeper than", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
        Assert.True(error.Column > 1);
    }

    [Fact]
    public void Nesting_at_the_limit_parses()
    {
        string document = string.Concat(Enumerable.Repeat("{a", 512)) + new string('}', 512);
        DocumentNode tree = Parser.Parse(document);
        Assert.Single(tree.Definitions);
    }

    [Fact]
    public void Token_limit_counts_tokens_as_graphql_js_does_and_reports_the_first_token_past_it()
    {
        // "{ a b c }" has 5 tokens; with a limit of 4 the fifth, "}" at column 9, is refused.
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 4 }));
        Assert.Equal("Syntax Error: Document contains more that 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 9), (error.Line, error.Column));

        Assert.NotNull(Parser.Parse("{ a b c } # comments do not count", new ParserOptions { MaxTokens = 5 }));
    }

    [Fact]
    public void Document_size_limit_applies_to_text_bytes_and_segments()
    {
        var options = new ParserOptions { MaxDocumentBytes = 8 };
        byte[] bytes = Encoding.UTF8.GetBytes("{ a b c }");

        Assert.Equal(
            "Syntax Error: Document is larger than 8 bytes. Parsing aborted.",
            Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", options)).Message);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(bytes.AsSpan(), options));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Segments.Split(bytes, 4), options));

        // "{ é }" is five UTF-16 units but six UTF-8 bytes: the limit counts bytes.
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ é }", new ParserOptions { MaxDocumentBytes = 5 }));
        Assert.NotNull(Parser.Parse("{ a b c }", new ParserOptions { MaxDocumentBytes = 9 }));
    }

    private static string Prefix(string name) => name switch
    {
        "lists" or "objects" => "{ f(x: ",
        "list types" => "query Q($v: ",
        _ => string.Empty,
    };

    private static string Deeply(string name, string open, string close)
    {
        var builder = new StringBuilder(Prefix(name));
        for (int i = 0; i < Deep; i++)
        {
            builder.Append(open);
        }

        for (int i = 0; i < Deep; i++)
        {
            builder.Append(close);
        }

        builder.Append(name switch
        {
            "lists" or "objects" => ") }",
            "list types" => ") { a }",
            _ => string.Empty,
        });
        return builder.ToString();
    }
}
