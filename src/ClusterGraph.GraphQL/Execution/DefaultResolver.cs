using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's default field resolver: the parent's property of the field's name. Works over JSON
/// (<see cref="JsonElement"/>, <see cref="JsonObject"/>), dictionaries keyed by string and CLR objects
/// (public property or field, exact name first, then ignoring case so <c>name</c> finds <c>Name</c>).
/// A missing property resolves to null, like JavaScript's undefined.
/// </summary>
public static class DefaultResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> s_accessors = new();

    public static object? Resolve(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                if (element.ValueKind == JsonValueKind.Object)
                {
                    return element.TryGetProperty(name, out JsonElement property) ? property : null;
                }

                return element.ValueKind == JsonValueKind.Array && name == "length" ? element.GetArrayLength() : null;
            case JsonObject jsonObject:
                return jsonObject.TryGetPropertyValue(name, out JsonNode? node) ? node : null;
            case JsonArray jsonArray:
                return name == "length" ? jsonArray.Count : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out object? value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out object? entry) ? entry : null;
            case IDictionary legacy:
                return legacy.Contains(name) ? legacy[name] : null;
            case string or JsonValue:
                return null;
            default:
                return ReadMember(source, name);
        }
    }

    /// <summary>Whether <see cref="Resolve"/> reads <paramref name="source"/>'s CLR members (it is no JSON value, dictionary or string).</summary>
    internal static bool ReadsMembers(object source) =>
        source is not (JsonElement or JsonNode or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary or string);

    /// <summary>The reader of <paramref name="type"/>'s member for a field <paramref name="name"/>; null when it has none.</summary>
    internal static Func<object, object?>? MemberAccessor(Type type, string name) =>
        s_accessors.GetOrAdd((type, name), static key => CreateAccessor(key.Item1, key.Item2));

    private static object? ReadMember(object source, string name) => MemberAccessor(source.GetType(), name)?.Invoke(source);

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || typeof(JsonNode).IsAssignableFrom(type))
        {
            return null;
        }

        MemberInfo? member = FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);
        if (member is null)
        {
            return null;
        }

        ParameterExpression parameter = Expression.Parameter(typeof(object), "source");
        Expression typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name, StringComparison comparison)
    {
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (string.Equals(field.Name, name, comparison))
            {
                return field;
            }
        }

        return null;
    }
}
