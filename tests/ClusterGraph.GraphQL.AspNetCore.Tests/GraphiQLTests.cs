using System.Net;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>GraphiQL: served only to clients that prefer HTML, from local assets, and working in a real browser.</summary>
public sealed class GraphiQLTests(ITestOutputHelper output)
{
    private const string DefaultQuery = "query Greeting {\n  hello(name: \"GraphiQL\")\n}\n";

    private static void UseTestSchemaExamples(GraphQLHttpOptions options)
    {
        options.GraphiQL.Examples.Clear();
        options.GraphiQL.Examples.Add(new GraphiQLExample(DefaultQuery));
        options.GraphiQL.Examples.Add(new GraphiQLExample("query Named($n: String) { hello(name: $n) }", """{ "n": "tab two" }"""));
    }

    [Fact]
    public async Task Browser_loads_GraphiQL_runs_the_default_query_and_shows_the_result()
    {
        // Over the real engine, so GraphiQL's own introspection query goes through the engine's validation limits too.
        var introspection = new IntrospectionRecorder(new EngineTestSchema().Executor);
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(UseTestSchemaExamples, introspection);
        await using HeadlessChromium browser = await HeadlessChromium.LaunchAsync();

        await browser.NavigateAsync(server.Endpoint);
        await browser.WaitForTextAsync("document.querySelector('.graphiql-execute-button') ? 'ready' : ''", TimeSpan.FromSeconds(30));
        string editor = await browser.WaitForTextAsync(
            "(() => { const cm = document.querySelector('.graphiql-query-editor .CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : ''; })()",
            TimeSpan.FromSeconds(10));
        await browser.EvaluateAsync("document.querySelector('.graphiql-execute-button').click()");
        string result = await browser.WaitForTextAsync(
            "(() => { const cm = document.querySelector('.result-window .CodeMirror'); const v = cm && cm.CodeMirror ? cm.CodeMirror.getValue() : ''; return v.includes('\"hello\"') ? v : ''; })()",
            TimeSpan.FromSeconds(30));
        string[] resources = (await browser.EvaluateAsync("performance.getEntriesByType('resource').map(e => e.name)"))!.AsArray().Select(n => (string)n!).ToArray();

        string folder = Path.Combine(AppContext.BaseDirectory, "graphiql");
        Directory.CreateDirectory(folder);
        string screenshot = Path.Combine(folder, "graphiql-default-query.png");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        output.WriteLine($"screenshot: {screenshot}");
        output.WriteLine($"result panel: {result}");

        Assert.Equal(DefaultQuery, editor);
        Assert.Equal([GraphQLOutcomeKind.Executed], introspection.Outcomes.Distinct());
        Assert.True(introspection.ErrorFree, "GraphiQL's introspection query came back with errors.");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"data":{"hello":"Hello, GraphiQL!"}}"""), JsonNode.Parse(result)), result);
        Assert.NotEmpty(resources);
        Assert.All(resources, r => Assert.StartsWith(server.BaseAddress.ToString(), r, StringComparison.Ordinal));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(screenshot))[..4]);
    }

    [Fact]
    public async Task Page_is_served_for_HTML_and_references_only_local_assets()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage page = await server.GetAsync(string.Empty, "text/html");
        string html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", ResponseJson.MediaType(page));
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (string asset in (string[])["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js", "graphiql-setup.js"])
        {
            Assert.Contains($"/graphql/graphiql/{asset}", html, StringComparison.Ordinal);
            using HttpResponseMessage file = await server.Client.GetAsync(new Uri(server.Endpoint + "/graphiql/" + asset));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }

        using HttpResponseMessage unknown = await server.Client.GetAsync(new Uri(server.Endpoint + "/graphiql/secrets.json"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Default_examples_are_preloaded_as_tabs()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        using HttpResponseMessage page = await server.GetAsync(string.Empty, "text/html");
        string html = await page.Content.ReadAsStringAsync();

        Assert.Contains("MapTeamsSemiconductorMap", html, StringComparison.Ordinal);
        Assert.Contains("ResearchersValueChain", html, StringComparison.Ordinal);
        Assert.Contains("InvestorsTopClusters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_examples_are_valid_against_the_contract_per_graphql_js()
    {
        string contract = FindContract();
        string documents = Path.Combine(Path.GetTempPath(), $"cg-examples-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(documents, new JsonArray(new GraphiQLOptions().Examples.Select(e => (JsonNode?)e.Query).ToArray()).ToJsonString());
        try
        {
            string answer = await NodeScript.RunAsync("http/validate-documents.mjs", [contract, documents], TimeSpan.FromMinutes(1));
            JsonArray perDocument = JsonNode.Parse(answer)!.AsArray();

            Assert.Equal(3, perDocument.Count);
            Assert.All(perDocument, errors => Assert.Empty(errors!.AsArray()));
        }
        finally
        {
            File.Delete(documents);
        }
    }

    [Fact]
    public async Task GraphiQL_can_be_switched_off()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(o => o.GraphiQL.Enabled = false);

        using HttpResponseMessage page = await server.GetAsync(string.Empty, "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, page.StatusCode);
    }

    /// <summary>The served schema once the repository has one, else the contract in shared/ beside the repository.</summary>
    private static string FindContract()
    {
        foreach (string candidate in (string[])[
            Path.Combine(RepoPaths.Root, "schema", "cluster-graph.graphql"),
            Path.Combine(RepoPaths.Root, "..", "shared", "contract", "cluster-graph.graphql"),
            "/work/shared/contract/cluster-graph.graphql"])
        {
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException("No ClusterGraph schema found (schema/cluster-graph.graphql or shared/contract/cluster-graph.graphql).");
    }

    /// <summary>Records how GraphiQL's introspection requests were answered.</summary>
    private sealed class IntrospectionRecorder(IGraphQLRequestExecutor inner) : IGraphQLRequestExecutor
    {
        private readonly List<GraphQLOutcomeKind> _outcomes = [];

        public IReadOnlyList<GraphQLOutcomeKind> Outcomes
        {
            get
            {
                lock (_outcomes)
                {
                    return [.. _outcomes];
                }
            }
        }

        public bool ErrorFree { get; private set; } = true;

        public async ValueTask<GraphQLExecutionOutcome> ExecuteAsync(GraphQLExecutionRequest request, CancellationToken cancellationToken)
        {
            GraphQLExecutionOutcome outcome = await inner.ExecuteAsync(request, cancellationToken);
            if (request.Query.Contains("__schema", StringComparison.Ordinal))
            {
                lock (_outcomes)
                {
                    _outcomes.Add(outcome.Kind);
                    ErrorFree &= outcome.Errors.Count == 0 && outcome.Result?.Errors.Count is null or 0;
                }
            }

            return outcome;
        }
    }
}
