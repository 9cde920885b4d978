using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The independent oracle for the transport: graphql-http 1.22.4's serverAudits against a real Kestrel,
/// over the real engine (parser + executor through <see cref="GraphQLEngineRequestExecutor"/>) and over
/// the tiny test executor.
/// </summary>
public sealed class ServerAuditTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("engine")]
    [InlineData("tiny")]
    public async Task Graphql_http_server_audits_pass_every_MUST_and_SHOULD(string executor)
    {
        IGraphQLRequestExecutor chosen = executor == "engine" ? new EngineTestSchema().Executor : new TinySchemaExecutor();
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync(executor: chosen);

        string lines = await NodeScript.RunAsync("http/audit-server.mjs", [server.Endpoint.ToString()], TimeSpan.FromMinutes(2));

        var failures = new List<string>();
        var counts = new Dictionary<string, (int Passed, int Total)>();
        foreach (string line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            JsonObject result = JsonNode.Parse(line)!.AsObject();
            string name = (string)result["name"]!;
            string requirement = name.Split(' ')[0];
            bool ok = (string)result["status"]! == "ok";
            (int passed, int total) = counts.GetValueOrDefault(requirement);
            counts[requirement] = (passed + (ok ? 1 : 0), total + 1);
            if (!ok)
            {
                failures.Add($"{result["id"]} {name}: {result["reason"]}");
            }
        }

        foreach (string requirement in (string[])["MUST", "SHOULD", "MAY"])
        {
            (int passed, int total) = counts.GetValueOrDefault(requirement);
            output.WriteLine($"graphql-http audits ({executor} executor) {requirement}: {passed}/{total} passed");
        }

        failures.ForEach(output.WriteLine);
        Assert.Equal((13, 13), counts["MUST"]);
        Assert.Equal((20, 20), counts["SHOULD"]);
    }
}
