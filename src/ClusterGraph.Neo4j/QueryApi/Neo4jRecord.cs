namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>One result row: values in the order of the result's fields.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyDictionary<string, int> _fieldIndex;
    private readonly object?[] _values;

    internal Neo4jRecord(IReadOnlyDictionary<string, int> fieldIndex, object?[] values)
    {
        _fieldIndex = fieldIndex;
        _values = values;
    }

    /// <summary>The number of values.</summary>
    public int Count => _values.Length;

    /// <summary>The value at a position.</summary>
    public object? this[int index] => _values[index];

    /// <summary>The value of a field.</summary>
    public object? this[string field] =>
        _fieldIndex.TryGetValue(field, out int index)
            ? _values[index]
            : throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", _fieldIndex.Keys)}).");

    /// <summary>The value of a field as <typeparamref name="T"/>; a clear error when it has another type.</summary>
    public T Get<T>(string field)
    {
        object? value = this[field];
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException($"Field '{field}' holds {value?.GetType().Name ?? "null"}, not {typeof(T).Name}."),
        };
    }
}
