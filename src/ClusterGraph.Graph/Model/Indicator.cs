namespace ClusterGraph.Graph.Model;

/// <summary>
/// A numeric fact about an entity. Measurements attach to the entity measured; targets attach to
/// the initiative that sets them (<see cref="Target"/> = true).
/// </summary>
/// <param name="Key">Stable key within its entity, lower-case words joined by '-', e.g. <c>semiconductor-firms</c>.</param>
/// <param name="Name">Bilingual name of the figure.</param>
/// <param name="Value">The value in <see cref="Unit"/> (money in KRW, shares in percent).</param>
public sealed record Indicator(string Key, LocalizedText Name, double Value)
{
    /// <summary>Unit of <see cref="Value"/>, e.g. <c>firms</c>, <c>KRW</c>, <c>%</c>; null for a pure count.</summary>
    public string? Unit { get; init; }

    /// <summary>As stated: e.g. '이상' (at least), '약' (about); null when the figure is exact.</summary>
    public string? Qualifier { get; init; }

    /// <summary>ID of the industry or value-chain stage the figure is about, or null.</summary>
    public string? About { get; init; }

    /// <summary>For a measurement, when it was true; for a target, when it is due. Null when the source gives no full date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A period as stated when no single date fits, e.g. '2030년까지', '10년 후'.</summary>
    public string? Period { get; init; }

    /// <summary>True for a goal, false for a measurement.</summary>
    public bool Target { get; init; }

    /// <summary>Sources and passages stating the figure; at least one.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
