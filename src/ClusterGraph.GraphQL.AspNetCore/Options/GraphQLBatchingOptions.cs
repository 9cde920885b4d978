namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>Batched requests: a POST body that is a JSON array of requests, answered by an array of results.</summary>
public sealed class GraphQLBatchingOptions
{
    /// <summary>Whether batches are accepted. Off by default: a batch multiplies the work one request can ask for.</summary>
    public bool Enabled { get; set; }

    /// <summary>The most requests one batch may hold; a larger batch is refused whole with 400.</summary>
    public int MaxBatchSize { get; set; } = 10;

    internal void Validate()
    {
        if (MaxBatchSize < 1)
        {
            throw new InvalidOperationException($"Batching.{nameof(MaxBatchSize)} must be at least 1 (was {MaxBatchSize}).");
        }
    }
}
