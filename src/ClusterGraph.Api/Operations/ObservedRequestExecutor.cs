using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Decorates the host's <see cref="IGraphQLRequestExecutor"/> (outermost, before the response cache): notes each
/// operation's name, document hash and static cost in the request's <see cref="GraphQLRequestRecord"/>, counts
/// validation rejections by rule, and makes the operation pay its cost from the caller's <see cref="CostBudgets"/>
/// before it runs. Documents are looked up in a cache of their own (validated without suggestions: the rules
/// and the cost do not depend on them); the inner executor still answers with the caller's messages.
/// </summary>
internal sealed class ObservedRequestExecutor(
    IGraphQLRequestExecutor inner, ValidatedDocumentCache documents, RequestMetrics metrics, CostBudgets budgets) : IGraphQLRequestExecutor
{
    // The cache hands out one ValidatedDocument per document text, so its hash is computed once, not per request.
    private static readonly ConditionalWeakTable<ValidatedDocument, string> s_documentHashes = [];

    public ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidatedDocument document = documents.GetOrValidate(request.Query);
        HttpContext http = request.HttpContext;
        GraphQLRequestRecord record = GraphQLRequestRecord.Of(http);
        double? cost = document.IsValid ? document.CostOf(request.OperationName) : null;
        string hash = s_documentHashes.GetValue(document, _ => Utf8Sha256(request.Query));
        record.Add(new OperationRecord(request.OperationName ?? SoleOperationName(document.Document), hash, cost));
        if (!document.IsValid)
        {
            metrics.RecordRejection(RulesOf(document));
            return inner.ExecuteAsync(request, cancellationToken);
        }

        if (cost is { } price)
        {
            if (!budgets.TrySpend(CallerPartition.Of(http, out _), price, out TimeSpan? wait))
            {
                int seconds = RateLimitResponse.RetryAfterSeconds(wait);
                record.CostRefusalSeconds = seconds;
                metrics.RecordCostRefusal();
                return ValueTask.FromResult(GraphQLExecutionOutcome.RequestError(
                    GraphQLResponseError.WithCode(RateLimitResponse.Message(seconds), RateLimitResponse.Code)));
            }

            metrics.RecordCostSpent(price);
        }

        return inner.ExecuteAsync(request, cancellationToken);
    }

    /// <summary>The hash persisted queries use (SHA-256 of the UTF-8 text, lower-case hex), so log lines can be matched to them.</summary>
    public static string Utf8Sha256(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        int length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length <= 4096)
        {
            Span<byte> utf8 = stackalloc byte[length];
            SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], hash);
        }
        else
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        }

        return Convert.ToHexStringLower(hash);
    }

    private static SortedSet<string> RulesOf(ValidatedDocument document)
    {
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        if (document.Document is null)
        {
            rules.Add(RequestMetrics.SyntaxError);
            return rules;
        }

        foreach (GraphQLError error in document.Errors)
        {
            rules.Add(ValidationErrorRules.RuleOf(error) ?? "(unknown)");
        }

        return rules;
    }

    /// <summary>The name of the document's only operation (null when it is anonymous, or there is not exactly one).</summary>
    private static string? SoleOperationName(DocumentNode? document)
    {
        string? name = null;
        int operations = 0;
        foreach (DefinitionNode definition in document?.Definitions ?? [])
        {
            if (definition is OperationDefinitionNode operation)
            {
                operations++;
                name = operation.Name?.Value;
            }
        }

        return operations == 1 ? name : null;
    }
}
