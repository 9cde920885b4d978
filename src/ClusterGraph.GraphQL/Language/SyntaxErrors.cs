using System.Diagnostics.CodeAnalysis;

namespace ClusterGraph.GraphQL.Language;

/// <summary>The one place syntax errors are built: a description at a byte offset, located as graphql-js locates it.</summary>
internal static class SyntaxErrors
{
    [DoesNotReturn]
    public static void Throw(SourceText source, int bytePosition, string description)
    {
        (int position16, int line, int column) = source.Locate(bytePosition);
        throw new GraphQLSyntaxException(description, position16, line, column);
    }

    /// <summary>An error for the whole document (size limit), located at its start.</summary>
    [DoesNotReturn]
    public static void ThrowAtStart(string description) => throw new GraphQLSyntaxException(description, 0, 1, 1);
}
