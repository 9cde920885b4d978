using System.Globalization;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// One structured log line per <c>/graphql</c> request: request id, operation name(s), document hash(es),
/// status, duration and cost. Never variables, the document text or the query string: values a client
/// sends stay out of the log.
/// </summary>
internal static partial class RequestLog
{
    public static void Finished(ILogger log, HttpContext context, GraphQLRequestRecord record, TimeSpan elapsed)
    {
        if (!log.IsEnabled(LogLevel.Information))
        {
            return;
        }

        IReadOnlyList<OperationRecord> operations = record.Operations;
        string names = operations.Count == 0 ? RequestMetrics.NoOperation
            : string.Join(',', operations.Select(o => o.OperationName ?? RequestMetrics.AnonymousOperation));
        string? hashes = operations.Count == 0 ? null : string.Join(',', operations.Select(o => o.DocumentHash));
        double? cost = operations.Any(o => o.Cost is not null) ? operations.Sum(o => o.Cost ?? 0) : null;
        GraphQLRequest(
            log,
            context.TraceIdentifier,
            context.Request.Method,
            names,
            hashes,
            context.Response.StatusCode,
            Math.Round(elapsed.TotalMilliseconds, 3),
            cost?.ToString("0.##", CultureInfo.InvariantCulture));
    }

    [LoggerMessage(EventId = 10, EventName = "GraphQLRequest", Level = LogLevel.Information,
        Message = "GraphQL request {RequestId} {Method} operation {OperationName} document {DocumentHash} answered {StatusCode} in {ElapsedMs} ms (cost {Cost})")]
    private static partial void GraphQLRequest(
        ILogger logger, string requestId, string method, string operationName, string? documentHash, int statusCode, double elapsedMs, string? cost);
}
