using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests.Hardening;

/// <summary>
/// A host of its own for the malicious-input suite (the real API on Kestrel at 127.0.0.1, port from the OS).
/// Its collection runs with parallelization off, so xunit runs it after the parallel collections and
/// alone: the managed-heap figures of <see cref="MaliciousInputTests"/> are then this host's, not the sum
/// of every test running beside it.
/// </summary>
public sealed class HardeningApi : ApiHost;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HardeningApiCollection : ICollectionFixture<HardeningApi>
{
    public const string Name = "hardening (malicious input, alone)";
}
