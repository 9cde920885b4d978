using System.Runtime.CompilerServices;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// Executes operations of a valid document against a schema
/// (https://spec.graphql.org/October2021/#sec-Execution). Like graphql-js's <c>execute</c>, it assumes
/// the document passed validation. Thread-safe: one executor serves every request.
/// </summary>
public sealed partial class Executor
{
    // The root fields of an operation without variables depend only on its document and this schema: they
    // are collected once and reused, together with the subfield and argument caches their groups carry,
    // by every later execution of the same document (e.g. one kept by ValidatedDocumentCache).
    private readonly ConditionalWeakTable<OperationDefinitionNode, RootFields> _rootFields = new();

    // The last entry used, checked before the table: a server repeating one document skips its lookup
    // (it keeps that one document alive until another replaces it).
    private RootFields? _lastRootFields;

    public Executor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    /// <summary>
    /// Executes the request. Request errors (no such operation, bad variables) give a result without
    /// data; field errors give partial data. Throws <see cref="OperationCanceledException"/> only when
    /// <paramref name="cancellationToken"/> is cancelled (a timeout gives an error result instead).
    /// </summary>
    public ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        (ExecutionState? state, ExecutionResult? failure, CancellationTokenSource? timeout) = Prepare(request, request.RootValue, cancellationToken);
        if (state is null)
        {
            timeout?.Dispose();
            return new ValueTask<ExecutionResult>(failure!);
        }

        // Resolvers start here: without the caller's synchronization context their continuations run
        // inline when a DataLoader batch completes, so each level's loads join one batch.
        SynchronizationContext? context = SynchronizationContext.Current;
        if (context is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        try
        {
            return Start(state, timeout, cancellationToken);
        }
        finally
        {
            if (context is not null)
            {
                SynchronizationContext.SetSynchronizationContext(context);
            }
        }
    }

    private ValueTask<ExecutionResult> Start(ExecutionState state, CancellationTokenSource? timeout, CancellationToken cancellationToken)
    {
        if (timeout is null)
        {
            ValueTask<object?> running = RunOperation(state);
            if (running.IsCompletedSuccessfully)
            {
                return new ValueTask<ExecutionResult>(BuildResult(state, running.Result));
            }

            return FinishAsync(state, running, null, cancellationToken);
        }

        return FinishAsync(state, RunOperation(state), timeout, cancellationToken);
    }

    /// <summary>Executes and waits (for tests and tools; servers use <see cref="ExecuteAsync"/>).</summary>
    public ExecutionResult Execute(ExecutionRequest request) => ExecuteAsync(request).AsTask().GetAwaiter().GetResult();

    private (ExecutionState? State, ExecutionResult? Failure, CancellationTokenSource? Timeout) Prepare(
        ExecutionRequest request, object? rootValue, CancellationToken cancellationToken)
    {
        OperationDefinitionNode? operation = null;
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        foreach (DefinitionNode definition in request.Document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (request.OperationName is null)
                    {
                        if (operation is not null)
                        {
                            return (null, ExecutionResult.FromErrors([new GraphQLError("Must provide operation name if query contains multiple operations.")]), null);
                        }

                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == request.OperationName)
                    {
                        operation = candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    (fragments ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
        {
            string message = request.OperationName is not null ? $"Unknown operation named \"{request.OperationName}\"." : "Must provide an operation.";
            return (null, ExecutionResult.FromErrors([new GraphQLError(message)]), null);
        }

        (IReadOnlyDictionary<string, object?>? variables, List<GraphQLError>? variableErrors) =
            VariableValues.Coerce(Schema, operation.VariableDefinitions, request.Variables);
        if (variableErrors is not null)
        {
            return (null, ExecutionResult.FromErrors(variableErrors), null);
        }

        CancellationTokenSource? timeout = null;
        CancellationToken token = cancellationToken;
        if (Options.Timeout is { } limit)
        {
            timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(limit);
            token = timeout.Token;
        }

        IReadOnlyDictionary<string, FragmentDefinitionNode> fragmentMap = fragments ?? s_noFragments;
        var state = new ExecutionState(Schema, operation, fragmentMap, variables!, request, Options, token) { RootValue = rootValue };
        return (state, null, timeout);
    }

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> s_noFragments = new Dictionary<string, FragmentDefinitionNode>();

    /// <summary>ExecuteQuery / ExecuteMutation: the root selection set, in parallel or serially.</summary>
    private ValueTask<object?> RunOperation(ExecutionState state)
    {
        OperationDefinitionNode operation = state.Operation;
        ObjectType? rootType = state.Schema.GetRootType(operation.Operation);
        try
        {
            if (rootType is null)
            {
                throw GraphQLError.At($"Schema is not configured to execute {OperationName(operation.Operation)} operation.", operation);
            }

            CollectedFields fields = CollectRootFields(state, rootType);
            return operation.Operation == OperationType.Mutation
                ? state.ExecuteFieldsSeriallyAsync(rootType, state.RootValue, fields)
                : state.ExecuteFieldsAsync(rootType, state.RootValue, null, fields);
        }
        catch (GraphQLError error)
        {
            state.AddError(error);
            return new ValueTask<object?>(ExecutionState.Invalid);
        }
    }

    private CollectedFields CollectRootFields(ExecutionState state, ObjectType rootType)
    {
        OperationDefinitionNode operation = state.Operation;
        if (operation.VariableDefinitions.Count > 0)
        {
            return FieldCollector.CollectRoot(state, rootType, operation.SelectionSet);
        }

        // Without variable definitions the coerced variables are always empty, so @skip/@include, fragment
        // choices and arguments come out the same every time; the document check guards against an
        // operation node reused in another document (other fragments).
        DocumentNode document = state.Request.Document;
        RootFields? cached = Volatile.Read(ref _lastRootFields);
        if (cached is null || !cached.Matches(operation, document, rootType))
        {
            if (!_rootFields.TryGetValue(operation, out cached) || !cached.Matches(operation, document, rootType))
            {
                cached = new RootFields(operation, document, rootType, FieldCollector.CollectRoot(state, rootType, operation.SelectionSet));
                _rootFields.AddOrUpdate(operation, cached);
            }

            Volatile.Write(ref _lastRootFields, cached);
        }

        return cached.Fields;
    }

    private sealed class RootFields(OperationDefinitionNode operation, DocumentNode document, ObjectType type, CollectedFields fields)
    {
        private readonly OperationDefinitionNode _operation = operation;
        private readonly DocumentNode _document = document;
        private readonly ObjectType _type = type;

        public CollectedFields Fields { get; } = fields;

        public bool Matches(OperationDefinitionNode candidate, DocumentNode itsDocument, ObjectType rootType) =>
            ReferenceEquals(_operation, candidate) && ReferenceEquals(_document, itsDocument) && ReferenceEquals(_type, rootType);
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    /// <summary>Waits for the operation, dispatching DataLoader batches whenever execution is blocked on them.</summary>
    private static async ValueTask<ExecutionResult> FinishAsync(
        ExecutionState state, ValueTask<object?> running, CancellationTokenSource? timeout, CancellationToken cancellationToken)
    {
        try
        {
            Task<object?> task = running.AsTask();
            while (!task.IsCompleted)
            {
                DataLoaderScope loaders = state.DataLoaders;
                if (loaders.DispatchQueued())
                {
                    continue;
                }

                await Task.WhenAny(task, loaders.WhenWorkQueued()).ConfigureAwait(false);
            }

            return BuildResult(state, await task.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = ExecutionOptions.TimeoutErrorCode };
            var error = new GraphQLError(
                $"Execution was cancelled: it took longer than {state.Options.Timeout!.Value.TotalMilliseconds:0} ms.", null, null, extensions);
            return new ExecutionResult(null, [error]);
        }
        finally
        {
            timeout?.Dispose();
        }
    }

    private static ExecutionResult BuildResult(ExecutionState state, object? data) =>
        new(data as ResultMap, state.Errors);
}
