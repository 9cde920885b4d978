using ClusterGraph.Api.Operations;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// The exposition format's rules, worked out by hand from Prometheus' text format 0.0.4: label values escape
/// backslash, double quote and line feed; HELP escapes backslash and line feed; infinities are +Inf/-Inf.
/// </summary>
public sealed class PrometheusTextTests
{
    [Fact]
    public void Families_and_samples_are_written_line_by_line_with_escapes()
    {
        var text = new PrometheusText();
        text.Family("demo_total", "counter", "Back\\slash and\nnewline.");
        text.Sample("demo_total", 3, ("path", "a\"b\\c\nd"), ("code", "200"));
        text.Sample("demo_total", 0.25);

        Assert.Equal(
            "# HELP demo_total Back\\\\slash and\\nnewline.\n"
            + "# TYPE demo_total counter\n"
            + "demo_total{path=\"a\\\"b\\\\c\\nd\",code=\"200\"} 3\n"
            + "demo_total 0.25\n",
            text.ToString());
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.005, "0.005")]
    [InlineData(2.5, "2.5")]
    [InlineData(123456789.0, "123456789")]
    public void Numbers_use_the_invariant_culture_and_the_formats_infinities(double value, string expected) =>
        Assert.Equal(expected, PrometheusText.Format(value));
}
