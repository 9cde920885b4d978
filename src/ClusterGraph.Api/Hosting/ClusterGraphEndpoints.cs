using ClusterGraph.GraphQL.AspNetCore;

namespace ClusterGraph.Api.Hosting;

/// <summary>Maps the product's endpoints.</summary>
public static class ClusterGraphEndpoints
{
    public static WebApplication MapClusterGraph(this WebApplication app)
    {
        app.UseAuthentication();
        app.MapGraphQL("/graphql");
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }
}
