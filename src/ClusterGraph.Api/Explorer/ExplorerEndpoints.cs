namespace ClusterGraph.Api.Explorer;

/// <summary>What people open in a browser: the landing page, the map and the exports.</summary>
public static class ExplorerEndpoints
{
    /// <summary>Maps <c>/</c> (landing page), <c>/map</c> and <c>/export/{format}</c>.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        LandingPage.Map(app);
        ExportEndpoints.Map(app);
        MapPage.Map(app);
        return app;
    }
}
