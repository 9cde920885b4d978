using System.ComponentModel.DataAnnotations;

namespace ClusterGraph.Api.Operations;

/// <summary>Settings of <c>/metrics</c> (configuration section <c>ClusterGraph:Metrics</c>).</summary>
public sealed class MetricsSettings
{
    /// <summary>The configuration section these settings bind to.</summary>
    public const string SectionName = "ClusterGraph:Metrics";

    /// <summary>Distinct operation names with their own series; later names are counted as "(other)".</summary>
    [Range(0, 10_000)]
    public int MaxOperationNames { get; set; } = 100;
}
