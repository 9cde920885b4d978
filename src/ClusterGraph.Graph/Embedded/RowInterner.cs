using System.Runtime.CompilerServices;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Shares repeated strings and evidence between the rows of one load: every relation names its two
/// entities and most facts cite the same few sources with the same passages, so a million rows would
/// otherwise hold millions of copies. Not thread-safe; each decoding thread has its own, which may
/// look first in a <em>shared</em> interner that nobody writes to while the threads read it.
/// </summary>
internal sealed class RowInterner
{
    /// <summary>Longest string worth pooling; longer ones are rarely repeated.</summary>
    public const int MaxPooledLength = 512;

    private readonly RowInterner? _shared;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<Evidence, IReadOnlyList<Evidence>> _singleEvidence = [];

    public RowInterner(RowInterner? shared = null)
    {
        _shared = shared;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of strings this interner holds itself (not counting the shared one).</summary>
    public int Count => _strings.Count;

    /// <summary>The pooled string equal to <paramref name="chars"/>, created on first sight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> chars)
    {
        if (_shared is not null && _shared._lookup.TryGetValue(chars, out string? common))
        {
            return common;
        }

        if (_lookup.TryGetValue(chars, out string? pooled))
        {
            return pooled;
        }

        string created = new(chars);
        _strings[created] = created;
        return created;
    }

    /// <summary>The pooled instance of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(string text)
    {
        if (_shared is not null && _shared._strings.TryGetValue(text, out string? common))
        {
            return common;
        }

        if (_strings.TryGetValue(text, out string? pooled))
        {
            return pooled;
        }

        _strings[text] = text;
        return text;
    }

    /// <summary>Makes room for <paramref name="count"/> more strings before a bulk of <see cref="Get(string)"/> calls.</summary>
    public void Reserve(int count) => _strings.EnsureCapacity(_strings.Count + count);

    /// <summary>A shared list for a one-item evidence list (the common case), else the list itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Evidence> Share(List<Evidence> evidence)
    {
        if (evidence.Count != 1)
        {
            return evidence;
        }

        if (_shared is not null && _shared._singleEvidence.TryGetValue(evidence[0], out IReadOnlyList<Evidence>? common))
        {
            return common;
        }

        if (_singleEvidence.TryGetValue(evidence[0], out IReadOnlyList<Evidence>? shared))
        {
            return shared;
        }

        _singleEvidence[evidence[0]] = evidence;
        return evidence;
    }

    /// <summary>Takes over the strings and evidence lists of another interner (after its thread finished).</summary>
    public void Absorb(RowInterner other)
    {
        foreach (string text in other._strings.Keys)
        {
            _strings.TryAdd(text, text);
        }

        foreach (KeyValuePair<Evidence, IReadOnlyList<Evidence>> pair in other._singleEvidence)
        {
            _singleEvidence.TryAdd(pair.Key, pair.Value);
        }
    }
}
