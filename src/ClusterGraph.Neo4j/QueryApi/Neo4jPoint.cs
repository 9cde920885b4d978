using System.Globalization;

namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>A Cypher POINT: its coordinate reference system (SRID) and 2 or 3 coordinates.</summary>
/// <param name="Srid">4326 (WGS-84), 4979 (WGS-84 3D), 7203 (Cartesian), 9157 (Cartesian 3D).</param>
/// <param name="X">x, or longitude for WGS-84.</param>
/// <param name="Y">y, or latitude for WGS-84.</param>
/// <param name="Z">z or height, for 3D points.</param>
public readonly record struct Neo4jPoint(int Srid, double X, double Y, double? Z)
{
    /// <summary>Parses the Query API's extended WKT: <c>SRID=7203;POINT (1.2 3.4)</c> or <c>SRID=4979;POINT Z (1 2 3)</c>; null when malformed.</summary>
    public static Neo4jPoint? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string SridPrefix = "SRID=";
        int semicolon = text.IndexOf(';', StringComparison.Ordinal);
        if (!text.StartsWith(SridPrefix, StringComparison.Ordinal) || semicolon < 0 ||
            !int.TryParse(text.AsSpan(SridPrefix.Length, semicolon - SridPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int srid))
        {
            return null;
        }

        ReadOnlySpan<char> wkt = text.AsSpan(semicolon + 1).Trim();
        if (!wkt.StartsWith("POINT", StringComparison.Ordinal))
        {
            return null;
        }

        wkt = wkt["POINT".Length..].TrimStart();
        bool declaredZ = wkt.StartsWith("Z", StringComparison.Ordinal);
        if (declaredZ)
        {
            wkt = wkt[1..].TrimStart();
        }

        if (wkt.Length < 2 || wkt[0] != '(' || wkt[^1] != ')')
        {
            return null;
        }

        Span<Range> parts = stackalloc Range[4];
        ReadOnlySpan<char> inner = wkt[1..^1].Trim();
        int count = inner.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count is < 2 or > 3 || (declaredZ && count != 3))
        {
            return null;
        }

        var coordinates = new double[count];
        for (int i = 0; i < count; i++)
        {
            if (!double.TryParse(inner[parts[i]], NumberStyles.Float, CultureInfo.InvariantCulture, out coordinates[i]))
            {
                return null;
            }
        }

        return new Neo4jPoint(srid, coordinates[0], coordinates[1], count == 3 ? coordinates[2] : null);
    }
}
