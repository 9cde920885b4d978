namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax. The message is graphql-js's text
/// ("Syntax Error: Expected Name, found &lt;EOF&gt;."); the location is where graphql-js puts it.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the error for a description at a position of the source.</summary>
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without its "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The offset of the error in UTF-16 code units of the decoded source.</summary>
    public int Position { get; }

    /// <summary>The 1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error, in UTF-16 code units from the start of the line.</summary>
    public int Column { get; }
}
