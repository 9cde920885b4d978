using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ClusterGraph.GraphQL.AspNetCore.Tests;

/// <summary>The independent oracle for the transport: graphql-http 1.22.4's serverAudits against a real Kestrel.</summary>
public sealed class ServerAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Graphql_http_server_audits_pass_every_MUST_and_SHOULD()
    {
        await using GraphQLTestServer server = await GraphQLTestServer.StartAsync();

        string lines = await NodeScript.RunAsync("http/audit-server.mjs", [server.Endpoint.ToString()], TimeSpan.FromMinutes(2));

        var results = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var failures = new List<string>();
        var counts = new Dictionary<string, (int Passed, int Total)>();
        foreach (JsonObject result in results)
        {
            string name = (string)result["name"]!;
            string requirement = name.Split(' ')[0];
            bool ok = (string)result["status"]! == "ok";
            (int passed, int total) = counts.GetValueOrDefault(requirement);
            counts[requirement] = (passed + (ok ? 1 : 0), total + 1);
            if (!ok)
            {
                failures.Add($"{requirement} {result["id"]} {name}: {result["reason"]}");
            }
        }

        foreach (string requirement in (string[])["MUST", "SHOULD", "MAY"])
        {
            (int passed, int total) = counts.GetValueOrDefault(requirement);
            output.WriteLine($"graphql-http audits {requirement}: {passed}/{total} passed");
        }

        failures.ForEach(output.WriteLine);
        Assert.Equal((13, 13), counts["MUST"]);
        Assert.Equal((20, 20), counts["SHOULD"]);
        Assert.DoesNotContain(failures, f => !f.StartsWith("MAY", StringComparison.Ordinal));
    }
}
