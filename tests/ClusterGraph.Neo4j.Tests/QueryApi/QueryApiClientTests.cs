using System.Text.Json;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Tests.QueryApi;

/// <summary>The client against a fake Query API: request shape, auth, bookmarks, errors, retries, timeouts.</summary>
public sealed class QueryApiClientTests
{
    private const string EmptyResult = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:one"]}""";

    // The documentation's syntax-error body (docs: http-api error handling; same error object in the Query API).
    private const string SyntaxError = """
        {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))\n\"This is not a valid Cypher Statement.\"\n ^"}]}
        """;

    private static string ErrorBody(string code, string message) =>
        JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });

    [Fact]
    public async Task Posts_the_statement_with_typed_parameters_to_the_query_endpoint()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, EmptyResult));
        Neo4jQueryClient client = QueryApiTestClient.Create(server, Neo4jAuth.Basic("neo4j", "verysecret"));
        var parameters = new Dictionary<string, object?>
        {
            ["name"] = "Alice",
            ["age"] = 42,
            ["big"] = long.MaxValue,
            ["lat"] = 37.0,
            ["none"] = null,
            ["flag"] = false,
            ["ids"] = new[] { "a", "b" },
            ["props"] = new Dictionary<string, object?> { ["k"] = 1.5 },
            ["bytes"] = new byte[] { 1, 2, 3 },
            ["day"] = new DateOnly(2024, 2, 29),
        };

        await client.RunAsync(Neo4jQuery.Write("MERGE (n:Person {name: $name}) RETURN n", parameters));

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", request.Headers["Authorization"]); // the docs' neo4j:verysecret
        Assert.Equal("application/vnd.neo4j.query", request.Headers["Accept"]);
        Assert.Equal("application/vnd.neo4j.query", request.Headers["Content-Type"]);

        JsonElement body = request.Json;
        Assert.Equal("MERGE (n:Person {name: $name}) RETURN n", body.GetProperty("statement").GetString());
        Assert.Equal("Write", body.GetProperty("accessMode").GetString());
        Assert.False(body.TryGetProperty("bookmarks", out _));
        JsonElement p = body.GetProperty("parameters");
        AssertTyped(p.GetProperty("name"), "String", "Alice");
        AssertTyped(p.GetProperty("age"), "Integer", "42");
        AssertTyped(p.GetProperty("big"), "Integer", "9223372036854775807");
        AssertTyped(p.GetProperty("lat"), "Float", "37.0");
        Assert.Equal("Null", p.GetProperty("none").GetProperty("$type").GetString());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("none").GetProperty("_value").ValueKind);
        Assert.Equal(JsonValueKind.False, p.GetProperty("flag").GetProperty("_value").ValueKind);
        Assert.Equal("List", p.GetProperty("ids").GetProperty("$type").GetString());
        AssertTyped(p.GetProperty("ids").GetProperty("_value")[1], "String", "b");
        Assert.Equal("Map", p.GetProperty("props").GetProperty("$type").GetString());
        AssertTyped(p.GetProperty("props").GetProperty("_value").GetProperty("k"), "Float", "1.5");
        AssertTyped(p.GetProperty("bytes"), "Base64", "AQID");
        AssertTyped(p.GetProperty("day"), "Date", "2024-02-29");
    }

    [Fact]
    public async Task Sends_a_bearer_token_and_routes_reads_to_readers()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, EmptyResult));
        Neo4jQueryClient client = QueryApiTestClient.Create(server, Neo4jAuth.Bearer("eyJhbGciOi.token"));

        await client.RunAsync(Neo4jQuery.Read("MATCH (n) RETURN n LIMIT 2"));

        RecordedRequest request = Assert.Single(server.Requests);
        Assert.Equal("Bearer eyJhbGciOi.token", request.Headers["Authorization"]);
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Sends_no_authorization_header_without_credentials()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, EmptyResult));

        await QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1"));

        Assert.False(Assert.Single(server.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task Carries_the_latest_bookmarks_for_read_your_writes()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:after-write"]}"""),
            FakeReply.Json(202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:after-read"]}"""),
            FakeReply.Json(202, EmptyResult));
        Neo4jQueryClient client = QueryApiTestClient.Create(server);

        await client.RunAsync(Neo4jQuery.Write("CREATE (:A)"));
        await client.RunAsync(Neo4jQuery.Read("MATCH (a:A) RETURN a"));
        await client.RunAsync(Neo4jQuery.Read("MATCH (a:A) RETURN a"));

        IReadOnlyList<RecordedRequest> requests = server.Requests;
        Assert.False(requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal(["FB:after-write"], Bookmarks(requests[1]));
        Assert.Equal(["FB:after-read"], Bookmarks(requests[2]));
    }

    [Fact]
    public async Task Surfaces_a_client_error_with_neo4j_code_and_message_without_retrying()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(400, SyntaxError));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("This is not a valid Cypher Statement.")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Invalid input 'T'", error.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(400, error.HttpStatus);
        Assert.False(error.IsRetryable);
        Assert.IsNotType<Neo4jUnavailableException>(error);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Reads_an_error_list_even_under_a_success_status()
    {
        // Older servers answered 202 and put the failure in the errors list.
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, SyntaxError));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
    }

    [Fact]
    public async Task Surfaces_the_documented_unauthorized_error()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}"""));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(
            () => QueryApiTestClient.Create(server, Neo4jAuth.Basic("neo4j", "incorrect")).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal("Invalid username or password.", error.ServerMessage);
        Assert.Equal(401, error.HttpStatus);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Retries_a_read_after_a_transient_error()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(503, ErrorBody("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock detected.")),
            FakeReply.Json(503, ErrorBody("Neo.TransientError.Transaction.LockAcquisitionTimeout", "Lock timeout.")),
            FakeReply.Json(202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"7"}]]},"bookmarks":[]}"""));

        Neo4jResult result = await QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 7 AS x"));

        Assert.Equal(7L, result.Records[0]["x"]);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("RETURN 7 AS x", r.Json.GetProperty("statement").GetString()));
    }

    [Fact]
    public async Task Does_not_retry_a_write_after_a_transient_error()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(503, ErrorBody("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock detected.")),
            FakeReply.Json(202, EmptyResult));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Write("CREATE (:A)")));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.True(error.IsRetryable);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Retries_a_write_marked_idempotent()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(503, ErrorBody("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock detected.")),
            FakeReply.Json(202, EmptyResult));

        await QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Write("MERGE (:A {id: 1})") with { Idempotent = true });

        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    [InlineData("Neo.ClientError.Statement.ParameterMissing")]
    [InlineData("Neo.DatabaseError.General.UnknownError")]
    public async Task Does_not_retry_non_retryable_errors_even_for_reads(string code)
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(400, ErrorBody(code, "It failed.")),
            FakeReply.Json(202, EmptyResult));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal(code, error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Gives_up_after_the_retry_budget_and_reports_unavailable()
    {
        string unavailable = ErrorBody("Neo.TransientError.Database.DatabaseUnavailable", "Database 'neo4j' is unavailable.");
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            FakeReply.Json(503, unavailable), FakeReply.Json(503, unavailable), FakeReply.Json(503, unavailable), FakeReply.Json(503, unavailable));

        Neo4jUnavailableException error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => QueryApiTestClient.Create(server, maxRetries: 2).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal("Neo.TransientError.Database.DatabaseUnavailable", error.Code);
        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter); // the configured default: the server sent none
        Assert.Equal(3, server.Requests.Count); // 1 + 2 retries
    }

    [Fact]
    public async Task Surfaces_503_with_the_servers_retry_after()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(new FakeReply(503, null, RetryAfterSeconds: 7));

        Neo4jUnavailableException error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal(Neo4jErrorCodes.ServiceUnavailable, error.Code);
        Assert.Equal(503, error.HttpStatus);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Single(server.Requests); // 7 s is longer than this client would hold a caller
    }

    [Fact]
    public async Task Retries_a_read_after_a_dropped_connection()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            new FakeReply(0, null, Abort: true),
            FakeReply.Json(202, EmptyResult));

        await QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1"));

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Does_not_retry_a_write_after_a_dropped_connection()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(
            new FakeReply(0, null, Abort: true),
            FakeReply.Json(202, EmptyResult));

        Neo4jUnavailableException error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Write("CREATE (:A)")));

        Assert.Equal(Neo4jErrorCodes.ConnectionFailed, error.Code);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Reports_unavailable_when_nothing_listens()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = new Neo4jQueryClient(new HttpClient(), new Neo4jClientOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            MaxRetries = 1,
            InitialBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(5),
        });

        Neo4jUnavailableException error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal(Neo4jErrorCodes.ConnectionFailed, error.Code);
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Times_out_a_request_that_gets_no_answer_and_does_not_retry_it()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(new FakeReply(0, null, Hang: true), FakeReply.Json(202, EmptyResult));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(
            () => QueryApiTestClient.Create(server, requestTimeout: TimeSpan.FromMilliseconds(300)).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal(Neo4jErrorCodes.Timeout, error.Code);
        Assert.False(error.IsRetryable);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Honours_the_callers_cancellation()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(new FakeReply(0, null, Hang: true));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1"), cancellation.Token));
    }

    [Fact]
    public async Task Refuses_parameter_values_it_cannot_type()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, EmptyResult));
        var parameters = new Dictionary<string, object?> { ["when"] = DateTime.UtcNow };

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN $when", parameters)));

        Assert.Contains("System.DateTime", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static void AssertTyped(JsonElement value, string type, string text)
    {
        Assert.Equal(type, value.GetProperty("$type").GetString());
        Assert.Equal(text, value.GetProperty("_value").GetString());
    }

    private static string[] Bookmarks(RecordedRequest request) =>
        [.. request.Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()!)];
}
