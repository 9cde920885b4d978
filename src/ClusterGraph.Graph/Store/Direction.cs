namespace ClusterGraph.Graph.Store;

/// <summary>Which way a relation is followed; mirrors the contract's <c>Direction</c> enum.</summary>
public enum Direction
{
    /// <summary>From the relation's <c>from</c> end to its <c>to</c> end.</summary>
    Out,

    /// <summary>Against the relation: from its <c>to</c> end to its <c>from</c> end.</summary>
    In,

    /// <summary>Either way.</summary>
    Both,
}
