using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>The harness itself: the oracle answers in order and reports graphql-js's own verdicts.</summary>
public sealed class NodeOracleTests
{
    [Fact]
    public void Answers_every_request_in_order_with_graphql_js_verdicts()
    {
        var requests = new List<JsonObject>
        {
            new() { ["op"] = "parse", ["source"] = "{ a }" },
            new() { ["op"] = "parse", ["source"] = "{" },
            new() { ["op"] = "parse", ["sourceBase64"] = Convert.ToBase64String("{ a(s: \"\u00e9\") }"u8.ToArray()) },
        };

        IReadOnlyList<JsonObject> answers = NodeOracle.Run(requests);

        Assert.Equal(3, answers.Count);
        Assert.Equal("{\n  a\n}", (string?)answers[0]["printed"]);
        Assert.False((bool)answers[1]["ok"]!);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", (string?)answers[1]["message"]);
        Assert.Equal(1, (int)answers[1]["line"]!);
        Assert.Equal(2, (int)answers[1]["column"]!);
        Assert.Equal("{\n  a(s: \"\u00e9\")\n}", (string?)answers[2]["printed"]);
    }
}
