namespace ClusterGraph.Redis.Tests.Infrastructure;

/// <summary>One server shared by the tests that never stop it.</summary>
public sealed class SharedRedisServer : IDisposable
{
    public RedisServer Server { get; } = RedisServer.Start();

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SharedRedisCollection : ICollectionFixture<SharedRedisServer>
{
    public const string Name = "shared redis-server";
}

/// <summary>Tests that kill, stop or restart servers: never in parallel with anything else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerFaultCollection
{
    public const string Name = "redis-server faults";
}
