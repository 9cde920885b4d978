namespace ClusterGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>The kitchen-sink query and schema documents (Corpus/*.graphql), as text and as bytes.</summary>
public static class KitchenSink
{
    public static string Query => Read("kitchen-sink.graphql");

    public static string Schema => Read("kitchen-sink-schema.graphql");

    public static IEnumerable<CorpusCase> Cases()
    {
        yield return CorpusCase.Text("kitchen-sink query", Query);
        yield return CorpusCase.Text("kitchen-sink schema", Schema);
        yield return CorpusCase.Text("kitchen-sink both", Query + "\n" + Schema);
        yield return CorpusCase.Text("kitchen-sink query, CRLF", Query.Replace("\n", "\r\n", StringComparison.Ordinal));
        yield return CorpusCase.Text("kitchen-sink schema, CR", Schema.Replace("\n", "\r", StringComparison.Ordinal));
    }

    private static string Read(string name)
        => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ClusterGraph.GraphQL.Tests", "Conformance", "Corpus", name));
}
