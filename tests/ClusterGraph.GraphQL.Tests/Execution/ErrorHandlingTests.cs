using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Execution;

/// <summary>Resolver exceptions, masking, cancellation and the execution timeout.</summary>
public sealed class ErrorHandlingTests
{
    private static Schema Throwing() => SchemaBuilder.FromSdl("type Query { boom: Int safe: Int typed: Int nn: Int! }")
        .Bind("Query.boom", object? (_) => throw new InvalidOperationException("secret connection string"))
        .Bind("Query.safe", _ => 1)
        .Bind("Query.typed", object? (_) => throw new GraphQLError("Not allowed.", null, null, new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
        .Bind("Query.nn", object? (_) => throw new InvalidOperationException("x"))
        .Build();

    [Fact]
    public void Resolver_exceptions_are_masked_outside_development()
    {
        ExecutionResult result = new Executor(Throwing()).Execute(new ExecutionRequest { Document = Parser.Parse("{ safe boom }") });
        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":8}],"path":["boom"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"safe":1,"boom":null}}""",
            result.ToJsonString());
        Assert.IsType<InvalidOperationException>(result.Errors![0].InnerException);
    }

    [Fact]
    public void Development_mode_shows_the_exception_message()
    {
        ExecutionResult result = new Executor(Throwing(), new ExecutionOptions { Development = true })
            .Execute(new ExecutionRequest { Document = Parser.Parse("{ boom }") });
        Assert.Equal("secret connection string", result.Errors![0].Message);
    }

    [Fact]
    public void A_GraphQLError_from_a_resolver_keeps_its_message_and_extensions()
    {
        ExecutionResult result = new Executor(Throwing()).Execute(new ExecutionRequest { Document = Parser.Parse("{ typed }") });
        Assert.Equal(
            """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["typed"],"extensions":{"code":"FORBIDDEN"}}],"data":{"typed":null}}""",
            result.ToJsonString());
    }

    [Fact]
    public void An_error_in_a_non_null_root_field_nulls_data()
    {
        ExecutionResult result = new Executor(Throwing()).Execute(new ExecutionRequest { Document = Parser.Parse("{ safe nn }") });
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["nn"], result.Errors![0].Path!);
    }

    [Fact]
    public async Task The_timeout_stops_a_slow_resolver_and_reports_a_timeout_error()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { slow: Int }")
            .BindAsync("Query.slow", async c =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return 1;
            })
            .Build();

        ExecutionResult result = await new Executor(schema, new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) })
            .ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("{ slow }") });

        Assert.Equal(ExecutionOptions.TimeoutErrorCode, result.Errors![0].Extensions!["code"]);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_thrown_to_the_caller()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { slow: Int }")
            .BindAsync("Query.slow", async c =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return 1;
            })
            .Build();
        using var cancellation = new CancellationTokenSource();
        ValueTask<ExecutionResult> running = new Executor(schema).ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("{ slow }") }, cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await running);
    }

    [Fact]
    public void Request_errors_have_no_data_entry()
    {
        Schema schema = SchemaBuilder.Build("type Query { a(x: Int!): Int }");
        ExecutionResult result = new Executor(schema).Execute(new ExecutionRequest
        {
            Document = Parser.Parse("query ($x: Int!) { a(x: $x) }"),
            Variables = new Dictionary<string, object?> { ["x"] = "seven" },
        });
        Assert.Equal(
            """{"errors":[{"message":"Variable \u0022$x\u0022 got invalid value \u0022seven\u0022; Int cannot represent non-integer value: \u0022seven\u0022","locations":[{"line":1,"column":8}]}]}""",
            result.ToJsonString());
    }
}
