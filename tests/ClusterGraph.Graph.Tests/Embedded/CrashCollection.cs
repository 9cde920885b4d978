namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>Tests that kill processes run alone: they need the CPU to hit their kill points at random, not all at the end.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "Embedded store crash tests";
}
