namespace ClusterGraph.Graph.Embedded;

/// <summary>One name or alias of an entity, prepared for search.</summary>
/// <param name="Original">As stored (what a hit reports as matched).</param>
/// <param name="Folded">Folded (<see cref="TextFolding.Fold"/>): the folded words, concatenated.</param>
/// <param name="Choseong">Choseong form of <see cref="Folded"/> (the same instance when it has no syllable).</param>
/// <param name="WordEnds">
/// Where each word of <see cref="Folded"/> ends, for typo tolerance; empty when the whole is one
/// word. Offsets rather than strings keep a million entities' forms small.
/// </param>
/// <param name="IsName">True for the Korean or English name, false for an alias.</param>
internal sealed record SearchForm(string Original, string Folded, string Choseong, ushort[] WordEnds, bool IsName)
{
    /// <summary>Number of words.</summary>
    public int WordCount => WordEnds.Length == 0 ? 1 : WordEnds.Length;

    /// <summary>The <paramref name="index"/>th folded word.</summary>
    public ReadOnlySpan<char> Word(int index)
    {
        if (WordEnds.Length == 0)
        {
            return Folded;
        }

        int start = index == 0 ? 0 : WordEnds[index - 1];
        return Folded.AsSpan(start, WordEnds[index] - start);
    }
}
