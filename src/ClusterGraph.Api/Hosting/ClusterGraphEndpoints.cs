using ClusterGraph.Api.Explorer;
using ClusterGraph.Api.Operations;
using ClusterGraph.GraphQL.AspNetCore;

namespace ClusterGraph.Api.Hosting;

/// <summary>Maps the product's endpoints.</summary>
public static class ClusterGraphEndpoints
{
    public static WebApplication MapClusterGraph(this WebApplication app)
    {
        app.UseAuthentication();
        app.MapOperations();
        app.MapGraphQL("/graphql");
        app.MapExplorer();
        return app;
    }
}
