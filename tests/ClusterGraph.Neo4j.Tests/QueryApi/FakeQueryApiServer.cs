using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Neo4j.Tests.QueryApi;

/// <summary>What the fake server answers to one request.</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">JSON body, or null for none.</param>
/// <param name="RetryAfterSeconds">A Retry-After header, when set.</param>
/// <param name="Hang">Never answer (until the client gives up).</param>
/// <param name="Abort">Drop the connection without answering.</param>
internal sealed record FakeReply(int Status, string? Body, int? RetryAfterSeconds = null, bool Hang = false, bool Abort = false)
{
    public static FakeReply Json(int status, string body, int? retryAfterSeconds = null) => new(status, body, retryAfterSeconds);
}

/// <summary>One request as the fake server saw it.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// A stand-in for Neo4j's Query API on 127.0.0.1: records every request and answers from a script of
/// replies (documented response bodies). Past the end of the script it answers 500.
/// </summary>
internal sealed class FakeQueryApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _replies = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeQueryApiServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeQueryApiServer> StartAsync(params FakeReply[] replies)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var server = new FakeQueryApiServer(app);
        foreach (FakeReply reply in replies)
        {
            server._replies.Enqueue(reply);
        }

        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body));

        FakeReply reply = _replies.TryDequeue(out FakeReply? next) ? next : new FakeReply(500, null);
        if (reply.Abort)
        {
            context.Abort();
            return;
        }

        if (reply.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, which is what the test waits for.
            }

            return;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/vnd.neo4j.query";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
