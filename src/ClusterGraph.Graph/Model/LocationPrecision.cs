namespace ClusterGraph.Graph.Model;

/// <summary>How exactly a point locates its entity; mirrors the contract's <c>LocationPrecision</c> enum.</summary>
public enum LocationPrecision
{
    /// <summary>A surveyed address or site.</summary>
    Site,

    /// <summary>The centroid of the industrial complex the entity sits in.</summary>
    Complex,

    /// <summary>The centroid of the city, county or district.</summary>
    City,

    /// <summary>The centroid of the province or metropolitan city.</summary>
    Region,
}
