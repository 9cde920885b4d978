namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// A node's span in its source, measured as graphql-js measures it: <see cref="Start"/> and
/// <see cref="End"/> are offsets in UTF-16 code units of the decoded source; <see cref="Line"/> and
/// <see cref="Column"/> (both 1-based) locate the start, the column counted in UTF-16 code units
/// from the start of the line; lines end at \n, \r\n or \r.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column} [{Start}..{End})";
}
