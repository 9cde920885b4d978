namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>The operation types a transport allows for one request.</summary>
[Flags]
public enum GraphQLOperationKinds
{
    /// <summary>No operation at all.</summary>
    None = 0,

    /// <summary><c>query</c> operations.</summary>
    Query = 1,

    /// <summary><c>mutation</c> operations.</summary>
    Mutation = 2,

    /// <summary><c>subscription</c> operations.</summary>
    Subscription = 4,

    /// <summary>Every operation type.</summary>
    All = Query | Mutation | Subscription,
}
