namespace ClusterGraph.Graph.Model;

/// <summary>Administrative level of a region; mirrors the contract's <c>RegionLevel</c> enum.</summary>
public enum RegionLevel
{
    /// <summary>A country (e.g. Korea), holder of national figures.</summary>
    Country,

    /// <summary>A province (도), e.g. Gyeongsangbuk-do.</summary>
    Province,

    /// <summary>A metropolitan city (광역시), e.g. Incheon, Daejeon.</summary>
    MetropolitanCity,

    /// <summary>A city (시) inside a province, e.g. Gumi.</summary>
    City,

    /// <summary>A county (군).</summary>
    County,

    /// <summary>An autonomous district (구).</summary>
    District,

    /// <summary>A planned zone or new town that is not an administrative unit, e.g. Songdo.</summary>
    Zone,
}
