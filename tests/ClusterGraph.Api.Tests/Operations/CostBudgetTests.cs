using System.Net;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// Each operation pays its static cost from the caller's budget (here 12 per IP, one token back every 300 s).
/// Costs worked out from the schema's directives: valueChain has @cost(weight: "5") and __typename costs 0, so
/// the first query costs 5; entity returns an object (1) and id is a scalar (0), so the second costs 1.
/// </summary>
public sealed class CostBudgetTests(CostBudgetApi api) : IClassFixture<CostBudgetApi>
{
    private const string CostsFive = "{ valueChain(industry: \"industry:semiconductor\") { __typename } }";
    private const string CostsOne = "{ entity(id: \"region:incheon\") { id } }";

    [Fact]
    public async Task Operations_spend_their_cost_and_a_budget_that_cannot_pay_is_429_with_Retry_After()
    {
        await ExpectOkAsync(CostsFive); // 12 - 5 = 7 left
        await ExpectOkAsync(CostsFive); // 2 left

        // 5 > 2: refused before it runs; 3 tokens are missing, one comes back every 300 s.
        using (HttpResponseMessage refused = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create(CostsFive)))
        {
            await AssertRefusedAsync(refused, retryAfterSeconds: 900);
        }

        await ExpectOkAsync(CostsOne); // 1 left
        await ExpectOkAsync(CostsOne); // 0 left

        // An empty budget refuses the next request before its body is even read, whatever it costs.
        using (HttpResponseMessage refused = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create("{ __typename }")))
        {
            await AssertRefusedAsync(refused, retryAfterSeconds: 300);
        }

        string text = await api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(12, MetricsText.Value(text, "clustergraph_graphql_cost_spent_total"));
        Assert.Equal(2, MetricsText.Value(text, "clustergraph_graphql_cost_refusals_total"));
        Assert.Equal(2, MetricsText.Value(text, "clustergraph_graphql_requests_total{status=\"429\"}"));
    }

    private async Task ExpectOkAsync(string query)
    {
        using HttpResponseMessage response = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["errors"]);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage refused, int retryAfterSeconds)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(refused.Headers.GetValues("Retry-After")));
        var body = (JsonObject)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal("RATE_LIMITED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);
    }
}
