namespace ClusterGraph.Graph.Tests.Seed;

/// <summary>A small valid seed written to a temporary folder; tests replace one line to break one rule.</summary>
internal sealed class TempSeed : IDisposable
{
    public const string Source = """{"id":"source:article","title":"An article","lang":"KO"}""";
    public const string Incheon = """{"id":"region:incheon","kind":"REGION","names":{"ko":"인천","en":"Incheon"},"region":{"level":"METROPOLITAN_CITY"},"location":{"lat":37.46,"lon":126.7,"precision":"REGION"},"evidence":[{"source":"source:article","quote":"인천"}]}""";
    public const string Amkor = """{"id":"company:amkor-technology-korea","kind":"COMPANY","names":{"ko":"앰코코리아"},"aliases":["Amkor"],"evidence":[{"source":"source:article","quote":"앰코코리아"}]}""";
    public const string Semiconductor = """{"id":"industry:semiconductor","kind":"INDUSTRY","names":{"ko":"반도체"},"evidence":[{"source":"source:article","quote":"반도체"}]}""";
    public const string Located = """{"type":"LOCATED_IN","from":"company:amkor-technology-korea","to":"region:incheon","evidence":[{"source":"source:article","quote":"인천에는 앰코코리아"}]}""";
    public const string Active = """{"id":"relation:active-in:amkor-technology-korea:semiconductor","type":"ACTIVE_IN","from":"company:amkor-technology-korea","to":"industry:semiconductor","confidence":0.9,"since":"2020-01-01","evidence":[{"source":"source:article","quote":"반도체"}]}""";

    private TempSeed(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// Writes sources.jsonl, entities/regions.jsonl (Incheon), entities/others.jsonl (blank line,
    /// Amkor, semiconductor: lines 2 and 3) and relations/all.jsonl (located, active).
    /// </summary>
    public static TempSeed Create(
        string[]? sources = null,
        string[]? regions = null,
        string[]? others = null,
        string[]? relations = null)
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cg-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(path, "entities"));
        Directory.CreateDirectory(System.IO.Path.Combine(path, "relations"));
        File.WriteAllLines(System.IO.Path.Combine(path, "sources.jsonl"), sources ?? [Source]);
        File.WriteAllLines(System.IO.Path.Combine(path, "entities", "regions.jsonl"), regions ?? [Incheon]);
        File.WriteAllLines(System.IO.Path.Combine(path, "entities", "others.jsonl"), others ?? ["", Amkor, Semiconductor]);
        File.WriteAllLines(System.IO.Path.Combine(path, "relations", "all.jsonl"), relations ?? [Located, Active]);
        return new TempSeed(path);
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
