using System.Text.Json;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>ExecuteSelectionSet and ExecuteField (https://spec.graphql.org/October2021/#sec-Executing-Selection-Sets).</summary>
internal sealed partial class ExecutionState
{
    /// <summary>
    /// Starts every field before awaiting any ("parallel" execution of queries); a field that fails
    /// synchronously into <see cref="Invalid"/> stops its siblings, as graphql-js's synchronous path does.
    /// </summary>
    public ValueTask<object?> ExecuteFieldsAsync(ObjectType type, object? source, ResponsePath? path, CollectedFields fields)
    {
        if (fields.AllJsonLeaves && source is JsonElement { ValueKind: JsonValueKind.Object } json)
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (TryCompleteJsonLeaves(fields, json) is { } completed)
            {
                return new ValueTask<object?>(completed);
            }
        }

        var result = new ResultMap(fields.Keys);
        object?[] values = result.RawValues;
        FieldGroup[] groups = fields.Groups;
        List<(int Index, Task<object?> Task)>? pending = null;
        for (int i = 0; i < groups.Length; i++)
        {
            ValueTask<object?> field = ExecuteFieldAsync(type, source, groups[i], path);
            if (field.IsCompletedSuccessfully)
            {
                object? value = field.Result;
                if (ReferenceEquals(value, Invalid))
                {
                    return pending is null ? new ValueTask<object?>(Invalid) : AwaitThenInvalidAsync(pending);
                }

                values[i] = value;
            }
            else
            {
                (pending ??= []).Add((i, field.AsTask()));
            }
        }

        return pending is null ? new ValueTask<object?>(result) : AwaitFieldsAsync(result, pending);
    }

    /// <summary>Mutation root fields: each field completes before the next starts.</summary>
    public async ValueTask<object?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, CollectedFields fields)
    {
        var result = new ResultMap(fields.Keys);
        for (int i = 0; i < fields.Groups.Length; i++)
        {
            object? value = await ExecuteFieldAsync(type, source, fields.Groups[i], null).ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid))
            {
                return Invalid;
            }

            result.RawValues[i] = value;
        }

        return result;
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap result, List<(int Index, Task<object?> Task)> pending)
    {
        bool invalid = false;
        foreach ((int index, Task<object?> task) in pending)
        {
            object? value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Invalid))
            {
                invalid = true;
            }
            else
            {
                result.RawValues[index] = value;
            }
        }

        return invalid ? Invalid : result;
    }

    private static async ValueTask<object?> AwaitThenInvalidAsync(List<(int Index, Task<object?> Task)> pending)
    {
        // Fields already started still run to completion (their errors are reported, as in graphql-js).
        foreach ((_, Task<object?> task) in pending)
        {
            await task.ConfigureAwait(false);
        }

        return Invalid;
    }

    private ValueTask<object?> ExecuteFieldAsync(ObjectType type, object? source, FieldGroup group, ResponsePath? path)
    {
        FieldDefinition definition = group.Definition;
        if (definition.Resolver is null && definition.Arguments.Count == 0 && group.LeafType is { } leaf)
        {
            // The common case (a property read into a scalar or enum) needs no path unless it fails.
            CancellationToken.ThrowIfCancellationRequested();
            if (group.JsonLeaf != JsonLeaf.None && source is JsonElement { ValueKind: JsonValueKind.Object } json && TryReadJsonLeaf(group, json, out object? plain))
            {
                return new ValueTask<object?>(plain);
            }

            return new ValueTask<object?>(CompleteLeafField(leaf, group, path, group.ResolveDefault(source)));
        }

        ResponsePath fieldPath = ResponsePath.Field(path, group.ResponseName);
        object? resolved;
        try
        {
            CancellationToken.ThrowIfCancellationRequested();
            IReadOnlyDictionary<string, object?>? arguments = definition.Arguments.Count == 0 ? null : GetArguments(group);
            if (definition.Resolver is null)
            {
                resolved = group.ResolveDefault(source);
            }
            else
            {
                var context = new FieldContext(this, source, type, definition, group.Nodes, arguments, fieldPath);
                ValueTask<object?> resolving = definition.Resolver(context);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return AwaitResolverAsync(resolving, group, fieldPath);
                }

                resolved = resolving.Result;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(e, definition.Type, group, fieldPath));
        }

        return CompleteFieldAsync(group, fieldPath, resolved);
    }

    private async ValueTask<object?> AwaitResolverAsync(ValueTask<object?> resolving, FieldGroup group, ResponsePath fieldPath)
    {
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, group.Definition.Type, group, fieldPath);
        }

        return await CompleteFieldAsync(group, fieldPath, resolved).ConfigureAwait(false);
    }

    /// <summary>Completes a field's value; a nullable field absorbs a null propagated from inside it.</summary>
    private ValueTask<object?> CompleteFieldAsync(FieldGroup group, ResponsePath fieldPath, object? resolved)
    {
        GraphQLType type = group.Definition.Type;
        ValueTask<object?> completing;
        try
        {
            completing = CompleteValueAsync(type, group, fieldPath, resolved);
        }
        catch (Exception e) when (e is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(e, type, group, fieldPath));
        }

        if (completing.IsCompletedSuccessfully)
        {
            object? value = completing.Result;
            return new ValueTask<object?>(ReferenceEquals(value, Invalid) && !type.IsNonNull ? null : value);
        }

        return AwaitCompletionAsync(completing, type, group, fieldPath);
    }

    private async ValueTask<object?> AwaitCompletionAsync(ValueTask<object?> completing, GraphQLType type, FieldGroup group, ResponsePath fieldPath)
    {
        object? value;
        try
        {
            value = await completing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, type, group, fieldPath);
        }

        return ReferenceEquals(value, Invalid) && !type.IsNonNull ? null : value;
    }

    /// <summary>Completes a leaf (or non-null leaf) field inline, creating its path only to report an error.</summary>
    private object? CompleteLeafField(NamedType leaf, FieldGroup group, ResponsePath? parentPath, object? value)
    {
        GraphQLType type = group.Definition.Type;
        if (!IsNullish(value) && value is not Exception)
        {
            try
            {
                object? serialized = leaf is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leaf).Serialize(value);
                if (!IsNullish(serialized))
                {
                    return serialized;
                }
            }
            catch (GraphQLError)
            {
                // Reported below, with the field's path, by the general completion.
            }
        }
        else if (!type.IsNonNull && value is not Exception)
        {
            return null;
        }

        ResponsePath fieldPath = ResponsePath.Field(parentPath, group.ResponseName);
        ValueTask<object?> completing = CompleteFieldAsync(group, fieldPath, value);
        return completing.IsCompletedSuccessfully ? completing.Result : completing.AsTask().GetAwaiter().GetResult();
    }

    private IReadOnlyDictionary<string, object?> GetArguments(FieldGroup group)
    {
        object? cached = group.CachedArguments;
        if (cached is null)
        {
            try
            {
                cached = ArgumentValues.Coerce(group.Definition.Arguments, group.Nodes[0].Arguments, group.Nodes[0], Variables);
            }
            catch (GraphQLError error)
            {
                cached = error;
            }

            group.CachedArguments = cached;
        }

        // A coercion failure is reported afresh for every field it affects.
        return cached as IReadOnlyDictionary<string, object?> ?? throw new GraphQLError(((GraphQLError)cached).Message, ((GraphQLError)cached).Locations);
    }

    /// <summary>Records a field error (located at the field, with its path) and returns the field's value.</summary>
    internal object? HandleFieldError(Exception exception, GraphQLType type, FieldGroup group, ResponsePath path)
    {
        AddError(Locate(exception, group, path));
        return type.IsNonNull ? Invalid : null;
    }

    internal GraphQLError Locate(Exception exception, FieldGroup group, ResponsePath path)
    {
        if (exception is GraphQLError error)
        {
            if (error.Path is not null)
            {
                return error;
            }

            return new GraphQLError(
                error.Message,
                error.Locations.Count > 0 ? error.Locations : NodeLocations(group),
                path.ToList(),
                error.Extensions,
                error.InnerException ?? error);
        }

        string message = Options.Development ? exception.Message : ExecutionOptions.MaskedErrorMessage;
        var extensions = new Dictionary<string, object?> { ["code"] = ExecutionOptions.InternalErrorCode };
        return new GraphQLError(message, NodeLocations(group), path.ToList(), extensions, exception);
    }

    private static List<ErrorLocation> NodeLocations(FieldGroup group)
    {
        var locations = new List<ErrorLocation>(group.Nodes.Count);
        foreach (Language.FieldNode node in group.Nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return locations;
    }
}
