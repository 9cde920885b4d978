using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Writes our syntax tree in the shape of graphql-js's AST JSON (kind names, camelCase fields, absent
/// optional fields omitted, loc as {start, end}), so the two trees can be compared node by node.
/// </summary>
internal static class ParseAstJson
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string JsonName)[]> s_properties = new();

    public static JsonObject ToJson(SyntaxNode node, bool withLocations = true)
    {
        var json = new JsonObject { ["kind"] = node.Kind.ToString() };
        foreach ((PropertyInfo property, string jsonName) in s_properties.GetOrAdd(node.GetType(), PropertiesOf))
        {

            object? value = property.GetValue(node);

            // graphql-js leaves fragment variables out unless its legacy option is on.
            if (node is FragmentDefinitionNode && property.Name == nameof(FragmentDefinitionNode.VariableDefinitions))
            {
                continue;
            }

            JsonNode? converted = value switch
            {
                null => null,
                SyntaxNode child => ToJson(child, withLocations),
                string text => JsonValue.Create(text),
                bool flag => JsonValue.Create(flag),
                OperationType operation => JsonValue.Create(operation.ToString().ToLowerInvariant()),
                IEnumerable list => new JsonArray(list.Cast<SyntaxNode>().Select(n => (JsonNode)ToJson(n, withLocations)).ToArray()),
                _ => throw new InvalidOperationException($"Unexpected property {property.Name} of {node.Kind}."),
            };
            if (converted is not null)
            {
                json[jsonName] = converted;
            }
        }

        if (withLocations && node.Location is { } location)
        {
            json["loc"] = new JsonObject { ["start"] = location.Start, ["end"] = location.End };
        }

        return json;
    }

    private static (PropertyInfo Property, string JsonName)[] PropertiesOf(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(SyntaxNode.Kind) or nameof(SyntaxNode.Location)))
            .Select(p => (p, char.ToLowerInvariant(p.Name[0]) + p.Name[1..]))
            .ToArray();
}
