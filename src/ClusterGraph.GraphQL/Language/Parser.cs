using System.Buffers;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents (October 2021 + <c>@oneOf</c>, as graphql-js 16.11.0 does) into the
/// immutable syntax tree. Syntax errors are thrown as <see cref="GraphQLSyntaxException"/> with
/// graphql-js's message and location.
/// </summary>
public static class Parser
{
    /// <summary>Parses a whole document from text.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        byte[] buffer = Encode(source, options, out SourceText text);
        try
        {
            var parser = new DocumentParser(text, options);
            return parser.ParseDocument();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Parses a whole document from UTF-8 bytes. Invalid sequences read as U+FFFD and a leading byte
    /// order mark is dropped, as a JavaScript server decoding the body would see them.
    /// </summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        var parser = new DocumentParser(new SourceText(CheckBytes(utf8, options)), options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a whole document from segmented UTF-8 bytes (copied to one pooled buffer when split).</summary>
    public static DocumentNode Parse(ReadOnlySequence<byte> utf8, ParserOptions? options = null)
    {
        if (utf8.IsSingleSegment)
        {
            return Parse(utf8.FirstSpan, options);
        }

        options ??= ParserOptions.Default;
        if (utf8.Length > options.MaxDocumentBytes)
        {
            ThrowTooLarge(options);
        }

        int length = (int)utf8.Length;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            utf8.CopyTo(buffer);
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses one value literal, variables allowed (graphql-js's <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(source, options, isConst: false);

    /// <summary>Parses one constant value literal, no variables (graphql-js's <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseValue(source, options, isConst: true);

    /// <summary>Parses one type reference such as <c>[String!]!</c> (graphql-js's <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        byte[] buffer = Encode(source, options, out SourceText text);
        try
        {
            var parser = new DocumentParser(text, options);
            parser.Start();
            TypeNode type = parser.ParseTypeReference();
            parser.ExpectEnd();
            return type;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ValueNode ParseValue(string source, ParserOptions? options, bool isConst)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        byte[] buffer = Encode(source, options, out SourceText text);
        try
        {
            var parser = new DocumentParser(text, options);
            parser.Start();
            ValueNode value = parser.ParseValueLiteral(isConst);
            parser.ExpectEnd();
            return value;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Encode(string source, ParserOptions options, out SourceText text)
    {
        if ((long)source.Length > options.MaxDocumentBytes)
        {
            ThrowTooLarge(options);
        }

        byte[] buffer = SourceText.Encode(source, out int length, out int loneSurrogateAt, out char loneSurrogate);
        if (length > options.MaxDocumentBytes)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ThrowTooLarge(options);
        }

        text = new SourceText(buffer.AsSpan(0, length), loneSurrogateAt, loneSurrogate);
        return buffer;
    }

    private static ReadOnlySpan<byte> CheckBytes(ReadOnlySpan<byte> utf8, ParserOptions options)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            ThrowTooLarge(options);
        }

        return utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
    }

    private static void ThrowTooLarge(ParserOptions options)
        => SyntaxErrors.ThrowAtStart($"Document is larger than {options.MaxDocumentBytes} bytes. Parsing aborted.");
}
