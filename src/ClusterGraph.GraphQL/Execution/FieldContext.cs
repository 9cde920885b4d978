using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>What a resolver sees: the parent value, coerced arguments, the field and the request.</summary>
public sealed class FieldContext
{
    private static readonly IReadOnlyDictionary<string, object?> s_noArguments = new Dictionary<string, object?>();

    private readonly ExecutionState _state;

    internal FieldContext(
        ExecutionState state,
        object? source,
        ObjectType parentType,
        FieldDefinition field,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, object?>? arguments,
        ResponsePath path)
    {
        _state = state;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        Arguments = arguments ?? s_noArguments;
        Path = path;
    }

    /// <summary>The parent value (the root value for root fields).</summary>
    public object? Source { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    public string FieldName => Field.Name;

    public GraphQLType ReturnType => Field.Type;

    /// <summary>Every field node merged into this response key.</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Coerced arguments: only those given or defaulted are present.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ResponsePath Path { get; }

    public Schema Schema => _state.Schema;

    public OperationDefinitionNode Operation => _state.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _state.Fragments;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _state.Variables;

    public object? RootValue => _state.RootValue;

    /// <summary>The caller's per-request context object (user, tenant…).</summary>
    public object? UserContext => _state.Request.UserContext;

    /// <summary>The request's services (the HTTP layer passes its scoped provider).</summary>
    public IServiceProvider? Services => _state.Request.Services;

    /// <summary>Cancelled when the client goes away or the execution timeout elapses.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The request's DataLoaders: one batch per loader per dispatch.</summary>
    public DataLoaderScope DataLoaders => _state.DataLoaders;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The argument's coerced value, or <paramref name="fallback"/> when absent or null.</summary>
    public T GetArgument<T>(string name, T fallback = default!) =>
        Arguments.TryGetValue(name, out object? value) && value is T typed ? typed : fallback;

    /// <summary>A DataLoader of this request, created on first use.</summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(string name, BatchLoader<TKey, TValue> batch)
        where TKey : notnull =>
        _state.DataLoaders.GetOrAdd(name, batch);
}
