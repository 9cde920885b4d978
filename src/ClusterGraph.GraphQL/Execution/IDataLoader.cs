namespace ClusterGraph.GraphQL.Execution;

/// <summary>A loader the scope can dispatch without knowing its key and value types.</summary>
internal interface IDataLoader
{
    /// <summary>Starts one batch call for the keys queued so far; false when none were queued.</summary>
    bool DispatchQueued();
}
