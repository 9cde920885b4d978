namespace ClusterGraph.Graph.Model;

/// <summary>The kinds of entity in the graph; mirrors the contract's <c>EntityKind</c> enum.</summary>
public enum EntityKind
{
    /// <summary>A country, province, city, district or zone (a place, not its government).</summary>
    Region,

    /// <summary>An industrial complex, free economic zone, cluster or research park.</summary>
    IndustrialComplex,

    /// <summary>A firm.</summary>
    Company,

    /// <summary>A research institute, technopark, university, agency, local government, association or public corporation.</summary>
    Institute,

    /// <summary>An industry, e.g. semiconductor or the root industries.</summary>
    Industry,

    /// <summary>One stage of an industry's value chain.</summary>
    ValueChainStage,

    /// <summary>An MOU, declaration, program, designation, funding, event or plan.</summary>
    Initiative,
}
