namespace ClusterGraph.Api.Explorer;

/// <summary>What people open in a browser: the landing address (and, as they are added, the map and exports).</summary>
public static class ExplorerEndpoints
{
    /// <summary>Maps <c>/</c> to GraphiQL.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }
}
