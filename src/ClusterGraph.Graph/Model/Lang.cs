namespace ClusterGraph.Graph.Model;

/// <summary>Language of a text or source; mirrors the contract's <c>Lang</c> enum.</summary>
public enum Lang
{
    /// <summary>Korean.</summary>
    Ko,

    /// <summary>English.</summary>
    En,
}
