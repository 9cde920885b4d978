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

    public static bool HasFamily(string text, string name, string type) =>
        text.Contains("# TYPE " + name + " " + type + "\n", StringComparison.Ordinal)
        && text.Contains("# HELP " + name + " ", StringComparison.Ordinal);
}
