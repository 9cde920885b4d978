namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// One token: its byte span in the UTF-8 source, the same span in UTF-16 code units (what graphql-js
/// reports), and the line and column of its start. Values are read from the source only on demand.
/// </summary>
internal readonly struct Token(TokenKind kind, int start, int end, int start16, int end16, int line, int column, bool hasEscapes)
{
    public TokenKind Kind { get; } = kind;

    /// <summary>Byte offset of the first byte.</summary>
    public int Start { get; } = start;

    /// <summary>Byte offset just past the last byte.</summary>
    public int End { get; } = end;

    /// <summary>UTF-16 offset of the start.</summary>
    public int Start16 { get; } = start16;

    /// <summary>UTF-16 offset of the end.</summary>
    public int End16 { get; } = end16;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>For strings: the raw text holds escapes or non-ASCII bytes, so the value needs decoding.</summary>
    public bool NeedsDecoding { get; } = hasEscapes;
}
