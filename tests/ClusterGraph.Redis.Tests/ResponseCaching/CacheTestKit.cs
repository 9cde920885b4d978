using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

/// <summary>
/// An inner executor that counts its executions and answers with data that shows which execution
/// produced it. A document mentioning <c>boom</c> answers with a field error; <see cref="Gate"/>, when
/// set, holds every execution until it is completed.
/// </summary>
internal sealed class CountingExecutor : IGraphQLRequestExecutor
{
    private int _executions;

    public int Executions => Volatile.Read(ref _executions);

    public TaskCompletionSource? Gate { get; set; }

    public string? LastQuery { get; private set; }

    public async ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        int execution = Interlocked.Increment(ref _executions);
        LastQuery = request.Query;
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        object? variable = request.Variables is { ValueKind: JsonValueKind.Object } variables && variables.TryGetProperty("i", out JsonElement i) ? i : null;
        var data = new Dictionary<string, object?>
        {
            ["execution"] = execution,
            ["i"] = variable,
            ["name"] = "울산 \"미포\" <국가산단> & co",
            ["ratio"] = 0.1,
            ["list"] = new object?[] { 1L, true, null, "x" },
        };
        if (request.Query.Contains("boom", StringComparison.Ordinal))
        {
            return GraphQLExecutionOutcome.Executed(new GraphQLResult
            {
                Data = data,
                Errors = [GraphQLResponseError.WithCode("boom failed", "BOOM")],
            });
        }

        return GraphQLExecutionOutcome.Executed(new GraphQLResult
        {
            Data = data,
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        });
    }
}

/// <summary>A data version the test sets by hand.</summary>
internal sealed class ManualVersionSource(string version = "1") : IDataVersionSource
{
    public string Version { get; set; } = version;

    public ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Version);
}

/// <summary>Keeps every log entry of every category.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public int Count(LogLevel level, string category) => Entries.Count(e => e.Level == level && e.Category == category);

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((category, logLevel, formatter(state, exception)));
    }
}

internal static class CacheRequests
{
    public static GraphQLExecutionRequest Create(
        string query,
        string? variablesJson = null,
        string? operationName = null,
        string? role = null,
        GraphQLOperationKinds allowed = GraphQLOperationKinds.All)
    {
        var context = new DefaultHttpContext();
        if (role is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
        }

        return new GraphQLExecutionRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement.Clone(),
            AllowedOperations = allowed,
            HttpContext = context,
        };
    }

    /// <summary>The outcome's result as JSON text (data and extensions), whatever shapes it holds.</summary>
    public static string ResultJson(GraphQLExecutionOutcome outcome)
    {
        Assert.Equal(GraphQLOutcomeKind.Executed, outcome.Kind);
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["data"] = outcome.Result!.Data,
            ["extensions"] = outcome.Result.Extensions,
        });
    }

    /// <summary>Which inner execution produced the outcome's data.</summary>
    public static int Execution(GraphQLExecutionOutcome outcome) =>
        JsonDocument.Parse(ResultJson(outcome)).RootElement.GetProperty("data").GetProperty("execution").GetInt32();

    public static ResponseCache InMemoryCache(IDataVersionSource versions, Action<ResponseCacheOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new ResponseCacheOptions();
        configure?.Invoke(options);
        return new ResponseCache(options, versions, redis: null, time: time);
    }
}
