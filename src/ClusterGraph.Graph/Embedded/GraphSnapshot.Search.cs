using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

internal sealed partial class GraphSnapshot
{
    /// <summary>For each entity, its names and aliases prepared for search and name filters.</summary>
    public SearchForm[][] SearchForms { get; }

    private SearchForm[][] BuildSearchForms()
    {
        var forms = new SearchForm[Entities.Length][];
        var list = new List<SearchForm>(4);
        for (int e = 0; e < Entities.Length; e++)
        {
            list.Clear();
            Entity entity = Entities[e];
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

        string[] words = TextFolding.FoldWords(text);
        list.Add(new SearchForm(text, folded, TextFolding.Choseong(folded), words.Length == 1 && words[0] == folded ? [folded] : words, isName));
    }
}
