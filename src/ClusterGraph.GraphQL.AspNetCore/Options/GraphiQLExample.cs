namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>A GraphiQL tab preloaded with a query (and its variables, as JSON text).</summary>
public sealed record GraphiQLExample(string Query, string? Variables = null);
