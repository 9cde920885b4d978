using System.Net;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// Operations by name and status (names past the cap of two counted as "(other)") and validation rejections by
/// the rule that reported them. The host is this class's alone, so every count below is worked out from the
/// requests sent here.
/// </summary>
public sealed class OperationMetricsTests(CappedNamesApi api) : IClassFixture<CappedNamesApi>
{
    [Fact]
    public async Task Operations_are_counted_by_capped_name_and_status_and_rejections_by_rule()
    {
        await ExpectAsync("query Alpha { __typename }", HttpStatusCode.OK);
        await ExpectAsync("query Beta { __typename }", HttpStatusCode.OK);
        await ExpectAsync("query Gamma { __typename }", HttpStatusCode.OK);
        await ExpectAsync("query Alpha { __typename }", HttpStatusCode.OK);
        await ExpectAsync("{ __typename }", HttpStatusCode.OK);

        // Two rules report here: an unknown field, and a selection on a leaf (the x under String has no parent type to check).
        await ExpectAsync("query Broken { nope __typename { x } }", HttpStatusCode.BadRequest);
        await ExpectAsync("{ nope }", HttpStatusCode.BadRequest);
        await ExpectAsync("query {", HttpStatusCode.BadRequest);
        using (HttpResponseMessage notJson = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Raw("not json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        }

        string text = await api.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_operations_total", "counter"));
        Assert.True(MetricsText.HasFamily(text, "clustergraph_graphql_validation_rejections_total", "counter"));
        Assert.Equal(2, Operation(text, "Alpha", 200));
        Assert.Equal(1, Operation(text, "Beta", 200));
        Assert.Equal(1, Operation(text, "(other)", 200));
        Assert.Equal(1, Operation(text, "(other)", 400));
        Assert.Equal(1, Operation(text, "(anonymous)", 200));
        Assert.Equal(2, Operation(text, "(anonymous)", 400));
        Assert.Equal(1, Operation(text, "(none)", 400));
        Assert.Equal(9, MetricsText.Sum(text, "clustergraph_graphql_operations_total"));
        Assert.DoesNotContain("operation=\"Gamma\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("operation=\"Broken\"", text, StringComparison.Ordinal);

        Assert.Equal(2, Rejections(text, "FieldsOnCorrectTypeRule"));
        Assert.Equal(1, Rejections(text, "ScalarLeafsRule"));
        Assert.Equal(1, Rejections(text, "(syntax)"));
        Assert.Equal(4, MetricsText.Sum(text, "clustergraph_graphql_validation_rejections_total"));

        // The older family still counts every request by status.
        Assert.Equal(5, MetricsText.Value(text, "clustergraph_graphql_requests_total{status=\"200\"}"));
        Assert.Equal(4, MetricsText.Value(text, "clustergraph_graphql_requests_total{status=\"400\"}"));
    }

    private static double Operation(string text, string name, int status) =>
        MetricsText.Value(text, "clustergraph_graphql_operations_total{operation=\"" + name + "\",status=\"" + status + "\"}");

    private static double Rejections(string text, string rule) =>
        MetricsText.Value(text, "clustergraph_graphql_validation_rejections_total{rule=\"" + rule + "\"}");

    private async Task ExpectAsync(string query, HttpStatusCode status)
    {
        using HttpResponseMessage response = await GraphQLPost.SendAsync(api.Client, GraphQLPost.Create(query));
        Assert.Equal(status, response.StatusCode);
    }
}
