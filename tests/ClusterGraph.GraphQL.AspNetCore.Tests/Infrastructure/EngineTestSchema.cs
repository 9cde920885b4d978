using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>A small schema built with the real engine (SDL + resolvers), served through <see cref="GraphQLEngineRequestExecutor.Create"/> (engine validation included).</summary>
internal sealed class EngineTestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          slow: String
          boom: String
          refused: String
        }

        type Mutation {
          increment: Int!
        }
        """;

    private readonly TaskCompletionSource _slowCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _counter;

    public EngineTestSchema(bool development = false, ValidationOptions? validation = null)
    {
        Schema schema = SchemaBuilder.FromSdl(Sdl)
            .Bind("Query.hello", c => $"Hello, {c.GetArgument<string>("name", "world")}!")
            .BindAsync("Query.slow", SlowAsync)
            .Bind("Query.boom", _ => throw new InvalidOperationException(TinySchemaExecutor.SecretExceptionText))
            .Bind("Query.refused", _ => throw new Errors.GraphQLError("You may not read this field."))
            .Bind("Mutation.increment", _ => Interlocked.Increment(ref _counter))
            .Build();
        Executor = GraphQLEngineRequestExecutor.Create(schema, new ExecutionOptions { Development = development }, validation);
    }

    public GraphQLEngineRequestExecutor Executor { get; }

    /// <summary>Completes when the slow resolver's token fired.</summary>
    public Task SlowCancelled => _slowCancelled.Task;

    private async Task<string> SlowAsync(FieldContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            _slowCancelled.TrySetResult();
            throw;
        }

        return "never";
    }
}
