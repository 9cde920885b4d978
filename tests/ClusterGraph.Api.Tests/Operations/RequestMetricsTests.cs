using ClusterGraph.Api.Operations;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>The cap on operation-name series: first names in, later ones and impossible names "(other)".</summary>
public sealed class RequestMetricsTests
{
    [Fact]
    public void Names_past_the_cap_and_names_GraphQL_cannot_have_are_counted_as_other()
    {
        var metrics = new RequestMetrics(maxOperationNames: 2);
        metrics.RecordOperation("First", 200);
        metrics.RecordOperation("bad name\"}", 200);
        metrics.RecordOperation("9lives", 200);
        metrics.RecordOperation(new string('a', 129), 200);
        metrics.RecordOperation("Second", 200);
        metrics.RecordOperation("Third", 200);
        metrics.RecordOperation("First", 400);
        metrics.RecordOperation(null, 200);
        metrics.RecordNoOperation(429);

        Assert.Equal(
            [
                KeyValuePair.Create(("(anonymous)", 200), 1L),
                KeyValuePair.Create(("(none)", 429), 1L),
                KeyValuePair.Create(("(other)", 200), 4L),
                KeyValuePair.Create(("First", 200), 1L),
                KeyValuePair.Create(("First", 400), 1L),
                KeyValuePair.Create(("Second", 200), 1L),
            ],
            metrics.ByOperation());
    }
}
