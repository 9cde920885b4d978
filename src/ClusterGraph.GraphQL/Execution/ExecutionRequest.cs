using System.Text.Json;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>One operation to execute: a parsed (and validated) document plus the request's inputs.</summary>
public sealed class ExecutionRequest
{
    public required DocumentNode Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values (JSON elements, JSON nodes or CLR values), keyed by name without "$".</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of the root fields; a JSON document executes as in graphql-js.</summary>
    public object? RootValue { get; init; }

    /// <summary>Anything the resolvers need per request (user, tenant…).</summary>
    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>Variables from a JSON object (null or undefined → none).</summary>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJson(JsonElement variables)
    {
        if (variables.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in variables.EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        return values;
    }
}
