using System.Text.Json;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// How a field read by the default resolver from a JSON object completes when its value is plain: the
/// built-in scalar it returns, or <see cref="None"/> when it must take the general path (a resolver,
/// arguments, an enum, a custom scalar or a composite type).
/// </summary>
internal enum JsonLeaf
{
    None,
    String,
    Int,
    Float,
    Boolean,
    Id,
}

/// <summary>
/// Completes a <see cref="JsonElement"/> leaf straight into its response value, without boxing the
/// element, for the JSON values whose built-in serialization is the identity (a string for String/ID, an
/// Int32 number for Int, a finite number for Float, true/false for Boolean) or null. Anything else, and a
/// null in a non-null position, is declined so the general path serializes it and reports its error.
/// </summary>
internal static class JsonLeaves
{
    private const int CachedInts = 1024;

    private static readonly object s_true = true;
    private static readonly object s_false = false;
    private static readonly object[] s_ints = CreateInts();

    /// <summary>The kind of a field the default resolver reads (no resolver, no arguments) into a built-in scalar.</summary>
    public static JsonLeaf Classify(FieldDefinition definition, NamedType? leafType) =>
        definition.Resolver is null && definition.Arguments.Count == 0 ? Classify(leafType) : JsonLeaf.None;

    /// <summary>The kind of a (nullable) type: one of the built-in scalars, else <see cref="JsonLeaf.None"/>.</summary>
    public static JsonLeaf Classify(GraphQLType? type)
    {
        if (ReferenceEquals(type, BuiltInScalars.String))
        {
            return JsonLeaf.String;
        }

        if (ReferenceEquals(type, BuiltInScalars.Int))
        {
            return JsonLeaf.Int;
        }

        if (ReferenceEquals(type, BuiltInScalars.Float))
        {
            return JsonLeaf.Float;
        }

        if (ReferenceEquals(type, BuiltInScalars.Boolean))
        {
            return JsonLeaf.Boolean;
        }

        return ReferenceEquals(type, BuiltInScalars.ID) ? JsonLeaf.Id : JsonLeaf.None;
    }

    /// <summary>The completed value, or false when the general path must complete (and judge) it.</summary>
    public static bool TryComplete(JsonLeaf kind, bool nonNull, JsonElement value, out object? completed)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                completed = null;
                return !nonNull;
            case JsonValueKind.String when kind is JsonLeaf.String or JsonLeaf.Id:
                completed = value.GetString();
                return true;
            case JsonValueKind.Number when kind == JsonLeaf.Int && value.TryGetInt32(out int integer):
                completed = Box(integer);
                return true;
            case JsonValueKind.Number when kind == JsonLeaf.Float && value.TryGetDouble(out double number) && double.IsFinite(number):
                // An out-of-range number reads as an infinity, which Float's serialization rejects.
                completed = number;
                return true;
            case JsonValueKind.True when kind == JsonLeaf.Boolean:
                completed = s_true;
                return true;
            case JsonValueKind.False when kind == JsonLeaf.Boolean:
                completed = s_false;
                return true;
            default:
                completed = null;
                return false;
        }
    }

    /// <summary>A boxed Int32, shared for the small non-negative values results are full of.</summary>
    public static object Box(int value) => (uint)value < CachedInts ? s_ints[value] : value;

    private static object[] CreateInts()
    {
        var boxes = new object[CachedInts];
        for (int i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i;
        }

        return boxes;
    }
}
