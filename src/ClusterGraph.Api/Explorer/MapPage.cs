using System.Reflection;

namespace ClusterGraph.Api.Explorer;

/// <summary>
/// <c>/map</c>: a small example client of the public GraphQL API (Explorer/Map/map.js): entities from
/// <c>clusterMap</c> as SVG points on Korea's outline, relations as lines on demand, filters, search and
/// a side panel with evidence. The page, its script and the outline are embedded in the assembly, so the
/// map works offline with no files to deploy.
/// </summary>
internal static class MapPage
{
    private static readonly (string Path, string Resource, string ContentType)[] s_assets =
    [
        ("/map", "explorer/map.html", "text/html; charset=utf-8"),
        ("/map/map.js", "explorer/map.js", "text/javascript; charset=utf-8"),
        ("/map/korea.geojson", "explorer/korea.geojson", "application/geo+json"),
    ];

    public static void Map(WebApplication app)
    {
        foreach ((string path, string resource, string contentType) in s_assets)
        {
            byte[] content = Read(resource);
            app.MapGet(path, () => Results.Bytes(content, contentType));
        }
    }

    private static byte[] Read(string resource)
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The map asset '{resource}' is not embedded in the API assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
