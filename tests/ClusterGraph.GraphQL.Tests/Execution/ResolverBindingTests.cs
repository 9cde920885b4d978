using System.Runtime.CompilerServices;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Execution;

/// <summary>Schema-first binding: CLR values, async resolvers, parallel queries, serial mutations, scalars, enums, subscriptions.</summary>
public sealed class ResolverBindingTests
{
    private enum Shade
    {
        Light,
        Dark,
    }

    private sealed record Person(string Name, int Age, Shade Shade, Person? Friend);

    private sealed record Dog(string Name);

    private sealed record Cat(int Lives);

    [Fact]
    public void The_default_resolver_reads_clr_properties_ignoring_case_and_enums_by_bound_value()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { me: Person } type Person { name: String age: Int shade: Shade friend: Person } enum Shade { LIGHT DARK }")
            .Bind("Query.me", _ => new Person("Ann", 40, Shade.Dark, new Person("Bo", 3, Shade.Light, null)))
            .BindEnumValue("Shade.LIGHT", Shade.Light)
            .BindEnumValue("Shade.DARK", Shade.Dark)
            .Build();
        ExecutionResult result = new Executor(schema).Execute(new ExecutionRequest { Document = Parser.Parse("{ me { name age shade friend { name shade friend { name } } } }") });
        Assert.Equal(
            """{"data":{"me":{"name":"Ann","age":40,"shade":"DARK","friend":{"name":"Bo","shade":"LIGHT","friend":null}}}}""",
            result.ToJsonString());
    }

    [Fact]
    public void Abstract_types_resolve_clr_values_by_class_name_or_a_bound_type_resolver()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { pets: [Pet] named: [Named] } union Pet = Dog | Cat interface Named { name: String } type Dog implements Named { name: String } type Cat { lives: Int }")
            .Bind("Query.pets", _ => new object[] { new Dog("Rex"), new Cat(9) })
            .Bind("Query.named", _ => new object[] { "Fido" })
            .BindTypeResolver("Named", (value, _) => value is string ? "Dog" : null)
            .Bind("Dog.name", c => c.Source is Dog dog ? dog.Name : c.Source)
            .Build();
        ExecutionResult result = new Executor(schema).Execute(new ExecutionRequest
        {
            Document = Parser.Parse("{ pets { __typename ... on Dog { name } ... on Cat { lives } } named { name } }"),
        });
        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","lives":9}],"named":[{"name":"Fido"}]}}""", result.ToJsonString());
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        var both = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int started = 0;
        async Task<object?> WaitForBoth()
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                both.SetResult();
            }

            // A serial executor would never start the second field: guard the test against hanging.
            await both.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return started;
        }

        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
            .BindAsync("Query.a", _ => WaitForBoth())
            .BindAsync("Query.b", _ => WaitForBoth())
            .Build();
        ExecutionResult result = await new Executor(schema).ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("{ a b }") });
        Assert.Equal("""{"data":{"a":2,"b":2}}""", result.ToJsonString());
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        async Task<object?> Step(string name)
        {
            lock (log)
            {
                log.Add(name + " start");
            }

            await Task.Yield();
            await Task.Delay(5);
            lock (log)
            {
                log.Add(name + " end");
            }

            return name;
        }

        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { first: String second: String third: String }")
            .BindAsync("Mutation.first", _ => Step("first"))
            .BindAsync("Mutation.second", _ => Step("second"))
            .BindAsync("Mutation.third", _ => Step("third"))
            .Build();
        ExecutionResult result = await new Executor(schema).ExecuteAsync(new ExecutionRequest { Document = Parser.Parse("mutation { third first second }") });
        Assert.Equal("""{"data":{"third":"third","first":"first","second":"second"}}""", result.ToJsonString());
        Assert.Equal(["third start", "third end", "first start", "first end", "second start", "second end"], log);
    }

    private sealed class UpperScalar() : ScalarType("Upper")
    {
        public override object? Serialize(object? value) => value?.ToString()?.ToUpperInvariant();

        public override object? ParseValue(object? value) =>
            value is string s ? s.ToLowerInvariant() : throw new GraphQLError("Upper must be a string.");

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is StringValueNode s ? s.Value.ToLowerInvariant() : throw new GraphQLError("Upper must be a string.");
    }

    [Fact]
    public void A_bound_custom_scalar_coerces_literals_variables_and_results()
    {
        Schema schema = SchemaBuilder.FromSdl("scalar Upper type Query { echo(a: Upper, b: Upper): Upper }")
            .BindScalar(new UpperScalar())
            .Bind("Query.echo", c => $"{c.GetArgument<string>("a")}|{c.GetArgument<string>("b")}")
            .Build();
        ExecutionResult result = new Executor(schema).Execute(new ExecutionRequest
        {
            Document = Parser.Parse("query ($v: Upper) { echo(a: \"MiXeD\", b: $v) }"),
            Variables = new Dictionary<string, object?> { ["v"] = "VaR" },
        });
        Assert.Equal("""{"data":{"echo":"MIXED|VAR"}}""", result.ToJsonString());

        ExecutionResult bad = new Executor(schema).Execute(new ExecutionRequest
        {
            Document = Parser.Parse("query ($v: Upper) { echo(b: $v) }"),
            Variables = new Dictionary<string, object?> { ["v"] = 3 },
        });
        Assert.Equal("Variable \"$v\" got invalid value 3; Upper must be a string.", bad.Errors![0].Message);
    }

    [Fact]
    public void Binding_a_missing_field_is_a_schema_error()
    {
        SchemaException error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int }").Bind("Query.b", _ => 1).Build());
        Assert.Contains("Cannot bind a resolver to \"Query.b\"", error.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Dictionary<string, object?> { ["tick"] = i };
        }
    }

    [Fact]
    public async Task A_subscription_yields_one_result_per_event()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { tick(times: Int!): Int }")
            .BindSubscription("Subscription.tick", c => new ValueTask<IAsyncEnumerable<object?>>(Ticks(c.GetArgument<int>("times"))))
            .Build();
        var results = new List<string>();
        await foreach (ExecutionResult result in new Executor(schema).SubscribeAsync(new ExecutionRequest { Document = Parser.Parse("subscription { tick(times: 3) }") }))
        {
            results.Add(result.ToJsonString());
        }

        Assert.Equal(["""{"data":{"tick":1}}""", """{"data":{"tick":2}}""", """{"data":{"tick":3}}"""], results);
    }

    [Fact]
    public async Task A_subscription_that_cannot_start_yields_a_single_error_result()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { a: Int } type Subscription { tick: Int }").Build();
        var results = new List<string>();
        var request = new ExecutionRequest
        {
            Document = Parser.Parse("subscription { tick }"),
            RootValue = new Dictionary<string, object?> { ["tick"] = 5 },
        };
        await foreach (ExecutionResult result in new Executor(schema).SubscribeAsync(request))
        {
            results.Add(result.ToJsonString());
        }

        Assert.Equal(
            ["""{"errors":[{"message":"Subscription field must return Async Iterable. Received: 5.","locations":[{"line":1,"column":16}],"path":["tick"]}]}"""],
            results);
    }
}
