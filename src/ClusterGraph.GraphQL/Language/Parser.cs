using System.Buffers;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents (October 2021 + <c>@oneOf</c>, as graphql-js 16.11.0 does) into the
/// immutable syntax tree. Syntax errors are thrown as <see cref="GraphQLSyntaxException"/>.
/// </summary>
public static class Parser
{
    /// <summary>Parses a whole document from text.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
        => throw new NotSupportedException("The parser lands in the next commit.");

    /// <summary>Parses a whole document from UTF-8 bytes (invalid sequences read as U+FFFD).</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
        => throw new NotSupportedException("The parser lands in the next commit.");

    /// <summary>Parses a whole document from segmented UTF-8 bytes (copied to one pooled buffer when split).</summary>
    public static DocumentNode Parse(ReadOnlySequence<byte> utf8, ParserOptions? options = null)
        => throw new NotSupportedException("The parser lands in the next commit.");

    /// <summary>Parses one value literal, variables allowed (graphql-js's <c>parseValue</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
        => throw new NotSupportedException("The parser lands in the next commit.");

    /// <summary>Parses one constant value literal, no variables (graphql-js's <c>parseConstValue</c>).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
        => throw new NotSupportedException("The parser lands in the next commit.");

    /// <summary>Parses one type reference such as <c>[String!]!</c> (graphql-js's <c>parseType</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
        => throw new NotSupportedException("The parser lands in the next commit.");
}
