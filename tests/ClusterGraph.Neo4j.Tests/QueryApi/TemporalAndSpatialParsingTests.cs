using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Tests.QueryApi;

/// <summary>The text forms Neo4j writes for durations, points and temporals, parsed; expectations worked out by hand.</summary>
public sealed class TemporalAndSpatialParsingTests
{
    [Theory]
    [InlineData("P14DT16H12M", 0, 14, 58_320, 0)]
    [InlineData("P1Y2M10DT2H", 14, 10, 7_200, 0)]
    [InlineData("P2W", 0, 14, 0, 0)]
    [InlineData("PT0.000000001S", 0, 0, 0, 1)]
    [InlineData("PT1.5S", 0, 0, 1, 500_000_000)]
    [InlineData("PT-0.5S", 0, 0, -1, 500_000_000)] // -0.5 s = -1 s + 0.5 s
    [InlineData("P-1M-2DT-3H", -1, -2, -10_800, 0)]
    public void Parses_durations(string text, long months, long days, long seconds, int nanoseconds) =>
        Assert.Equal(new Neo4jDuration(months, days, seconds, nanoseconds), Neo4jDuration.TryParse(text));

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("14D")]
    [InlineData("P1DT")]
    [InlineData("P1.5D")]
    [InlineData("PT1H2X")]
    [InlineData("PT0.0000000001S")]
    public void Refuses_malformed_durations(string text) => Assert.Null(Neo4jDuration.TryParse(text));

    [Fact]
    public void Parses_points_in_2d_and_3d()
    {
        Assert.Equal(new Neo4jPoint(4326, 126.7052, 37.4563, null), Neo4jPoint.TryParse("SRID=4326;POINT (126.7052 37.4563)"));
        Assert.Equal(new Neo4jPoint(4979, 1, 2, 3), Neo4jPoint.TryParse("SRID=4979;POINT Z (1.0 2.0 3.0)"));
        Assert.Null(Neo4jPoint.TryParse("SRID=4326;POINT (1)"));
        Assert.Null(Neo4jPoint.TryParse("SRID=x;POINT (1 2)"));
        Assert.Null(Neo4jPoint.TryParse("SRID=4979;POINT Z (1 2)"));
    }

    [Fact]
    public void Parses_temporals_with_nanoseconds_offsets_and_zones()
    {
        Neo4jTemporal time = Neo4jTemporal.TryParse(Neo4jTemporalKind.Time, "23:59:59.123456789-05:30")!.Value;
        Assert.Equal(123_456_789, time.Nanosecond);
        Assert.Equal(-new TimeSpan(5, 30, 0), time.Offset);

        Neo4jTemporal shortTime = Neo4jTemporal.TryParse(Neo4jTemporalKind.LocalTime, "12:50")!.Value;
        Assert.Equal(new TimeOnly(12, 50), shortTime.ToTimeOnly());

        Neo4jTemporal withOffset = Neo4jTemporal.TryParse(Neo4jTemporalKind.OffsetDateTime, "2024-01-01T21:40:32-01:00")!.Value;
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), withOffset.ToDateTimeOffset());
        Assert.Null(withOffset.ZoneId);

        Assert.Null(Neo4jTemporal.TryParse(Neo4jTemporalKind.Date, "2015-03-26T00:00"));
        Assert.Null(Neo4jTemporal.TryParse(Neo4jTemporalKind.LocalTime, "24:00:00"));
        Assert.Null(Neo4jTemporal.TryParse(Neo4jTemporalKind.Time, "12:00:00"));
        Assert.Null(Neo4jTemporal.TryParse(Neo4jTemporalKind.OffsetDateTime, "2015-11-21T21:40:32Z[]"));
        Assert.Throws<InvalidOperationException>(() => withOffset.ToDateOnly());
    }
}
