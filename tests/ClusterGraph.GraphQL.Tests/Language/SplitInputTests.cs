using System.Text;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Tests.Conformance;
using ClusterGraph.GraphQL.Tests.Conformance.Corpus;

namespace ClusterGraph.GraphQL.Tests.Language;

/// <summary>
/// DESIGN.md 8.4: the byte parser sees the same document however the bytes are segmented: split at
/// every offset (through multi-byte characters too) and one byte per segment.
/// </summary>
public sealed class SplitInputTests
{
    public static TheoryData<string> Documents => new()
    {
        "kitchen-sink query",
        "kitchen-sink schema",
        "multi-byte and invalid bytes",
        "syntax error after multi-byte text",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Split_at_every_offset_and_byte_by_byte_gives_the_same_outcome(string name)
    {
        byte[] bytes = BytesOf(name);
        string expected = Outcome(() => Parser.Parse(bytes.AsSpan()));

        for (int cut = 0; cut <= bytes.Length; cut++)
        {
            Assert.Equal(expected, Outcome(() => Parser.Parse(Segments.Split(bytes, cut))));
        }

        for (int cut = 0; cut + 7 <= bytes.Length; cut += 5)
        {
            Assert.Equal(expected, Outcome(() => Parser.Parse(Segments.Split(bytes, cut, cut + 3, cut + 7))));
        }

        Assert.Equal(expected, Outcome(() => Parser.Parse(Segments.OneBytePerSegment(bytes))));
    }

    [Fact]
    public void Text_and_bytes_give_the_same_tree()
    {
        string text = KitchenSink.Query;
        Assert.Equal(Outcome(() => Parser.Parse(text)), Outcome(() => Parser.Parse(Encoding.UTF8.GetBytes(text).AsSpan())));
    }

    private static byte[] BytesOf(string name) => name switch
    {
        "kitchen-sink query" => Encoding.UTF8.GetBytes(KitchenSink.Query),
        "kitchen-sink schema" => Encoding.UTF8.GetBytes(KitchenSink.Schema),
        "multi-byte and invalid bytes" =>
        [
            .. "# 주석 🏭\r\n{ a(x: \"경기 é 🏭 "u8, 0xC3, 0x80, 0xE2, 0x82, 0xFF, .. "\", y: \"\"\"\n  🏭\n    ✓\n\"\"\") b }"u8,
        ],
        _ => [.. "{ a(x: \"🏭🏭\")\n  b(y: \"\"\"\n 경기\"\"\") ~ }"u8],
    };

    /// <summary>The tree as JSON with locations, or the error with its location.</summary>
    private static string Outcome(Func<DocumentNode> parse)
    {
        try
        {
            return ParseAstJson.ToJson(parse()).ToJsonString();
        }
        catch (GraphQLSyntaxException e)
        {
            return $"{e.Message} @ {e.Line}:{e.Column} ({e.Position})";
        }
    }
}
