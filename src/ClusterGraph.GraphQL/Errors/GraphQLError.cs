using System.Text.Json;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Errors;

/// <summary>
/// An error as the GraphQL response carries it: a message, the source locations it concerns, the
/// response path of the field it happened in (execution only) and free-form extensions such as
/// <c>code</c>. Shared by validation and execution; thrown only on paths that abort (coercion helpers).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "GraphQLError is the spec's and graphql-js's name; it is an error record first, thrown only by coercion helpers.")]
public sealed class GraphQLError : Exception
{
    private static readonly IReadOnlyList<ErrorLocation> s_noLocations = [];

    public GraphQLError(string message)
        : base(message)
    {
        Locations = s_noLocations;
    }

    public GraphQLError(string message, Exception innerException)
        : base(message, innerException)
    {
        Locations = s_noLocations;
    }

    public GraphQLError(
        string message,
        IReadOnlyList<ErrorLocation>? locations,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations ?? s_noLocations;
        Path = path;
        Extensions = extensions;
    }

    public GraphQLError()
        : base("Unknown error.")
    {
        Locations = s_noLocations;
    }

    /// <summary>Where in the document the error is; empty when it concerns no node.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>The response path (field names as <see cref="string"/>, list indexes as <see cref="int"/>) or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extensions written under <c>extensions</c>, e.g. <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>Builds an error located at the given syntax nodes (nodes without a location are skipped).</summary>
    public static GraphQLError At(string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (SyntaxNode? node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return new GraphQLError(message, locations);
    }

    /// <summary>Builds an error located at every node of the list.</summary>
    public static GraphQLError At(string message, IReadOnlyList<SyntaxNode> nodes, Exception? innerException = null)
    {
        var locations = new List<ErrorLocation>(nodes.Count);
        foreach (SyntaxNode node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return new GraphQLError(message, locations, null, null, innerException);
    }

    /// <summary>A copy of this error with another message, path or extensions (locations kept).</summary>
    public GraphQLError With(
        string? message = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        IReadOnlyList<ErrorLocation>? locations = null) =>
        new(message ?? Message, locations ?? Locations, path ?? Path, extensions ?? Extensions, InnerException);

    /// <summary>Writes the error as the response format's error object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, Message);
        if (Locations.Count > 0)
        {
            writer.WriteStartArray("locations"u8);
            foreach (ErrorLocation location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is not null)
        {
            writer.WriteStartArray("path"u8);
            foreach (object segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions"u8);
            Utilities.JsonValueWriter.Write(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    public override string ToString()
    {
        string at = Locations.Count > 0 ? $" ({Locations[0].Line}:{Locations[0].Column})" : string.Empty;
        return Message + at;
    }
}
