using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation.Limits;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// A document as the cache keeps it: parsed (unless it had a syntax error) and validated, with its
/// errors, and the cost of each operation (computed on first request, for valid documents only).
/// </summary>
public sealed class ValidatedDocument
{
    private readonly Schema _schema;
    private readonly ValidationOptions _options;
    private IReadOnlyList<OperationCost>? _costs;
    private string? _hash;

    internal ValidatedDocument(string text, DocumentNode? document, IReadOnlyList<GraphQLError> errors, Schema schema, ValidationOptions options)
    {
        Text = text;
        Document = document;
        Errors = errors;
        _schema = schema;
        _options = options;
    }

    /// <summary>The document text (the cache's key).</summary>
    public string Text { get; }

    /// <summary>SHA-256 of the document text (<see cref="ValidatedDocumentCache.HashOf"/>), computed on first use.</summary>
    public string Hash => _hash ??= ValidatedDocumentCache.HashOf(Text);

    /// <summary>The parsed document; null when it did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax error or the validation errors; empty when the document may be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool IsValid => Document is not null && Errors.Count == 0;

    /// <summary>The cost of every operation, in document order (empty for an invalid document); for cost reporting.</summary>
    public IReadOnlyList<OperationCost> Costs =>
        _costs ??= IsValid ? CostAnalyzer.Compute(_schema, Document!, _options) : [];

    /// <summary>The cost of the named operation (or the only one when <paramref name="operationName"/> is null).</summary>
    public double? CostOf(string? operationName)
    {
        IReadOnlyList<OperationCost> costs = Costs;
        if (operationName is null)
        {
            return costs.Count == 1 ? costs[0].Cost : null;
        }

        foreach (OperationCost cost in costs)
        {
            if (cost.OperationName == operationName)
            {
                return cost.Cost;
            }
        }

        return null;
    }
}
