using ClusterGraph.GraphQL.AspNetCore.GraphiQL;
using ClusterGraph.GraphQL.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="path"/>: POST and GET (queries only) per the GraphQL-over-HTTP
    /// spec, Server-Sent Events for subscriptions, and GraphiQL when a browser asks for HTML. Needs an
    /// <see cref="IGraphQLRequestExecutor"/> in the services; options come from
    /// <see cref="GraphQLServiceCollectionExtensions.AddGraphQLHttp"/> and are validated here, at start.
    /// </summary>
    /// <returns>The route group, for conventions such as authorization or rate limiting.</returns>
    public static RouteGroupBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        IServiceProvider services = endpoints.ServiceProvider;
        GraphQLHttpOptions options = services.GetService<IOptions<GraphQLHttpOptions>>()?.Value ?? new GraphQLHttpOptions();
        options.Validate();

        bool maskErrors = options.MaskErrors ?? services.GetService<IHostEnvironment>()?.IsDevelopment() != true;
        IPersistedDocumentStore store = services.GetService<IPersistedDocumentStore>() ?? new InMemoryPersistedDocumentStore();
        ILogger logger = services.GetService<ILoggerFactory>()?.CreateLogger("ClusterGraph.GraphQL.AspNetCore") ?? NullLogger.Instance;
        IHostApplicationLifetime? lifetime = services.GetService<IHostApplicationLifetime>();
        var handler = new GraphQLHttpHandler(options, maskErrors, store, logger, lifetime?.ApplicationStopping ?? CancellationToken.None);
        lifetime?.ApplicationStopped.Register(handler.Dispose);

        RouteGroupBuilder group = endpoints.MapGroup(path);
        group.Map(string.Empty, handler.HandleAsync).WithDisplayName($"GraphQL {path}");
        if (options.GraphiQL.Enabled)
        {
            group.MapGet("graphiql/{asset}", ServeAsset).WithDisplayName($"GraphiQL assets {path}");
        }

        return group;
    }

    private static async Task ServeAsset(HttpContext context, string asset)
    {
        if (!GraphiQLAssets.TryGet(asset, out byte[] content, out string contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = content.Length;
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        await context.Response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
    }
}
