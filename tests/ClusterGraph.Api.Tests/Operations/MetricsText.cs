using System.Globalization;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>Reads one sample's value out of Prometheus text by its exact series (name plus label set).</summary>
internal static class MetricsText
{
    public static double Value(string text, string series)
    {
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
            {
                return double.Parse(line[(series.Length + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>The sum of every sample of <paramref name="name"/>, whatever its labels.</summary>
    public static double Sum(string text, string name) =>
        text.Split('\n')
            .Where(line => line.StartsWith(name + " ", StringComparison.Ordinal) || line.StartsWith(name + "{", StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));

    public static bool HasFamily(string text, string name, string type) =>
        text.Contains("# TYPE " + name + " " + type + "\n", StringComparison.Ordinal)
        && text.Contains("# HELP " + name + " ", StringComparison.Ordinal);
}
