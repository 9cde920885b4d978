using System.Text.Json;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// The inline path for JSON data read by default resolvers: an object whose selected fields are all
/// built-in scalars (<see cref="CollectedFields.AllJsonLeaves"/>) completes straight from its
/// <see cref="JsonElement"/>, with no response paths, boxed elements or per-field ValueTasks; so do a
/// single such field among others and the items of a JSON list of such objects or of built-in scalars.
/// It only ever produces what the general path would: any value it declines (a null in a non-null
/// field, a value the scalar must convert or reject) sends that object, field or item back to the
/// general path, which records no error twice because this path records none.
/// </summary>
internal sealed partial class ExecutionState
{
    /// <summary>The completed object, or null when the general path must complete it.</summary>
    private static ResultMap? TryCompleteJsonLeaves(CollectedFields fields, JsonElement source) =>
        fields.JsonFieldsInOneScan ? TryCompleteJsonLeavesInOneScan(fields, source) : TryCompleteJsonLeavesByName(fields, source);

    /// <summary>
    /// One pass over the object's properties, trying first the field after the last one matched (JSON
    /// data usually lists properties in the order queries select them). A later duplicate property
    /// overwrites an earlier one, as in JSON.parse and <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>.
    /// </summary>
    private static ResultMap? TryCompleteJsonLeavesInOneScan(CollectedFields fields, JsonElement source)
    {
        FieldGroup[] groups = fields.Groups;
        var result = new ResultMap(fields.Keys);
        object?[] values = result.RawValues;
        ulong found = 0;
        int next = 0;
        foreach (JsonProperty property in source.EnumerateObject())
        {
            int match = next < groups.Length && property.NameEquals(groups[next].Utf8Name) ? next : FindField(groups, property, next);
            if (match < 0)
            {
                continue;
            }

            FieldGroup group = groups[match];
            if (!JsonLeaves.TryComplete(group.JsonLeaf, group.IsNonNull, property.Value, out object? value))
            {
                return null;
            }

            values[match] = value;
            found |= 1UL << match;
            next = match + 1;
        }

        for (int i = 0; i < groups.Length; i++)
        {
            // A missing property resolves to undefined, i.e. null.
            if ((found & (1UL << i)) == 0 && groups[i].IsNonNull)
            {
                return null;
            }
        }

        return result;
    }

    private static int FindField(FieldGroup[] groups, JsonProperty property, int skip)
    {
        for (int i = 0; i < groups.Length; i++)
        {
            if (i != skip && property.NameEquals(groups[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One look-up per field (when several response keys read the same property).</summary>
    private static ResultMap? TryCompleteJsonLeavesByName(CollectedFields fields, JsonElement source)
    {
        FieldGroup[] groups = fields.Groups;
        var result = new ResultMap(fields.Keys);
        object?[] values = result.RawValues;
        for (int i = 0; i < groups.Length; i++)
        {
            FieldGroup group = groups[i];
            if (!source.TryGetProperty(group.Utf8Name, out JsonElement property))
            {
                // A missing property resolves to undefined, i.e. null.
                if (group.IsNonNull)
                {
                    return null;
                }

                continue;
            }

            if (!JsonLeaves.TryComplete(group.JsonLeaf, group.IsNonNull, property, out object? value))
            {
                return null;
            }

            values[i] = value;
        }

        return result;
    }

    /// <summary>One field of a JSON object (its siblings taking other paths); false when the general path must complete it.</summary>
    private static bool TryReadJsonLeaf(FieldGroup group, JsonElement source, out object? value)
    {
        if (!source.TryGetProperty(group.Utf8Name, out JsonElement property))
        {
            // A missing property resolves to undefined, i.e. null.
            value = null;
            return !group.IsNonNull;
        }

        return JsonLeaves.TryComplete(group.JsonLeaf, group.IsNonNull, property, out value);
    }

    /// <summary>
    /// The subfields each item of a JSON array completes with when the items are objects of one object
    /// type made only of JSON leaves; null when the list must take the general path.
    /// </summary>
    private CollectedFields? JsonLeafItemFields(ListType type, FieldGroup group)
    {
        if (type.OfType.NullableType is not ObjectType { IsTypeOf: null } itemType)
        {
            return null;
        }

        CollectedFields subfields;
        try
        {
            subfields = FieldCollector.CollectSubfields(this, itemType, group);
        }
        catch (GraphQLError)
        {
            // Reported by the general path, for each item it affects.
            return null;
        }

        return subfields.AllJsonLeaves ? subfields : null;
    }

    /// <summary>
    /// CompleteListAsync over a JSON array whose items are built-in scalars (<paramref name="itemFields"/>
    /// null) or objects made only of them: plain items inline, any other item the general way.
    /// </summary>
    private ValueTask<object?> CompleteJsonListAsync(GraphQLType itemType, CollectedFields? itemFields, FieldGroup group, ResponsePath path, JsonElement array)
    {
        object?[] results = new object?[array.GetArrayLength()];
        List<(int Index, Task<object?> Task)>? pending = null;
        JsonLeaf itemLeaf = itemFields is null ? JsonLeaves.Classify(itemType.NullableType) : JsonLeaf.None;
        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (itemFields is null)
            {
                if (JsonLeaves.TryComplete(itemLeaf, itemType.IsNonNull, item, out object? leaf))
                {
                    results[index++] = leaf;
                    continue;
                }
            }
            else
            {
                CancellationToken.ThrowIfCancellationRequested();
                if (item.ValueKind == JsonValueKind.Object && TryCompleteJsonLeaves(itemFields, item) is { } completed)
                {
                    results[index++] = completed;
                    continue;
                }
            }

            if (!StoreItem(results, index, CompleteItem(itemType, group, ResponsePath.Item(path, index), item), itemType, ref pending))
            {
                return pending is null ? new ValueTask<object?>(Invalid) : AwaitThenInvalidAsync(pending);
            }

            index++;
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitItemsAsync(results, itemType, pending);
    }
}
