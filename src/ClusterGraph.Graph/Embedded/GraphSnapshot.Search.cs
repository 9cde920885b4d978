using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

internal sealed partial class GraphSnapshot
{
    /// <summary>For each entity, its names and aliases prepared for search and name filters.</summary>
    private readonly Task<SearchForm[][]> _searchForms;

    /// <summary>For each entity, its names and aliases prepared for search and name filters (built in the background; the first readers may wait for it).</summary>
    public SearchForm[][] SearchForms => _searchForms.GetAwaiter().GetResult();

    // Folding is the costly part of a snapshot build: an entity that is the same object in the
    // previous snapshot (unchanged by the write) takes its forms from there.
    private static SearchForm[][] BuildSearchForms(Entity[] entities, GraphSnapshot? previous)
    {
        var forms = new SearchForm[entities.Length][];
        var list = new List<SearchForm>(4);
        for (int e = 0; e < entities.Length; e++)
        {
            Entity entity = entities[e];
            int old = previous is null ? -1 : previous.IndexOf(entity.Id);
            if (old >= 0 && ReferenceEquals(previous!.Entities[old], entity))
            {
                forms[e] = previous.SearchForms[old];
                continue;
            }

            list.Clear();
            Add(list, entity.Names.Ko, isName: true);
            Add(list, entity.Names.En, isName: true);
            foreach (string alias in entity.Aliases)
            {
                Add(list, alias, isName: false);
            }

            forms[e] = [.. list];
        }

        return forms;
    }


    private static void Add(List<SearchForm> list, string? text, bool isName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        string folded = TextFolding.Fold(text);
        if (folded.Length == 0)
        {
            return;
        }

        foreach (SearchForm existing in list)
        {
            if (string.Equals(existing.Folded, folded, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(new SearchForm(text, folded, TextFolding.Choseong(folded), WordEndsOf(text, folded), isName));
    }

    // Word boundaries within the folded text; none (one word) when folding word by word does not
    // reproduce the whole (normalization across a boundary) or the text is too long for ushort offsets.
    private static ushort[] WordEndsOf(string text, string folded)
    {
        string[] words = TextFolding.FoldWords(text);
        if (words.Length <= 1 || folded.Length > ushort.MaxValue)
        {
            return [];
        }

        var ends = new ushort[words.Length];
        int end = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (string.CompareOrdinal(folded, end, words[i], 0, words[i].Length) != 0)
            {
                return [];
            }

            end += words[i].Length;
            ends[i] = (ushort)end;
        }

        return end == folded.Length ? ends : [];
    }
}
