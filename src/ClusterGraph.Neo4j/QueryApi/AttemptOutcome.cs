namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>What one HTTP attempt produced: a result, or a failure with the server's Retry-After if it sent one.</summary>
internal sealed record AttemptOutcome(Neo4jResult? Result, Neo4jException? Failure, TimeSpan? RetryAfter);
