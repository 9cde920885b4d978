using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>Everything one execution shares: the operation, coerced variables, errors so far, DataLoaders.</summary>
internal sealed partial class ExecutionState
{
    /// <summary>
    /// Marks "a null reached a non-null position; its error is recorded": the nearest nullable field or
    /// list item becomes null (https://spec.graphql.org/October2021/#sec-Handling-Field-Errors).
    /// </summary>
    internal static readonly object Invalid = new();

    // Created with the first error (most executions have none); it is also the lock concurrent resolvers add under.
    private List<GraphQLError>? _errors;
    private DataLoaderScope? _dataLoaders;

    public ExecutionState(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Request = request;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionRequest Request { get; }

    public object? RootValue { get; init; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope DataLoaders
    {
        get
        {
            DataLoaderScope? scope = Volatile.Read(ref _dataLoaders);
            if (scope is null)
            {
                Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderScope(CancellationToken), null);
                scope = _dataLoaders!;
            }

            return scope;
        }
    }

    public bool HasDataLoaders => Volatile.Read(ref _dataLoaders) is not null;

    public List<GraphQLError>? Errors => _errors;

    public void AddError(GraphQLError error)
    {
        List<GraphQLError> errors = Volatile.Read(ref _errors) ?? CreateErrors();
        lock (errors)
        {
            errors.Add(error);
        }
    }

    private List<GraphQLError> CreateErrors()
    {
        Interlocked.CompareExchange(ref _errors, [], null);
        return _errors!;
    }
}
