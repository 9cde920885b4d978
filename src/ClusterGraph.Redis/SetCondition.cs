namespace ClusterGraph.Redis;

/// <summary>When <see cref="RedisClient.SetAsync(string, ReadOnlyMemory{byte}, TimeSpan?, SetCondition, CancellationToken)"/> writes.</summary>
public enum SetCondition
{
    /// <summary>Always (plain SET).</summary>
    Always,

    /// <summary>Only when the key does not exist (NX).</summary>
    IfNotExists,

    /// <summary>Only when the key exists (XX).</summary>
    IfExists,
}
