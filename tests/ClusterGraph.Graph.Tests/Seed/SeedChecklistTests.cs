using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Seed;

namespace ClusterGraph.Graph.Tests.Seed;

/// <summary>
/// Walks the fact checklist in seed/README.md (written by hand from the articles) and checks each
/// fact against the loaded seed: it is there, and it cites its article with a quote that occurs
/// verbatim in the article text read from ../shared/seeds.
/// </summary>
public sealed class SeedChecklistTests
{
    private const string ChecklistHeading = "## Fact checklist";

    private static readonly Lazy<KnowledgeGraph> s_graph = new(() =>
    {
        SeedLoadResult result = SeedLoader.Load(RepositoryPaths.Seed);
        Assert.True(result.Succeeded, "The repository seed does not load:" + Environment.NewLine + result.Describe());
        return result.Graph;
    });

    private static readonly Dictionary<string, string> s_articles = [];

    public static TheoryData<string, int, string> Facts()
    {
        var data = new TheoryData<string, int, string>();
        foreach ((int line, string fact) in ChecklistLines())
        {
            data.Add(fact.Split(" | ")[0], line, fact);
        }

        return data;
    }

    [Fact]
    public void The_checklist_covers_all_five_articles()
    {
        string[] articles = [.. Directory.GetFiles(RepositoryPaths.Articles, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];
        Assert.Equal(5, articles.Length);
        HashSet<string> covered = [.. ChecklistLines().Select(l => l.Fact.Split(" | ")[0])];
        Assert.Equal(articles, covered.Order(StringComparer.Ordinal));
        Assert.True(ChecklistLines().Count >= 150, "The checklist should list every fact of the articles.");
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void Fact_is_in_the_graph_with_verbatim_evidence(string article, int readmeLine, string fact)
    {
        string[] parts = fact.Split(" | ");
        Assert.True(parts.Length >= 3, $"README.md:{readmeLine}: expected '<article> | <kind> | <fact> | <note>'.");
        string what = parts[1];
        string claim = parts[2];
        KnowledgeGraph graph = s_graph.Value;

        IReadOnlyList<Evidence> evidence = what switch
        {
            "entity" => (graph.FindEntity(claim) ?? throw Missing(readmeLine, $"entity {claim}")).Evidence,
            "relation" => FindRelation(graph, claim, readmeLine).Evidence,
            "indicator" => FindIndicator(graph, claim, readmeLine).Evidence,
            _ => throw new InvalidOperationException($"README.md:{readmeLine}: unknown fact kind '{what}'."),
        };

        string sourceId = GraphIds.ForSource(article);
        string text = ArticleText(article);
        Evidence[] fromArticle = [.. evidence.Where(e => e.SourceId == sourceId)];
        Assert.True(fromArticle.Length > 0, $"README.md:{readmeLine}: {claim} has no evidence from {sourceId}.");
        foreach (Evidence item in fromArticle)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Quote), $"README.md:{readmeLine}: evidence from {sourceId} has no quote.");
            Assert.True(text.Contains(item.Quote!, StringComparison.Ordinal), $"README.md:{readmeLine}: quote not verbatim in {article}.txt: «{item.Quote}»");
        }
    }

    [Fact]
    public void Every_article_quote_anywhere_in_the_seed_is_verbatim()
    {
        KnowledgeGraph graph = s_graph.Value;
        IEnumerable<(string Owner, Evidence Evidence)> all =
            graph.Entities.SelectMany(e => e.Evidence.Select(x => (e.Id, x)))
                .Concat(graph.Entities.SelectMany(e => e.Indicators.SelectMany(i => i.Evidence.Select(x => ($"{e.Id}#{i.Key}", x)))))
                .Concat(graph.Relations.SelectMany(r => r.Evidence.Select(x => (r.Id, x))));
        int checkedQuotes = 0;
        foreach ((string owner, Evidence evidence) in all)
        {
            string name = GraphIds.SlugOf(evidence.SourceId);
            if (!File.Exists(Path.Combine(RepositoryPaths.Articles, name + ".txt")))
            {
                continue;
            }

            Assert.True(evidence.Quote is not null && ArticleText(name).Contains(evidence.Quote, StringComparison.Ordinal),
                $"{owner}: quote not verbatim in {name}.txt: «{evidence.Quote}»");
            checkedQuotes++;
        }

        Assert.True(checkedQuotes > 300, $"only {checkedQuotes} article quotes found");
    }

    [Fact]
    public void Every_indicator_of_the_seed_is_on_the_checklist()
    {
        HashSet<string> listed = [.. ChecklistLines()
            .Select(l => l.Fact.Split(" | "))
            .Where(parts => parts[1] == "indicator")
            .Select(parts => parts[2].Split(" = ")[0])];
        string[] missing = [.. s_graph.Value.Entities.SelectMany(e => e.Indicators.Select(i => $"{e.Id}#{i.Key}")).Where(k => !listed.Contains(k))];
        Assert.True(missing.Length == 0, "Figures in the seed but not on the checklist: " + string.Join(", ", missing));
    }

    private static Relation FindRelation(KnowledgeGraph graph, string claim, int readmeLine)
    {
        // "<TYPE> <from> -> <to>"
        string[] words = claim.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(words.Length == 4 && words[2] == "->", $"README.md:{readmeLine}: expected '<TYPE> <from> -> <to>'.");
        Assert.True(ContractNames.TryParse(words[0], out RelationType type), $"README.md:{readmeLine}: unknown relation type {words[0]}.");
        return graph.Relations.FirstOrDefault(r => r.Type == type && r.FromId == words[1] && r.ToId == words[3])
            ?? throw Missing(readmeLine, $"relation {claim}");
    }

    private static Indicator FindIndicator(KnowledgeGraph graph, string claim, int readmeLine)
    {
        // "<entity>#<key> = <value>"
        string[] sides = claim.Split(" = ");
        string[] target = sides[0].Split('#');
        Assert.True(sides.Length == 2 && target.Length == 2, $"README.md:{readmeLine}: expected '<entity>#<key> = <value>'.");
        Entity entity = graph.FindEntity(target[0]) ?? throw Missing(readmeLine, $"entity {target[0]}");
        Indicator indicator = entity.Indicators.FirstOrDefault(i => i.Key == target[1]) ?? throw Missing(readmeLine, $"indicator {sides[0]}");
        double expected = double.Parse(sides[1], CultureInfo.InvariantCulture);
        Assert.Equal(expected, indicator.Value);
        return indicator;
    }

    private static Xunit.Sdk.XunitException Missing(int readmeLine, string what) => new($"README.md:{readmeLine}: {what} is not in the loaded graph.");

    private static string ArticleText(string article)
    {
        lock (s_articles)
        {
            if (!s_articles.TryGetValue(article, out string? text))
            {
                string path = Path.Combine(RepositoryPaths.Articles, article + ".txt");
                Assert.True(File.Exists(path), $"The article {path} is missing.");
                s_articles[article] = text = File.ReadAllText(path);
            }

            return text;
        }
    }

    private static List<(int Line, string Fact)> ChecklistLines()
    {
        string readme = Path.Combine(RepositoryPaths.Seed, "README.md");
        string[] lines = File.ReadAllLines(readme);
        int start = Array.IndexOf(lines, ChecklistHeading);
        Assert.True(start >= 0, $"{readme} has no '{ChecklistHeading}' section.");
        var facts = new List<(int, string)>();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (lines[i].StartsWith("- ", StringComparison.Ordinal) && lines[i].Contains(" | ", StringComparison.Ordinal) && char.IsAsciiDigit(lines[i][2]))
            {
                facts.Add((i + 1, lines[i][2..]));
            }
        }

        return facts;
    }
}
