using System.Runtime.CompilerServices;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>Subscriptions (https://spec.graphql.org/October2021/#sec-Subscription).</summary>
public sealed partial class Executor
{
    /// <summary>
    /// Subscribes: the root field's event stream, each event executed as the root value of one result.
    /// When the subscription cannot start (bad operation or variables, resolver error, no stream) the
    /// sequence holds a single error result, as graphql-js's subscribe returns one.
    /// </summary>
    public async IAsyncEnumerable<ExecutionResult> SubscribeAsync(
        ExecutionRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        (IAsyncEnumerable<object?>? stream, ExecutionResult? failure) = await CreateSourceEventStreamAsync(request, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            yield return failure!;
            yield break;
        }

        await foreach (object? payload in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var eventRequest = new ExecutionRequest
            {
                Document = request.Document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                RootValue = payload,
                UserContext = request.UserContext,
                Services = request.Services,
            };
            yield return await ExecuteAsync(eventRequest, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>CreateSourceEventStream: resolves the single root field to its event stream.</summary>
    private async ValueTask<(IAsyncEnumerable<object?>? Stream, ExecutionResult? Failure)> CreateSourceEventStreamAsync(
        ExecutionRequest request, CancellationToken cancellationToken)
    {
        (ExecutionState? state, ExecutionResult? failure, CancellationTokenSource? timeout) = Prepare(request, request.RootValue, cancellationToken);
        timeout?.Dispose();
        if (state is null)
        {
            return (null, failure);
        }

        OperationDefinitionNode operation = state.Operation;
        ObjectType? rootType = Schema.SubscriptionType;
        FieldGroup? group = null;
        ResponsePath? path = null;
        try
        {
            if (rootType is null)
            {
                throw GraphQLError.At("Schema is not configured to execute subscription operation.", operation);
            }

            CollectedFields fields = FieldCollector.CollectRoot(state, rootType, operation.SelectionSet);
            if (fields.Groups.Length == 0)
            {
                FieldNode? first = operation.SelectionSet.Selections.OfType<FieldNode>().FirstOrDefault();
                string name = first?.Name.Value ?? string.Empty;
                throw GraphQLError.At($"The subscription field \"{name}\" is not defined.", first);
            }

            group = fields.Groups[0];
            path = ResponsePath.Field(null, group.ResponseName);
            FieldDefinition definition = group.Definition;
            IReadOnlyDictionary<string, object?> arguments =
                ArgumentValues.Coerce(definition.Arguments, group.Nodes[0].Arguments, group.Nodes[0], state.Variables);
            var context = new FieldContext(state, state.RootValue, rootType, definition, group.Nodes, arguments, path);
            object? source = definition.Subscriber is { } subscriber
                ? await subscriber(context).ConfigureAwait(false)
                : DefaultResolver.Resolve(state.RootValue, definition.Name);
            if (source is Exception exception)
            {
                throw exception;
            }

            return source is IAsyncEnumerable<object?> stream
                ? (stream, null)
                : throw new GraphQLError("Subscription field must return Async Iterable. Received: " + Inspect.Value(source) + ".");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GraphQLError error = group is not null && path is not null
                ? state.Locate(e, group, path)
                : e as GraphQLError ?? new GraphQLError(Options.Development ? e.Message : ExecutionOptions.MaskedErrorMessage, e);
            return (null, ExecutionResult.FromErrors([error]));
        }
    }
}
