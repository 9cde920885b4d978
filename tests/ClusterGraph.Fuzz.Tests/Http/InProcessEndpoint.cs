using System.Diagnostics;
using ClusterGraph.Fuzz.Tests.Validation;
using ClusterGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Fuzz.Tests.Http;

/// <summary>
/// The real MapGraphQL endpoint (routing, the transport's handler, the engine executor over the kitchen-sink
/// schema) as a request delegate, called in process with a DefaultHttpContext: no sockets, so thousands of
/// requests a second. Limits are set small (16 KiB body, 2 KiB query string) so the size refusals are
/// reached by ordinary inputs. Exceptions the handler logs are kept in <see cref="LoggedErrors"/>.
/// </summary>
internal sealed class InProcessEndpoint : IDisposable
{
    public const int MaxBodyBytes = 16 * 1024;
    public const int MaxQueryStringLength = 2 * 1024;

    private readonly ServiceProvider _services;
    private readonly RequestDelegate _pipeline;

    public InProcessEndpoint()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders().AddProvider(new CapturingLoggerProvider(LoggedErrors)));
        services.AddRouting();
        var diagnostics = new DiagnosticListener("ClusterGraph.Fuzz");
        services.AddSingleton(diagnostics);
        services.AddSingleton<DiagnosticSource>(diagnostics);
        services.AddGraphQLHttp(options =>
        {
            options.Limits.MaxRequestBodyBytes = MaxBodyBytes;
            options.Limits.MaxQueryStringLength = MaxQueryStringLength;
            options.Batching.Enabled = true;
            options.MaskErrors = false;
        });
        services.AddSingleton<IGraphQLRequestExecutor>(GraphQLEngineRequestExecutor.Create(FuzzSchemas.KitchenSink));
        _services = services.BuildServiceProvider();

        var app = new ApplicationBuilder(_services);
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapGraphQL());
        _pipeline = app.Build();
    }

    /// <summary>Messages and exceptions logged at Error or above since the last <see cref="List{T}.Clear"/>.</summary>
    public List<string> LoggedErrors { get; } = [];

    public (int Status, string? ContentType, byte[] Body) Send(HttpInput input)
    {
        using IServiceScope scope = _services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        HttpRequest request = context.Request;
        request.Method = input.Method;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1");
        request.Path = "/graphql";
        request.QueryString = new QueryString(input.QueryString);
        foreach ((string name, string value) in input.Headers)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                request.ContentLength = long.TryParse(value, out long declared) && declared >= 0 ? declared : null;
                continue;
            }

            request.Headers.Append(name, value);
        }

        request.ContentLength ??= input.Body.Length;
        using var body = new MemoryStream(input.Body, writable: false);
        using var response = new MemoryStream();
        request.Body = body;
        context.Response.Body = response;
        _pipeline(context).GetAwaiter().GetResult();
        context.Response.CompleteAsync().GetAwaiter().GetResult();
        return (context.Response.StatusCode, context.Response.ContentType, response.ToArray());
    }

    public void Dispose() => _services.Dispose();

    private sealed class CapturingLoggerProvider(List<string> errors) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(errors);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(List<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Add(formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception));
            }
        }
    }
}
