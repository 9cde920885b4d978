using ClusterGraph.GraphQL.AspNetCore.Engine;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// <see cref="IGraphQLRequestExecutor"/> over the ClusterGraph engine: parse and validate (with
/// <see cref="Create"/>: the engine's cached validation and limit rules), the transport's operation-type
/// and introspection switches, then <see cref="Executor"/>. Parse, validation and variable-coercion
/// failures become request errors (no <c>data</c>); everything else is an executed result. Subscription
/// operations run through the engine's subscribe and stream their results.
/// </summary>
public sealed class GraphQLEngineRequestExecutor : IGraphQLRequestExecutor
{
    private readonly Executor _executor;
    private readonly Func<GraphQLExecutionRequest, (DocumentNode? Document, IReadOnlyList<GraphQLError> Errors)> _prepare;

    /// <summary>
    /// Creates the adapter from an executor and a validator of your own; without <paramref name="validator"/>
    /// documents run unvalidated, as graphql-js's bare <c>execute</c> does. Prefer <see cref="Create"/>.
    /// </summary>
    public GraphQLEngineRequestExecutor(Executor executor, GraphQLDocumentValidator? validator = null, ParserOptions? parserOptions = null)
    {
        _executor = executor;
        _prepare = request =>
        {
            DocumentNode document;
            try
            {
                document = Parser.Parse(request.Query, parserOptions);
            }
            catch (GraphQLSyntaxException e)
            {
                return (null, [new GraphQLError(e.Message, [new ErrorLocation(e.Line, e.Column)])]);
            }

            return (document, validator?.Invoke(document, request) ?? []);
        };
    }

    private GraphQLEngineRequestExecutor(Executor executor, ValidatedDocumentCache withSuggestions, ValidatedDocumentCache withoutSuggestions)
    {
        _executor = executor;
        _prepare = request =>
        {
            ValidatedDocument validated = (request.IncludeSuggestions ? withSuggestions : withoutSuggestions).GetOrValidate(request.Query);
            return (validated.Document, validated.Errors);
        };
    }

    /// <summary>
    /// The adapter the host should use: the engine's validator with its limit rules (depth, aliases,
    /// directives, fragment visits, cost, token count) applied to every operation type, subscriptions
    /// included, and parsed-and-validated documents cached by hash. Suggestions follow the caller's switch.
    /// </summary>
    public static GraphQLEngineRequestExecutor Create(
        Schema schema,
        ExecutionOptions? executionOptions = null,
        ValidationOptions? validationOptions = null,
        int documentCacheCapacity = 1_000)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ValidationOptions options = validationOptions ?? ValidationOptions.Default;
        return new GraphQLEngineRequestExecutor(
            new Executor(schema, executionOptions),
            new ValidatedDocumentCache(schema, WithSuggestions(options, true), documentCacheCapacity),
            new ValidatedDocumentCache(schema, WithSuggestions(options, false), documentCacheCapacity));
    }

    /// <inheritdoc />
    public async ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        (DocumentNode? prepared, IReadOnlyList<GraphQLError> invalid) = _prepare(request);
        if (prepared is null || invalid.Count > 0)
        {
            return GraphQLExecutionOutcome.RequestError(Map(invalid.Count > 0 ? invalid : [new GraphQLError("The document could not be parsed.")]));
        }

        DocumentNode document = prepared;
        OperationDefinitionNode? operation = SelectOperation(document, request.OperationName);
        if (operation is not null && (request.AllowedOperations & KindOf(operation.Operation)) == 0)
        {
            return GraphQLExecutionOutcome.OperationNotAllowed(operation.Operation.ToString().ToLowerInvariant());
        }

        if (!request.AllowIntrospection && operation is not null && IntrospectionFinder.Find(document, operation) is { } introspection)
        {
            return GraphQLExecutionOutcome.RequestError(new GraphQLResponseError("GraphQL introspection is not allowed for this caller.")
            {
                Locations = introspection.Location is { } at ? [new(at.Line, at.Column)] : null,
                Extensions = new Dictionary<string, object?> { ["code"] = "INTROSPECTION_DISABLED" },
            });
        }

        if (operation?.Operation == OperationType.Subscription)
        {
            return await SubscribeAsync(document, request, cancellationToken).ConfigureAwait(false);
        }

        ExecutionResult result = await _executor.ExecuteAsync(new ExecutionRequest
        {
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? ExecutionRequest.VariablesFromJson(variables) : null,
            UserContext = request.HttpContext,
            Services = request.HttpContext.RequestServices,
        }, cancellationToken).ConfigureAwait(false);

        if (!result.HasData)
        {
            IReadOnlyList<GraphQLError> errors = result.Errors is { Count: > 0 } e ? e : [new GraphQLError("The request could not be executed.")];
            return GraphQLExecutionOutcome.RequestError(Map(errors));
        }

        return GraphQLExecutionOutcome.Executed(new GraphQLResult
        {
            Data = result.Data,
            Errors = result.Errors is { } fieldErrors ? Map(fieldErrors) : [],
            Extensions = result.Extensions,
        });
    }

    /// <summary>
    /// Starts the subscription. A subscription that cannot start (bad variables, unknown operation, a
    /// resolver that fails before its stream exists) answers at once with a single error result: that
    /// becomes a request error; otherwise the results stream as events.
    /// </summary>
    private async ValueTask<GraphQLExecutionOutcome> SubscribeAsync(DocumentNode document, GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        IAsyncEnumerator<ExecutionResult> results = _executor.SubscribeAsync(new ExecutionRequest
        {
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? ExecutionRequest.VariablesFromJson(variables) : null,
            UserContext = request.HttpContext,
            Services = request.HttpContext.RequestServices,
        }, cancellationToken).GetAsyncEnumerator(cancellationToken);

        Task<bool> first = results.MoveNextAsync().AsTask();
        if (first.IsCompleted && (!await first.ConfigureAwait(false) || !results.Current.HasData))
        {
            IReadOnlyList<GraphQLError> errors = results.Current?.Errors is { Count: > 0 } e ? e : [new GraphQLError("The subscription could not start.")];
            await results.DisposeAsync().ConfigureAwait(false);
            return GraphQLExecutionOutcome.RequestError(Map(errors));
        }

        return GraphQLExecutionOutcome.Subscription(Stream(results, first));
    }

    private static async IAsyncEnumerable<GraphQLResult> Stream(IAsyncEnumerator<ExecutionResult> results, Task<bool> first)
    {
        await using (results.ConfigureAwait(false))
        {
            bool more = await first.ConfigureAwait(false);
            while (more)
            {
                ExecutionResult result = results.Current;
                yield return new GraphQLResult
                {
                    Data = result.Data,
                    Errors = result.Errors is { } errors ? Map(errors) : [],
                    Extensions = result.Extensions,
                };
                more = await results.MoveNextAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The operation the executor will run, found the same way (null: it will report why).</summary>
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? selected = null;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return selected;
    }

    private static ValidationOptions WithSuggestions(ValidationOptions o, bool include) => new()
    {
        MaxErrors = o.MaxErrors,
        IncludeSuggestions = include && o.IncludeSuggestions,
        EnableLimits = o.EnableLimits,
        MaxDepth = o.MaxDepth,
        MaxIntrospectionOfTypeDepth = o.MaxIntrospectionOfTypeDepth,
        MaxAliases = o.MaxAliases,
        MaxDirectives = o.MaxDirectives,
        MaxTokens = o.MaxTokens,
        MaxFragmentVisits = o.MaxFragmentVisits,
        MaxOverlapComparisons = o.MaxOverlapComparisons,
        MaxCost = o.MaxCost,
        DefaultListSize = o.DefaultListSize,
    };

    private static GraphQLOperationKinds KindOf(OperationType operation) => operation switch
    {
        OperationType.Mutation => GraphQLOperationKinds.Mutation,
        OperationType.Subscription => GraphQLOperationKinds.Subscription,
        _ => GraphQLOperationKinds.Query,
    };

    /// <summary>
    /// The exception behind an unexpected resolver failure (the engine codes those INTERNAL_SERVER_ERROR),
    /// which the transport masks outside Development too. A GraphQLError a resolver throws on purpose
    /// carries a message meant for the client and is never masked.
    /// </summary>
    private static Exception? UnexpectedException(GraphQLError error) =>
        error.InnerException is { } inner and not GraphQLError
        && error.Extensions?.TryGetValue("code", out object? code) == true
        && code as string == ExecutionOptions.InternalErrorCode
            ? inner
            : null;

    private static GraphQLResponseError[] Map(IReadOnlyList<GraphQLError> errors)
    {
        var mapped = new GraphQLResponseError[errors.Count];
        for (int i = 0; i < errors.Count; i++)
        {
            GraphQLError error = errors[i];
            mapped[i] = new GraphQLResponseError(error.Message)
            {
                Locations = error.Locations.Select(l => new GraphQLResponseErrorLocation(l.Line, l.Column)).ToArray(),
                Path = error.Path,
                Extensions = error.Extensions,

                Exception = UnexpectedException(error),
            };
        }

        return mapped;
    }
}
