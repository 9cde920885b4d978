using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>Registers what <c>MapGraphQL</c> needs besides the executor.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the endpoint's options and, unless one is registered already, the in-memory persisted-document
    /// store. The host registers its <see cref="IGraphQLRequestExecutor"/> itself.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        services.AddOptions<GraphQLHttpOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<IPersistedDocumentStore, InMemoryPersistedDocumentStore>();
        return services;
    }
}
