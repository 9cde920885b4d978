using System.Runtime.CompilerServices;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A test executor over the engine's real parser and a tiny hand-written schema, standing in for the
/// engine's executor until it lands:
/// <code>
/// type Query { hello(name: String): String!  slow: String  boom: String  __type(name: String!): __Type  __schema: __Schema! }
/// type Mutation { increment: Int! }
/// type Subscription { countdown(from: Int!): Int! }
/// </code>
/// Validation covers what the transport tests need: unknown root fields (graphql-js's message),
/// operation selection, introspection switch, and non-null variable coercion. <c>slow</c> waits until
/// its cancellation token fires and records that it did; <c>boom</c> throws an exception whose text must
/// never reach a production client.
/// </summary>
internal sealed class TinySchemaExecutor : IGraphQLRequestExecutor
{
    public const string SecretExceptionText = "secret detail: Server=db;Password=hunter2";

    private static readonly Dictionary<OperationType, string[]> s_rootFields = new()
    {
        [OperationType.Query] = ["__typename", "hello", "slow", "boom", "__type", "__schema"],
        [OperationType.Mutation] = ["__typename", "increment"],
        [OperationType.Subscription] = ["countdown"],
    };

    private readonly TaskCompletionSource _slowStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _counter;
    private int _executions;

    /// <summary>Completes when a <c>slow</c> resolver has started waiting.</summary>
    public Task SlowStarted => _slowStarted.Task;

    /// <summary>Completes when a <c>slow</c> resolver's cancellation token fired.</summary>
    public Task SlowCancelled => _slowCancelled.Task;

    /// <summary>How many requests reached execution (parse and validation passed).</summary>
    public int Executions => Volatile.Read(ref _executions);

    /// <summary>The last request the transport handed over.</summary>
    public GraphQLExecutionRequest? LastRequest { get; private set; }

    public async ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        DocumentNode document;
        try
        {
            document = Parser.Parse(request.Query);
        }
        catch (GraphQLSyntaxException e)
        {
            return GraphQLExecutionOutcome.RequestError(new GraphQLResponseError(e.Message) { Locations = [new(e.Line, e.Column)] });
        }

        OperationDefinitionNode[] operations = document.Definitions.OfType<OperationDefinitionNode>().ToArray();
        OperationDefinitionNode? operation = request.OperationName is null
            ? (operations.Length == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == request.OperationName);
        if (operation is null)
        {
            return GraphQLExecutionOutcome.RequestError(new GraphQLResponseError(request.OperationName is null
                ? "Must provide operation name if query contains multiple operations."
                : $"Unknown operation named \"{request.OperationName}\"."));
        }

        GraphQLOperationKinds kind = operation.Operation switch
        {
            OperationType.Mutation => GraphQLOperationKinds.Mutation,
            OperationType.Subscription => GraphQLOperationKinds.Subscription,
            _ => GraphQLOperationKinds.Query,
        };
        if ((request.AllowedOperations & kind) == 0)
        {
            return GraphQLExecutionOutcome.OperationNotAllowed(operation.Operation.ToString().ToLowerInvariant());
        }

        if (Validate(operation, request) is { } invalid)
        {
            return GraphQLExecutionOutcome.RequestError(invalid);
        }

        if (CoerceVariables(operation, request.Variables) is { } coercionError)
        {
            return GraphQLExecutionOutcome.RequestError(coercionError);
        }

        Interlocked.Increment(ref _executions);
        if (operation.Operation == OperationType.Subscription)
        {
            FieldNode field = (FieldNode)operation.SelectionSet.Selections[0];
            int from = int.Parse(((IntValueNode)field.Arguments.Single(a => a.Name.Value == "from").Value).Value, System.Globalization.CultureInfo.InvariantCulture);
            return GraphQLExecutionOutcome.Subscription(CountdownAsync(field.Alias?.Value ?? "countdown", from, cancellationToken));
        }

        var data = new Dictionary<string, object?>();
        var errors = new List<GraphQLResponseError>();
        foreach (FieldNode field in operation.SelectionSet.Selections.OfType<FieldNode>())
        {
            string key = field.Alias?.Value ?? field.Name.Value;
            data[key] = await ResolveAsync(operation.Operation, field, request, key, errors, cancellationToken);
        }

        return GraphQLExecutionOutcome.Executed(new GraphQLResult { Data = data, Errors = errors });
    }

    private static GraphQLResponseError? Validate(OperationDefinitionNode operation, GraphQLExecutionRequest request)
    {
        string typeName = operation.Operation.ToString();
        string[] known = s_rootFields[operation.Operation];
        foreach (FieldNode field in operation.SelectionSet.Selections.OfType<FieldNode>())
        {
            string name = field.Name.Value;
            if (!known.Contains(name))
            {
                string? suggestion = request.IncludeSuggestions ? known.FirstOrDefault(k => k.Length > 2 && name.StartsWith(k[..3], StringComparison.Ordinal)) : null;
                string message = $"Cannot query field \"{name}\" on type \"{typeName}\"." + (suggestion is null ? string.Empty : $" Did you mean \"{suggestion}\"?");
                return new GraphQLResponseError(message) { Locations = Locate(field) };
            }

            if (name is "__schema" or "__type" && !request.AllowIntrospection)
            {
                return new GraphQLResponseError("GraphQL introspection is not allowed for this caller.")
                {
                    Locations = Locate(field),
                    Extensions = new Dictionary<string, object?> { ["code"] = "INTROSPECTION_DISABLED" },
                };
            }
        }

        return null;
    }

    private static GraphQLResponseError? CoerceVariables(OperationDefinitionNode operation, JsonElement? variables)
    {
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            if (definition.Type is not NonNullTypeNode nonNull || definition.DefaultValue is not null)
            {
                continue;
            }

            string name = definition.Variable.Name.Value;
            bool present = variables is { } map && map.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;
            if (!present)
            {
                string type = nonNull.Type is NamedTypeNode named ? named.Name.Value + "!" : "non-null";
                string message = variables is { } v && v.TryGetProperty(name, out _)
                    ? $"Variable \"${name}\" of non-null type \"{type}\" must not be null."
                    : $"Variable \"${name}\" of required type \"{type}\" was not provided.";
                return new GraphQLResponseError(message) { Locations = Locate(definition) };
            }
        }

        return null;
    }

    private async ValueTask<object?> ResolveAsync(OperationType type, FieldNode field, GraphQLExecutionRequest request, string key, List<GraphQLResponseError> errors, CancellationToken cancellationToken)
    {
        switch (field.Name.Value)
        {
            case "__typename":
                return type.ToString();
            case "hello":
                return $"Hello, {ReadString(field, "name", request.Variables) ?? "world"}!";
            case "increment":
                return Interlocked.Increment(ref _counter);
            case "__type":
            case "__schema":
                // No introspection data in the tiny schema: no type by the names the tests ask for.
                return null;
            case "slow":
                _slowStarted.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    _slowCancelled.TrySetResult();
                    throw;
                }

                return "never";
            case "boom":
                InvalidOperationException exception = Throw();
                errors.Add(new GraphQLResponseError(exception.Message) { Path = [key], Locations = Locate(field), Exception = exception });
                return null;
            default:
                throw new InvalidOperationException($"Unvalidated field {field.Name.Value}.");
        }
    }

    /// <summary>A thrown (so stack-traced) exception, as a failing resolver produces.</summary>
    private static InvalidOperationException Throw()
    {
        try
        {
            throw new InvalidOperationException(SecretExceptionText);
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    private static async IAsyncEnumerable<GraphQLResult> CountdownAsync(string key, int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int n = Math.Min(from, 100); n >= 1; n--)
        {
            await Task.Delay(10, cancellationToken);
            yield return new GraphQLResult { Data = new Dictionary<string, object?> { [key] = n } };
        }
    }

    private static string? ReadString(FieldNode field, string argument, JsonElement? variables)
    {
        ArgumentNode? node = field.Arguments.FirstOrDefault(a => a.Name.Value == argument);
        return node?.Value switch
        {
            StringValueNode text => text.Value,
            VariableNode variable when variables is { } v && v.TryGetProperty(variable.Name.Value, out JsonElement value) && value.ValueKind == JsonValueKind.String => value.GetString(),
            _ => null,
        };
    }

    private static GraphQLResponseErrorLocation[] Locate(SyntaxNode node) =>
        node.Location is { } location ? [new(location.Line, location.Column)] : [];
}
