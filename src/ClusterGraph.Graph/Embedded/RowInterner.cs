using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Shares repeated strings and evidence between the rows of one load: every relation names its two
/// entities and most facts cite the same few sources with the same passages, so a million rows would
/// otherwise hold millions of copies. Not thread-safe; one per load.
/// </summary>
internal sealed class RowInterner
{
    /// <summary>Longest string worth pooling; longer ones are rarely repeated.</summary>
    public const int MaxPooledLength = 512;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<Evidence, IReadOnlyList<Evidence>> _singleEvidence = [];

    public RowInterner() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="chars"/>, created on first sight.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out string? pooled))
        {
            return pooled;
        }

        string created = new(chars);
        _strings[created] = created;
        return created;
    }

    /// <summary>The pooled instance of <paramref name="text"/>.</summary>
    public string Get(string text)
    {
        if (_strings.TryGetValue(text, out string? pooled))
        {
            return pooled;
        }

        _strings[text] = text;
        return text;
    }

    /// <summary>A shared list for a one-item evidence list (the common case), else the list itself.</summary>
    public IReadOnlyList<Evidence> Share(List<Evidence> evidence)
    {
        if (evidence.Count != 1)
        {
            return evidence;
        }

        if (_singleEvidence.TryGetValue(evidence[0], out IReadOnlyList<Evidence>? shared))
        {
            return shared;
        }

        _singleEvidence[evidence[0]] = evidence;
        return evidence;
    }
}
