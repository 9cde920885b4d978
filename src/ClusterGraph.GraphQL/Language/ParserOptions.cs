namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The defaults are safe for documents from untrusted
/// clients: a hostile document gets a syntax error, never unbounded work or a stack overflow.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Leave <see cref="SyntaxNode.Location"/> null on every node (graphql-js's <c>noLocation</c>).</summary>
    public bool NoLocation { get; init; }

    /// <summary>
    /// The most tokens (comments excluded, as in graphql-js's <c>maxTokens</c>) a document may hold
    /// before parsing is aborted with "Document contains more than N tokens. Parsing aborted.".
    /// </summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types. Deeper documents
    /// get a syntax error at the token that opens the level too many.
    /// </summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>The largest document, in UTF-8 bytes, the parser accepts.</summary>
    public int MaxDocumentBytes { get; init; } = 4 * 1024 * 1024;
}
