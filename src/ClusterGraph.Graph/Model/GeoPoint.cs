namespace ClusterGraph.Graph.Model;

/// <summary>
/// A WGS 84 point with the precision it locates its entity at. Curated coordinates are approximate
/// centroids (see seed/README.md); <see cref="Precision"/> says which centroid.
/// </summary>
/// <param name="Lat">Latitude in degrees, -90..90.</param>
/// <param name="Lon">Longitude in degrees, -180..180.</param>
/// <param name="Precision">Whether the point is a site, a complex centroid, a city centroid or a region centroid.</param>
public readonly record struct GeoPoint(double Lat, double Lon, LocationPrecision Precision)
{
    /// <summary>True when both coordinates are finite and within their ranges and the precision is a defined value.</summary>
    public bool IsValid =>
        double.IsFinite(Lat) && double.IsFinite(Lon)
        && Lat is >= -90 and <= 90
        && Lon is >= -180 and <= 180
        && Enum.IsDefined(Precision);
}
