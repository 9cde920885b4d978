namespace ClusterGraph.GraphQL.Language;

/// <summary>Prints a syntax tree in graphql-js's canonical form (byte for byte what its <c>print</c> gives).</summary>
public static class Printer
{
    /// <summary>Prints a node and everything under it.</summary>
    public static string Print(SyntaxNode node)
        => throw new NotSupportedException("The printer lands in the next commit.");
}
