using System.Buffers;
using System.Text;
using ClusterGraph.Fuzz.Tests.Harness;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Fuzz.Tests.Parsing;

/// <summary>
/// The parser, fed raw bytes. Oracles for each input:
/// <list type="bullet">
/// <item>only <see cref="GraphQLSyntaxException"/> may escape, and its line and column are those of its position;</item>
/// <item>the byte, split-byte and string entry points agree (same tree with locations, or the same error at the same place);</item>
/// <item>every location lies inside the source and its line and column match its start offset;</item>
/// <item>tight limits (64 tokens, depth 6, no locations) give the same tree without locations or a limit error;</item>
/// <item>parse(print(tree)) is the tree again, and printing it again gives the same text.</item>
/// </list>
/// </summary>
internal sealed class ParserTarget : FuzzTarget
{
    private static readonly ParserOptions s_tight = new() { MaxTokens = 64, MaxDepth = 6, NoLocation = true };

    private static readonly string[] s_tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", ",", "\n", "\r\n", "\r", " ", "\t", "#", "\"", "\"\"\"", "\\\"\"\"",
        "\\u", "\\u{", "\\uD800", "\\uDC00", "\\u{10FFFF}", "\\u{110000}", "\\x", "1e", "0.", "-", "+", "E", ".5", "00",
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "type", "input", "enum", "scalar", "union",
        "interface", "schema", "directive", "extend", "implements", "repeatable", "\uFEFF", "\u2028", "é", "😀", "\0",
    ];

    public override string Name => "parser";

    public override string FileExtension => ".graphql";

    public override IReadOnlyList<byte[]> Dictionary { get; } = [.. s_tokens.Select(Encoding.UTF8.GetBytes)];

    public override byte[] Generate(Random random) => Encoding.UTF8.GetBytes(new GraphQLTextGenerator(random).Document());

    public override FuzzOutcome Run(byte[] input)
    {
        // What a JavaScript server decoding the body would see: a leading BOM dropped, bad sequences as U+FFFD.
        ReadOnlySpan<byte> body = input.AsSpan().StartsWith("\uFEFF"u8) ? input.AsSpan(3) : input;
        string decoded = Encoding.UTF8.GetString(body);
        var lines = new LineMap(decoded);

        ParseResult fromBytes = ParseResult.Of(() => Parser.Parse(input.AsSpan()));
        ParseResult fromString = ParseResult.Of(() => Parser.Parse(decoded));
        ParseResult fromSegments = ParseResult.Of(() => Parser.Parse(Split(input)));
        if ((Disagreement(fromBytes, fromString, "string") ?? Disagreement(fromBytes, fromSegments, "split bytes")) is { } disagreement)
        {
            return FuzzOutcome.Failed(disagreement);
        }

        if (fromBytes.Error is { } error)
        {
            return CheckError(error, lines) is { } bad
                ? FuzzOutcome.Failed(bad)
                : FuzzOutcome.Held("error: " + Signatures.Shape(error.Description));
        }

        DocumentNode document = fromBytes.Document!;
        return CheckLocations(document, lines, decoded.Length)
            ?? CheckTightLimits(input, document)
            ?? CheckRoundTrip(document)
            ?? FuzzOutcome.Held("ok: " + KindsOf(document));
    }

    private static FuzzOutcome? CheckLocations(DocumentNode document, LineMap lines, int length)
    {
        foreach (SyntaxNode node in SyntaxTrees.Nodes(document))
        {
            if (node.Location is not { } at)
            {
                return FuzzOutcome.Failed($"{node.Kind} has no location");
            }

            if (at.Start < 0 || at.Start > at.End || at.End > length)
            {
                return FuzzOutcome.Failed($"{node.Kind} location {at} lies outside the source of {length} code units");
            }

            (int line, int column) = lines.At(at.Start);
            if (line != at.Line || column != at.Column)
            {
                return FuzzOutcome.Failed($"{node.Kind} location {at} should be at {line}:{column}");
            }
        }

        return null;
    }

    private static FuzzOutcome? CheckTightLimits(byte[] input, DocumentNode document)
    {
        ParseResult tight = ParseResult.Of(() => Parser.Parse(input.AsSpan(), s_tight));
        if (tight.Error is { } error)
        {
            return error.Description.StartsWith("Document contains more that 64 tokens.", StringComparison.Ordinal)
                || error.Description.StartsWith("Document nests deeper than 6 levels.", StringComparison.Ordinal)
                ? null
                : FuzzOutcome.Failed("A document that parses failed under tight limits with a non-limit error: " + error.Message);
        }

        if (SyntaxTrees.Nodes(tight.Document!).FirstOrDefault(n => n.Location is not null) is { } located)
        {
            return FuzzOutcome.Failed($"NoLocation left a location on {located.Kind}");
        }

        return SyntaxTrees.FirstDifference(document, tight.Document!) is { } difference
            ? FuzzOutcome.Failed("Tight limits changed the tree: " + difference)
            : null;
    }

    private static FuzzOutcome? CheckRoundTrip(DocumentNode document)
    {
        if (PrintsAmbiguously(document))
        {
            return null;
        }

        string printed;
        try
        {
            printed = Printer.Print(document);
        }
        catch (InsufficientExecutionStackException)
        {
            // Documented: a tree too deep for the printer's stack (the parser's depth limit is what keeps servers safe).
            return null;
        }

        ParseResult reparsed = ParseResult.Of(() => Parser.Parse(printed));
        if (reparsed.Error is { } error)
        {
            return FuzzOutcome.Failed($"The printed document does not parse: {error.Message} at {error.Line}:{error.Column}\nprinted:\n{printed}");
        }

        if (SyntaxTrees.FirstDifference(document, reparsed.Document!) is { } difference)
        {
            return FuzzOutcome.Failed($"parse(print(tree)) differs: {difference}\nprinted:\n{printed}");
        }

        string again = Printer.Print(reparsed.Document!);
        return again == printed ? null : FuzzOutcome.Failed($"Printing is not a fixed point:\n{printed}\n---\n{again}");
    }

    /// <summary>
    /// graphql-js prints an anonymous query without variables or directives as a bare "{ … }", which after a
    /// type-system definition reads as that definition's body: such trees cannot round-trip (in graphql-js either).
    /// </summary>
    private static bool PrintsAmbiguously(DocumentNode document)
    {
        bool afterTypeSystem = false;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (afterTypeSystem && definition is OperationDefinitionNode { Operation: OperationType.Query, Name: null, VariableDefinitions.Count: 0, Directives.Count: 0 })
            {
                return true;
            }

            afterTypeSystem |= definition is not ExecutableDefinitionNode;
        }

        return false;
    }

    private static string? CheckError(GraphQLSyntaxException error, LineMap lines)
    {
        if (error.Position < 0 || error.Position > lines.Length)
        {
            return $"Error position {error.Position} lies outside the source of {lines.Length} code units: {error.Message}";
        }

        (int line, int column) = lines.At(error.Position);
        return line == error.Line && column == error.Column
            ? null
            : $"Error at {error.Line}:{error.Column} but its position {error.Position} is {line}:{column}: {error.Message}";
    }

    private static string? Disagreement(ParseResult expected, ParseResult actual, string entry)
    {
        if (expected.Error is { } e)
        {
            return actual.Error is { } a && a.Message == e.Message && a.Position == e.Position && a.Line == e.Line && a.Column == e.Column
                ? null
                : $"The {entry} entry point disagrees: bytes gave {e.Message} at {e.Position}, {entry} gave {Describe(actual)}";
        }

        if (actual.Error is not null)
        {
            return $"The {entry} entry point disagrees: bytes parsed, {entry} gave {Describe(actual)}";
        }

        string? difference = SyntaxTrees.FirstDifference(expected.Document!, actual.Document!);
        if (difference is null)
        {
            List<SyntaxNode> left = SyntaxTrees.Nodes(expected.Document!);
            List<SyntaxNode> right = SyntaxTrees.Nodes(actual.Document!);
            int at = Enumerable.Range(0, left.Count).FirstOrDefault(i => left[i].Location != right[i].Location, -1);
            difference = at < 0 ? null : $"{left[at].Kind} at {left[at].Location} vs {right[at].Location}";
        }

        return difference is null ? null : $"The {entry} entry point gives another tree: {difference}";
    }

    private static string Describe(ParseResult result) => result.Error is { } e ? $"{e.Message} at {e.Position}" : "a tree";

    /// <summary>The input in two segments, split in the middle (and inside a multi-byte sequence when there is one there).</summary>
    private static ReadOnlySequence<byte> Split(byte[] input)
    {
        if (input.Length < 2)
        {
            return new ReadOnlySequence<byte>(input);
        }

        var first = new Segment(input.AsMemory(0, input.Length / 2), 0);
        Segment last = first.Append(input.AsMemory(input.Length / 2));
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private static string KindsOf(DocumentNode document)
    {
        ulong kinds = 0;
        foreach (SyntaxNode node in SyntaxTrees.Nodes(document))
        {
            kinds |= 1UL << (int)node.Kind;
        }

        return kinds.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }

    private readonly record struct ParseResult(DocumentNode? Document, GraphQLSyntaxException? Error)
    {
        public static ParseResult Of(Func<DocumentNode> parse)
        {
            try
            {
                return new ParseResult(parse(), null);
            }
            catch (GraphQLSyntaxException e)
            {
                return new ParseResult(null, e);
            }
        }
    }
}
