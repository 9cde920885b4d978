namespace ClusterGraph.Graph.Store;

/// <summary>A clusters request; mirrors the contract's <c>clusters</c> arguments.</summary>
/// <param name="IndustryId">Only this industry (null = every industry).</param>
/// <param name="RegionIds">Only these regions (null = every region below the country with at least one member).</param>
/// <param name="ByStage">One cluster per stage instead of per industry.</param>
/// <param name="MinStars">Only clusters with at least this many stars.</param>
/// <param name="First">Most clusters returned (1..<see cref="StoreLimits.MaxPageSize"/>).</param>
public sealed record ClusterQuery(
    string? IndustryId = null,
    IReadOnlyList<string>? RegionIds = null,
    bool ByStage = false,
    int MinStars = 0,
    int First = 20);
