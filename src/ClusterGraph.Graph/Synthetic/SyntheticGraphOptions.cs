namespace ClusterGraph.Graph.Synthetic;

/// <summary>
/// How big a synthetic graph to grow and from which seed. The same options always give the same
/// graph (same IDs, names, coordinates and relations, in the same order).
/// </summary>
/// <param name="EntityCount">Total number of entities, at least <see cref="MinEntityCount"/>.</param>
/// <param name="Seed">Seed of the pseudo-random sequence.</param>
public sealed record SyntheticGraphOptions(int EntityCount, int Seed = 20261121)
{
    /// <summary>The smallest graph that still has every kind, a city in every province and companies in most complexes.</summary>
    public const int MinEntityCount = 500;

    /// <summary>The largest graph the generator grows (IDs and counters are sized for it).</summary>
    public const int MaxEntityCount = 20_000_000;

    /// <summary>Share of companies sited in an industrial complex (the rest sit in a city).</summary>
    public double CompaniesInComplexShare { get; init; } = 0.75;

    /// <summary>Share of companies in a complex that work in the complex's own industry (clustering).</summary>
    public double ComplexIndustryAffinity { get; init; } = 0.8;

    /// <summary>Tail exponent of the number of customers a company supplies; smaller means a heavier tail.</summary>
    public double SupplyTailExponent { get; init; } = 1.6;
}
