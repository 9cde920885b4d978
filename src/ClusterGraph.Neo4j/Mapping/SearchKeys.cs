using System.Text;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Neo4j.Mapping;

/// <summary>Names as the filters compare them: NFKC-normalized and lower-cased invariantly, one per line.</summary>
public static class SearchKeys
{
    /// <summary>The Korean name, the English name and the aliases, skipping blanks.</summary>
    public static IEnumerable<string> NamesOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new[] { entity.Names.Ko, entity.Names.En }.Concat(entity.Aliases).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!);
    }

    /// <summary>NFKC, then invariant lower case; line breaks become spaces (they separate names in <c>searchText</c>).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\n', ' ').Replace('\r', ' ');
    }
}
