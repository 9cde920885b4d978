namespace ClusterGraph.GraphQL;

/// <summary>What this engine implements, for version banners and diagnostics.</summary>
public static class EngineInfo
{
    /// <summary>The specification edition the engine follows (as graphql-js 16.11.0 does, plus <c>@oneOf</c>).</summary>
    public const string SpecificationEdition = "October 2021 + @oneOf";

    /// <summary>The engine's assembly version.</summary>
    public static Version Version { get; } = typeof(EngineInfo).Assembly.GetName().Version ?? new Version(0, 0);
}
