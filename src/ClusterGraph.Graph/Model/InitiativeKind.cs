namespace ClusterGraph.Graph.Model;

/// <summary>What kind of initiative it is; mirrors the contract's <c>InitiativeKind</c> enum.</summary>
public enum InitiativeKind
{
    /// <summary>A memorandum of understanding (업무협약).</summary>
    Mou,

    /// <summary>A joint declaration or vision proclamation.</summary>
    Declaration,

    /// <summary>A support program or project.</summary>
    Program,

    /// <summary>A designation (e.g. of a specialized complex or zone).</summary>
    Designation,

    /// <summary>A funding scheme.</summary>
    Funding,

    /// <summary>A one-off event (exhibition, seminar, forum).</summary>
    Event,

    /// <summary>A strategy or plan.</summary>
    Plan,
}
