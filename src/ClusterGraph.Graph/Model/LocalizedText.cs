namespace ClusterGraph.Graph.Model;

/// <summary>A text in Korean and/or English; at least one side is expected where a name is required.</summary>
/// <param name="Ko">The Korean text, or null.</param>
/// <param name="En">The English text, or null.</param>
public sealed record LocalizedText(string? Ko, string? En)
{
    /// <summary>True when neither side holds a non-blank text.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Ko) && string.IsNullOrWhiteSpace(En);

    /// <summary>The text in <paramref name="lang"/>, falling back to the other language (the contract's rule for <c>name</c>).</summary>
    public string? Get(Lang lang)
    {
        string? preferred = lang == Lang.En ? En : Ko;
        string? other = lang == Lang.En ? Ko : En;
        return string.IsNullOrWhiteSpace(preferred) ? (string.IsNullOrWhiteSpace(other) ? null : other) : preferred;
    }
}
