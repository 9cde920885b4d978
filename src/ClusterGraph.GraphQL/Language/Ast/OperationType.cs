namespace ClusterGraph.GraphQL.Language;

/// <summary>The three operation types of GraphQL.</summary>
public enum OperationType
{
    /// <summary>A read-only fetch (`query`, or the `{ ... }` shorthand).</summary>
    Query,

    /// <summary>A write followed by a fetch (`mutation`).</summary>
    Mutation,

    /// <summary>A long-lived request that answers with a stream of events (`subscription`).</summary>
    Subscription,
}
