namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Counters of one <see cref="ResponseCache"/> since it was created (thread-safe reads).</summary>
public sealed class ResponseCacheStatistics
{
    private long _memoryHits;
    private long _redisHits;
    private long _joined;
    private long _executions;
    private long _bypassed;
    private long _stored;

    /// <summary>Answers served from the in-process cache.</summary>
    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    /// <summary>Answers served from Redis.</summary>
    public long RedisHits => Interlocked.Read(ref _redisHits);

    /// <summary>Requests that waited for an identical request already being computed (single-flight), counted when they start waiting.</summary>
    public long Joined => Interlocked.Read(ref _joined);

    /// <summary>Cacheable requests the inner executor ran (misses).</summary>
    public long Executions => Interlocked.Read(ref _executions);

    /// <summary>Requests passed straight to the inner executor: mutations, subscriptions, unparsable documents.</summary>
    public long Bypassed => Interlocked.Read(ref _bypassed);

    /// <summary>Answers stored after a miss.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    internal void CountMemoryHit() => Interlocked.Increment(ref _memoryHits);

    internal void CountRedisHit() => Interlocked.Increment(ref _redisHits);

    internal void CountJoined() => Interlocked.Increment(ref _joined);

    internal void CountExecution() => Interlocked.Increment(ref _executions);

    internal void CountBypassed() => Interlocked.Increment(ref _bypassed);

    internal void CountStored() => Interlocked.Increment(ref _stored);
}
