using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// A GeoJSON polygon (exterior ring, then holes) in lon/lat, with the two questions the outline test asks:
/// is a point inside (even-odd ray casting), and how far is it from the nearest edge (flat-earth
/// kilometres, fine at Korea's scale).
/// </summary>
internal sealed class Polygon(List<(double Lon, double Lat)[]> rings)
{
    private const double KmPerDegree = 111.195;

    public static Polygon From(JsonArray rings) =>
        new([.. rings.Select(ring => Json.Arr(ring).Select(p => ((double)p![0]!, (double)p[1]!)).ToArray())]);

    public bool Contains(double lon, double lat) =>
        InRing(rings[0], lon, lat) && !rings.Skip(1).Any(hole => InRing(hole, lon, lat));

    public double DistanceKm(double lon, double lat)
    {
        double k = Math.Cos(lat * Math.PI / 180);
        double best = double.MaxValue;
        foreach ((double Lon, double Lat)[] ring in rings)
        {
            for (int i = 1; i < ring.Length; i++)
            {
                // Segment a→b relative to the point, x scaled by cos(latitude) so both axes are in degrees of arc.
                double ax = (ring[i - 1].Lon - lon) * k, ay = ring[i - 1].Lat - lat;
                double bx = (ring[i].Lon - lon) * k, by = ring[i].Lat - lat;
                double dx = bx - ax, dy = by - ay;
                double length = (dx * dx) + (dy * dy);
                double t = length == 0 ? 0 : Math.Clamp(-((ax * dx) + (ay * dy)) / length, 0, 1);
                best = Math.Min(best, Math.Sqrt(Math.Pow(ax + (t * dx), 2) + Math.Pow(ay + (t * dy), 2)));
            }
        }

        return best * KmPerDegree;
    }

    // A ray from the point towards +lon crosses the ring an odd number of times iff the point is inside.
    private static bool InRing((double Lon, double Lat)[] ring, double lon, double lat)
    {
        bool inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if ((ring[i].Lat > lat) != (ring[j].Lat > lat)
                && lon < ((ring[j].Lon - ring[i].Lon) * (lat - ring[i].Lat) / (ring[j].Lat - ring[i].Lat)) + ring[i].Lon)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
