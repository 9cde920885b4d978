namespace ClusterGraph.Api.Operations;

/// <summary>
/// What one HTTP request to <c>/graphql</c> ran (one operation, or several for a batch), kept as a request
/// feature by <see cref="ObservedRequestExecutor"/> for the metrics and the request log.
/// </summary>
internal sealed class GraphQLRequestRecord
{
    private readonly List<OperationRecord> _operations = [];

    /// <summary>The operations in the order they ran.</summary>
    public IReadOnlyList<OperationRecord> Operations => _operations;

    /// <summary>Set when an operation was refused because the caller's cost budget could not pay it: the wait in seconds.</summary>
    public int? CostRefusalSeconds { get; set; }

    public void Add(OperationRecord operation) => _operations.Add(operation);

    /// <summary>The record of this request, created on first use.</summary>
    public static GraphQLRequestRecord Of(HttpContext context)
    {
        GraphQLRequestRecord? record = context.Features.Get<GraphQLRequestRecord>();
        if (record is null)
        {
            record = new GraphQLRequestRecord();
            context.Features.Set(record);
        }

        return record;
    }
}

/// <summary>One operation: its name (null when anonymous or unknown), the SHA-256 of its document's UTF-8 text, and its static cost (null when invalid).</summary>
internal readonly record struct OperationRecord(string? OperationName, string DocumentHash, double? Cost);
