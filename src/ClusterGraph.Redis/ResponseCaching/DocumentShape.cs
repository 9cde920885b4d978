using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// What the cache needs from a document: its canonical printed form (the engine's printer, so
/// whitespace, commas and comments do not matter) and the type of each operation.
/// </summary>
internal sealed class DocumentShape
{
    private readonly Dictionary<string, OperationType> _named;
    private readonly OperationType? _single;

    private DocumentShape(string normalized, Dictionary<string, OperationType> named, OperationType? single)
    {
        Normalized = normalized;
        _named = named;
        _single = single;
    }

    /// <summary>The document as the engine's printer writes it.</summary>
    public string Normalized { get; }

    /// <summary>Parses <paramref name="query"/>; null when it does not parse (the inner executor reports why).</summary>
    public static DocumentShape? TryCreate(string query)
    {
        DocumentNode document;
        string normalized;
        try
        {
            document = Parser.Parse(query, s_parserOptions);
            normalized = Printer.Print(document);
        }
        catch (Exception e) when (e is GraphQLSyntaxException or InsufficientExecutionStackException)
        {
            return null;
        }

        var named = new Dictionary<string, OperationType>(StringComparer.Ordinal);
        OperationType? single = null;
        int count = 0;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                count++;
                single = operation.Operation;
                if (operation.Name is { } name)
                {
                    named.TryAdd(name.Value, operation.Operation);
                }
            }
        }

        return new DocumentShape(normalized, named, count == 1 ? single : null);
    }

    /// <summary>The type of the operation a request selects, or null when the selection is ambiguous or missing.</summary>
    public OperationType? SelectedOperation(string? operationName) =>
        operationName is null ? _single
        : _named.TryGetValue(operationName, out OperationType type) ? type
        : null;

    private static readonly ParserOptions s_parserOptions = new() { NoLocation = true };
}
