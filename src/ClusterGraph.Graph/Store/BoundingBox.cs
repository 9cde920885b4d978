namespace ClusterGraph.Graph.Store;

/// <summary>
/// A longitude/latitude box in degrees. When <see cref="West"/> is greater than <see cref="East"/> the
/// box crosses the antimeridian (it spans west..180 and -180..east).
/// </summary>
/// <param name="West">Western longitude.</param>
/// <param name="South">Southern latitude.</param>
/// <param name="East">Eastern longitude.</param>
/// <param name="North">Northern latitude.</param>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    /// <summary>True when the point lies inside the box, edges included.</summary>
    public bool Contains(double lat, double lon)
    {
        if (lat < South || lat > North)
        {
            return false;
        }

        return West <= East ? lon >= West && lon <= East : lon >= West || lon <= East;
    }
}
