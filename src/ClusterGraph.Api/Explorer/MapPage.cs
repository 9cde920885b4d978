namespace ClusterGraph.Api.Explorer;

/// <summary>
/// <c>/map</c>: a small example client of the public GraphQL API — entities from <c>clusterMap</c>
/// as SVG points (sized by degree, coloured by kind), a stage filter and a side panel with a clicked
/// entity's evidence. Served from strings in the assembly so the page works offline with no files to deploy.
/// </summary>
internal static class MapPage
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/map", () => Results.Content(MapPageAssets.Html, "text/html; charset=utf-8"));
        app.MapGet("/map/map.js", () => Results.Content(MapPageAssets.Script, "text/javascript; charset=utf-8"));
    }
}
