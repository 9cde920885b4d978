using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.ResponseCaching;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

/// <summary>The decorator without Redis (L1 only): what is cached, under which key, and for how long.</summary>
public sealed class CachingRequestExecutorTests
{
    private readonly CountingExecutor _inner = new();
    private readonly ManualVersionSource _versions = new();

    [Fact]
    public async Task A_repeated_query_runs_once_and_the_hit_carries_the_same_result()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        GraphQLExecutionOutcome first = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        GraphQLExecutionOutcome second = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.Equal(1, _inner.Executions);
        Assert.Equal(CacheRequests.ResultJson(first), CacheRequests.ResultJson(second));
        Assert.Equal(1, CacheRequests.Execution(second));
        Assert.Equal(1, cache.Statistics.MemoryHits);
        Assert.Equal(1, cache.Statistics.Executions);
    }

    [Fact]
    public async Task Whitespace_commas_comments_and_the_query_keyword_do_not_change_the_key()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        // graphql-js prints an unnamed query without variables or directives as its bare selection set.
        string[] spellings = ["{ a b(x: 1) }", "query {\n  a,,\n  # a comment\n  b( x :1 )\n}", "\uFEFF  {a b(x:1)}  "];
        foreach (string query in spellings)
        {
            Assert.Equal(1, CacheRequests.Execution(await executor.ExecuteAsync(CacheRequests.Create(query), default)));
        }

        Assert.Equal(1, _inner.Executions);

        // A real difference (another argument value) is another key.
        await executor.ExecuteAsync(CacheRequests.Create("{ a b(x: 2) }"), default);
        Assert.Equal(2, _inner.Executions);
    }

    [Fact]
    public async Task Variables_are_part_of_the_key_but_their_member_order_and_spacing_are_not()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);
        const string Query = "query Q($i: Int, $s: String) { a(i: $i, s: $s) }";

        await executor.ExecuteAsync(CacheRequests.Create(Query, """{"i": 1, "s": "x"}"""), default);
        await executor.ExecuteAsync(CacheRequests.Create(Query, """{ "s":"x","i":1 }"""), default);
        Assert.Equal(1, _inner.Executions);

        await executor.ExecuteAsync(CacheRequests.Create(Query, """{"i": 2, "s": "x"}"""), default);
        await executor.ExecuteAsync(CacheRequests.Create(Query, """{"i": 1, "s": "y"}"""), default);
        Assert.Equal(3, _inner.Executions);

        // No variables, null and {} are the same request.
        await executor.ExecuteAsync(CacheRequests.Create(Query), default);
        await executor.ExecuteAsync(CacheRequests.Create(Query, "null"), default);
        await executor.ExecuteAsync(CacheRequests.Create(Query, "{}"), default);
        Assert.Equal(4, _inner.Executions);
    }

    [Fact]
    public async Task The_operation_name_and_the_callers_role_are_part_of_the_key()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);
        const string Document = "query A { a } query B { a }";

        await executor.ExecuteAsync(CacheRequests.Create(Document, operationName: "A"), default);
        await executor.ExecuteAsync(CacheRequests.Create(Document, operationName: "B"), default);
        await executor.ExecuteAsync(CacheRequests.Create(Document, operationName: "A"), default);
        Assert.Equal(2, _inner.Executions);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }", role: "admin"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }", role: "viewer"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }", role: "admin"), default);
        Assert.Equal(5, _inner.Executions);
    }

    [Fact]
    public async Task The_role_selector_is_pluggable()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions, o => o.CallerRole = _ => "everyone");
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }", role: "admin"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }", role: "viewer"), default);

        Assert.Equal(1, _inner.Executions);
    }

    [Theory]
    [InlineData("mutation { add }", null)]
    [InlineData("subscription { ticks }", null)]
    [InlineData("query Q { a } mutation M { add }", "M")]
    [InlineData("{ a } { b }", null)] // two anonymous operations: none is selected; the executor reports it
    [InlineData("query Q { a }", "Missing")]
    [InlineData("{ a ", null)] // does not parse
    public async Task Mutations_subscriptions_and_unselectable_operations_are_never_cached(string query, string? operationName)
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create(query, operationName: operationName), default);
        await executor.ExecuteAsync(CacheRequests.Create(query, operationName: operationName), default);

        Assert.Equal(2, _inner.Executions);
        Assert.Equal(2, cache.Statistics.Bypassed);
        Assert.Equal(0, cache.MemoryEntryCount);
    }

    [Fact]
    public async Task A_query_over_a_transport_that_allows_no_queries_is_passed_through()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }", allowed: GraphQLOperationKinds.Mutation), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }", allowed: GraphQLOperationKinds.Mutation), default);

        Assert.Equal(2, _inner.Executions);
    }

    [Fact]
    public async Task Results_with_errors_are_never_cached()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        GraphQLExecutionOutcome first = await executor.ExecuteAsync(CacheRequests.Create("{ boom }"), default);
        GraphQLExecutionOutcome second = await executor.ExecuteAsync(CacheRequests.Create("{ boom }"), default);

        Assert.Equal(2, _inner.Executions);
        Assert.Equal("boom failed", Assert.Single(second.Result!.Errors).Message);
        Assert.Equal("boom failed", Assert.Single(first.Result!.Errors).Message);
        Assert.Equal(0, cache.Statistics.Stored);
    }

    [Fact]
    public async Task Request_errors_are_never_cached()
    {
        var refusing = new RefusingExecutor();
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(refusing, cache);

        GraphQLExecutionOutcome outcome = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        Assert.Equal(2, refusing.Calls);
    }

    [Fact]
    public async Task A_new_data_version_makes_cached_answers_stale()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        _versions.Version = "2";
        GraphQLExecutionOutcome afterWrite = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        GraphQLExecutionOutcome again = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.Equal(2, CacheRequests.Execution(afterWrite));
        Assert.Equal(2, CacheRequests.Execution(again));
        Assert.Equal("2", cache.KnownVersion);
    }

    [Fact]
    public async Task Versions_compare_as_numbers_so_9_to_10_is_a_bump()
    {
        _versions.Version = "9";
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        _versions.Version = "10";
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.Equal(2, _inner.Executions);
        Assert.Equal("10", cache.KnownVersion);
    }

    [Fact]
    public async Task A_store_behind_the_announced_version_answers_but_does_not_cache()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        await cache.AnnounceVersionAsync("5");
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        Assert.Equal(3, _inner.Executions);

        _versions.Version = "5";
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        Assert.Equal(4, _inner.Executions);
    }

    [Fact]
    public async Task Entries_expire_after_the_time_to_live()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions, o => o.TimeToLive = TimeSpan.FromSeconds(30), clock);
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        clock.Now += TimeSpan.FromSeconds(29);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        Assert.Equal(1, _inner.Executions);

        clock.Now += TimeSpan.FromSeconds(1);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        Assert.Equal(2, _inner.Executions);
    }

    [Fact]
    public async Task The_debug_marker_says_miss_then_hit_with_the_age()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions, o => o.Debug = true, clock);
        var executor = new CachingRequestExecutor(_inner, cache);

        GraphQLExecutionOutcome miss = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        clock.Now += TimeSpan.FromSeconds(7);
        GraphQLExecutionOutcome hit = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        JsonElement missExtensions = JsonDocument.Parse(CacheRequests.ResultJson(miss)).RootElement.GetProperty("extensions");
        JsonElement hitExtensions = JsonDocument.Parse(CacheRequests.ResultJson(hit)).RootElement.GetProperty("extensions");
        Assert.Equal("""{"status":"miss","source":"executor","age":0}""", missExtensions.GetProperty("cache").GetRawText());
        Assert.Equal("""{"status":"hit","source":"memory","age":7}""", hitExtensions.GetProperty("cache").GetRawText());

        // The executor's own extensions are kept beside the marker.
        Assert.Equal(3, hitExtensions.GetProperty("cost").GetInt32());
    }

    [Fact]
    public async Task A_malformed_data_version_turns_caching_off_without_failing_reads()
    {
        _versions.Version = "v1";
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions);
        var executor = new CachingRequestExecutor(_inner, cache);

        GraphQLExecutionOutcome outcome = await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.Equal(GraphQLOutcomeKind.Executed, outcome.Kind);
        Assert.Equal(2, _inner.Executions);
    }

    [Fact]
    public async Task Answers_larger_than_the_entry_limit_are_not_cached()
    {
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions, o => o.MaxEntryBytes = 64);
        var executor = new CachingRequestExecutor(_inner, cache);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);

        Assert.Equal(2, _inner.Executions);
    }

    [Fact]
    public async Task Invalid_options_are_refused_with_every_problem_named()
    {
        var options = new ResponseCacheOptions
        {
            TimeToLive = TimeSpan.Zero,
            MaxEntryBytes = 0,
            RedisCommandTimeout = TimeSpan.FromMinutes(1),
            RedisKeyPrefix = "",
            UseMemoryCache = false,
            UseRedis = false,
        };

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new ResponseCache(options, _versions));

        Assert.Equal(5, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.StartsWith("TimeToLive", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("MaxEntryBytes", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("RedisCommandTimeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("RedisKeyPrefix", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Both UseMemoryCache and UseRedis", StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_memory_cache_drops_the_least_recently_used_entry_when_full()
    {
        // Each entry of the counting executor weighs 373 bytes (its 117-byte payload plus 256 of bookkeeping):
        // three fit in 1,300 bytes, a fourth does not.
        await using ResponseCache cache = CacheRequests.InMemoryCache(_versions, o => { o.MemoryCacheSizeLimit = 1300; o.MaxEntryBytes = 1000; });
        var executor = new CachingRequestExecutor(_inner, cache);
        foreach (string field in (string[])["a", "b", "c"])
        {
            await executor.ExecuteAsync(CacheRequests.Create($"{{ {field} }}"), default);
        }

        Assert.Equal(3, cache.MemoryEntryCount);
        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default); // a is now the most recent
        await executor.ExecuteAsync(CacheRequests.Create("{ d }"), default); // evicts b
        Assert.Equal(4, _inner.Executions);
        Assert.Equal(3, cache.MemoryEntryCount);

        await executor.ExecuteAsync(CacheRequests.Create("{ a }"), default);
        Assert.Equal(4, _inner.Executions);
        await executor.ExecuteAsync(CacheRequests.Create("{ b }"), default);
        Assert.Equal(5, _inner.Executions);
    }

    private sealed class RefusingExecutor : IGraphQLRequestExecutor
    {
        public int Calls { get; private set; }

        public ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(GraphQLExecutionOutcome.RequestError(GraphQLResponseError.WithCode("Variable \"$x\" is never used.", "GRAPHQL_VALIDATION_FAILED")));
        }
    }
}
