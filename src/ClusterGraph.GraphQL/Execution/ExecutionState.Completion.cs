using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>CompleteValue (https://spec.graphql.org/October2021/#sec-Value-Completion).</summary>
internal sealed partial class ExecutionState
{
    /// <summary>
    /// The completed value, null, or <see cref="Invalid"/> once an error has been recorded and the null
    /// must propagate to the nearest nullable position.
    /// </summary>
    private ValueTask<object?> CompleteValueAsync(GraphQLType type, FieldGroup group, ResponsePath path, object? value)
    {
        if (value is Exception exception)
        {
            AddError(Locate(exception, group, path));
            return new ValueTask<object?>(Invalid);
        }

        if (type is NonNullType nonNull)
        {
            ValueTask<object?> inner = CompleteValueAsync(nonNull.OfType, group, path, value);
            if (inner.IsCompletedSuccessfully)
            {
                return new ValueTask<object?>(RequireNonNull(inner.Result, group, path));
            }

            return AwaitNonNullAsync(inner, group, path);
        }

        if (IsNullish(value))
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(CompleteScalar(scalar, group, path, value));
            case EnumType enumType:
                try
                {
                    return new ValueTask<object?>(enumType.Serialize(value));
                }
                catch (GraphQLError error)
                {
                    AddError(Locate(error, group, path));
                    return new ValueTask<object?>(Invalid);
                }

            case ListType list:
                return CompleteListAsync(list, group, path, value);
            case ObjectType objectType:
                return CompleteObjectAsync(objectType, group, path, value);
            default:
                return CompleteAbstractAsync((NamedType)type, group, path, value);
        }
    }

    private object? RequireNonNull(object? value, FieldGroup group, ResponsePath path)
    {
        if (value is null)
        {
            AddError(Locate(
                new GraphQLError($"Cannot return null for non-nullable field {group.ParentType.Name}.{group.Definition.Name}."),
                group,
                path));
            return Invalid;
        }

        return value;
    }

    private async ValueTask<object?> AwaitNonNullAsync(ValueTask<object?> inner, FieldGroup group, ResponsePath path) =>
        RequireNonNull(await inner.ConfigureAwait(false), group, path);

    private static bool IsNullish(object? value) => value switch
    {
        null => true,
        JsonElement element => element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined,
        _ => false,
    };

    private object? CompleteScalar(ScalarType scalar, FieldGroup group, ResponsePath path, object? value)
    {
        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (GraphQLError error)
        {
            AddError(Locate(error, group, path));
            return Invalid;
        }

        if (IsNullish(serialized))
        {
            AddError(Locate(
                new GraphQLError($"Expected `{scalar.Name}.serialize({Inspect.Value(value)})` to return non-nullable value, returned: {Inspect.Value(serialized)}"),
                group,
                path));
            return Invalid;
        }

        return serialized;
    }

    private ValueTask<object?> CompleteListAsync(ListType type, FieldGroup group, ResponsePath path, object? value)
    {
        if (JsValue.KindOf(value) != JsKind.Array)
        {
            AddError(Locate(
                new GraphQLError($"Expected Iterable, but did not find one for field \"{group.ParentType.Name}.{group.Definition.Name}\"."),
                group,
                path));
            return new ValueTask<object?>(Invalid);
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            if (JsonLeaves.Classify(type.OfType.NullableType) != JsonLeaf.None)
            {
                return CompleteJsonListAsync(type.OfType, null, group, path, array);
            }

            if (JsonLeafItemFields(type, group) is { } itemFields)
            {
                return CompleteJsonListAsync(type.OfType, itemFields, group, path, array);
            }
        }

        IList items = value switch
        {
            IList list => list,
            JsonElement element => element.EnumerateArray().Select(static e => (object?)e).ToList(),
            _ => JsValue.Items(value).ToList(),
        };

        GraphQLType itemType = type.OfType;
        object?[] results = new object?[items.Count];
        List<(int Index, Task<object?> Task)>? pending = null;
        for (int i = 0; i < results.Length; i++)
        {
            if (!StoreItem(results, i, CompleteItem(itemType, group, ResponsePath.Item(path, i), items[i]), itemType, ref pending))
            {
                return pending is null ? new ValueTask<object?>(Invalid) : AwaitThenInvalidAsync(pending);
            }
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitItemsAsync(results, itemType, pending);
    }

    /// <summary>Stores a completed item (or queues a pending one); false when a non-null item failed, invalidating the list.</summary>
    private static bool StoreItem(object?[] results, int index, ValueTask<object?> item, GraphQLType itemType, ref List<(int Index, Task<object?> Task)>? pending)
    {
        if (!item.IsCompletedSuccessfully)
        {
            (pending ??= []).Add((index, item.AsTask()));
            return true;
        }

        object? completed = item.Result;
        if (ReferenceEquals(completed, Invalid))
        {
            if (itemType.IsNonNull)
            {
                return false;
            }

            completed = null;
        }

        results[index] = completed;
        return true;
    }

    private ValueTask<object?> CompleteItem(GraphQLType itemType, FieldGroup group, ResponsePath itemPath, object? item)
    {
        try
        {
            return CompleteValueAsync(itemType, group, itemPath, item);
        }
        catch (Exception e) when (e is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            AddError(Locate(e, group, itemPath));
            return new ValueTask<object?>(Invalid);
        }
    }

    private static async ValueTask<object?> AwaitItemsAsync(object?[] results, GraphQLType itemType, List<(int Index, Task<object?> Task)> pending)
    {
        bool invalid = false;
        foreach ((int index, Task<object?> task) in pending)
        {
            object? completed = await task.ConfigureAwait(false);
            if (ReferenceEquals(completed, Invalid))
            {
                if (itemType.IsNonNull)
                {
                    invalid = true;
                }

                completed = null;
            }

            results[index] = completed;
        }

        return invalid ? Invalid : results;
    }

    private ValueTask<object?> CompleteObjectAsync(ObjectType type, FieldGroup group, ResponsePath path, object? value)
    {
        CollectedFields subfields;
        try
        {
            subfields = FieldCollector.CollectSubfields(this, type, group);
        }
        catch (GraphQLError error)
        {
            AddError(Locate(error, group, path));
            return new ValueTask<object?>(Invalid);
        }

        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            AddError(Locate(new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}."), group, path));
            return new ValueTask<object?>(Invalid);
        }

        return ExecuteFieldsAsync(type, value, path, subfields);
    }

    private ValueTask<object?> CompleteAbstractAsync(NamedType abstractType, FieldGroup group, ResponsePath path, object? value)
    {
        TypeResolver? custom = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        string? runtimeName = null;
        if (custom is not null)
        {
            var context = new FieldContext(this, value, group.ParentType, group.Definition, group.Nodes, null, path);
            runtimeName = custom(value, context);
        }

        runtimeName ??= DefaultTypeResolver(abstractType, value);
        string parentField = $"{group.ParentType.Name}.{group.Definition.Name}";
        GraphQLError? error = null;
        ObjectType? runtimeType = null;
        if (runtimeName is null)
        {
            error = new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentField}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        else
        {
            NamedType? named = Schema.GetType(runtimeName);
            if (named is null)
            {
                error = new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeName}\" that does not exist inside the schema.");
            }
            else if (named is not ObjectType objectType)
            {
                error = new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeName}\".");
            }
            else if (!Schema.IsSubType(abstractType, objectType))
            {
                error = new GraphQLError($"Runtime Object type \"{runtimeName}\" is not a possible type for \"{abstractType.Name}\".");
            }
            else
            {
                runtimeType = objectType;
            }
        }

        if (error is not null)
        {
            AddError(Locate(error, group, path));
            return new ValueTask<object?>(Invalid);
        }

        return CompleteObjectAsync(runtimeType!, group, path, value);
    }

    /// <summary>
    /// graphql-js's default type resolver: the value's <c>__typename</c> string, else the first possible
    /// type whose IsTypeOf accepts it; for CLR objects also a possible type named like the CLR type.
    /// </summary>
    private string? DefaultTypeResolver(NamedType abstractType, object? value)
    {
        if (JsValue.TryGetProperty(value, "__typename", out object? typename) && JsValue.KindOf(typename) == JsKind.String)
        {
            return JsValue.ToText(typename);
        }

        IReadOnlyList<ObjectType> possible = Schema.GetPossibleTypes(abstractType);
        foreach (ObjectType type in possible)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value))
            {
                return type.Name;
            }
        }

        if (value is not null and not JsonElement and not JsonNode and not IDictionary and not IReadOnlyDictionary<string, object?>)
        {
            string clrName = value.GetType().Name;
            foreach (ObjectType type in possible)
            {
                if (type.Name == clrName)
                {
                    return type.Name;
                }
            }
        }

        return null;
    }
}
