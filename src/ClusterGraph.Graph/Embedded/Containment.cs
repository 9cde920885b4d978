using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Where entities are: smallest containing region and bounding boxes.</summary>
internal static class Containment
{
    /// <summary>The deepest region among the entity's ancestors (ties by ID), or -1.</summary>
    public static int SmallestRegion(GraphSnapshot snapshot, int entity)
    {
        var ancestors = new HashSet<int>();
        snapshot.AddAncestors(entity, null, ancestors);
        int best = -1;
        foreach (int place in ancestors)
        {
            if (snapshot.Entities[place].Kind != EntityKind.Region || place == entity)
            {
                continue;
            }

            if (best < 0
                || snapshot.RegionDepth[place] > snapshot.RegionDepth[best]
                || (snapshot.RegionDepth[place] == snapshot.RegionDepth[best]
                    && string.CompareOrdinal(snapshot.Entities[place].Id, snapshot.Entities[best].Id) < 0))
            {
                best = place;
            }
        }

        return best;
    }

    /// <summary>The box around the place's own location and every located entity within it, or null.</summary>
    public static BoundingBox? BoundsOf(GraphSnapshot snapshot, int place)
    {
        if (place < 0 || !snapshot.IsPlace(place))
        {
            return null;
        }

        double west = double.MaxValue, south = double.MaxValue, east = double.MinValue, north = double.MinValue;
        bool any = false;
        foreach (int e in EntityLister.WithinSet(snapshot, [snapshot.Entities[place].Id], null).Append(place))
        {
            if (snapshot.Entities[e].Location is GeoPoint point)
            {
                any = true;
                west = Math.Min(west, point.Lon);
                east = Math.Max(east, point.Lon);
                south = Math.Min(south, point.Lat);
                north = Math.Max(north, point.Lat);
            }
        }

        return any ? new BoundingBox(west, south, east, north) : null;
    }
}
