using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClusterGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>A real Kestrel on 127.0.0.1, port chosen by the OS, serving MapGraphQL; stopped on dispose.</summary>
internal sealed class GraphQLTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Endpoint = new Uri(baseAddress, "/graphql");
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; }

    /// <summary>http://127.0.0.1:port/graphql</summary>
    public Uri Endpoint { get; }

    public HttpClient Client { get; }

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLHttpOptions>? configure = null,
        IGraphQLRequestExecutor? executor = null,
        string environment = "Production",
        IPersistedDocumentStore? store = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLHttp(configure);
        builder.Services.AddSingleton(executor ?? new TinySchemaExecutor());
        if (store is not null)
        {
            builder.Services.AddSingleton(store);
        }

        WebApplication app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphQLTestServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>POSTs <paramref name="json"/> as application/json with the given Accept header (none when null).</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string json, string? accept = "application/graphql-response+json", Action<HttpRequestMessage>? edit = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        edit?.Invoke(request);
        return Client.SendAsync(request);
    }

    /// <summary>GETs the endpoint with <paramref name="queryString"/> (already encoded, without '?').</summary>
    public Task<HttpResponseMessage> GetAsync(string queryString, string? accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Endpoint + "?" + queryString));
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
