using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>Which parser entry point a case goes through.</summary>
public enum ParseEntry
{
    Document,
    Value,
    ConstValue,
    Type,
}

/// <summary>
/// One document of the parse corpus: text (sent to graphql-js as a JS string) or raw bytes (sent as
/// base64 and decoded by the oracle as a JavaScript server would).
/// </summary>
public sealed record CorpusCase(string Name, string? Source, byte[]? Bytes = null, ParseEntry Entry = ParseEntry.Document)
{
    public static CorpusCase Text(string name, string source, ParseEntry entry = ParseEntry.Document) => new(name, source, null, entry);

    public static CorpusCase Raw(string name, byte[] bytes) => new(name, null, bytes);

    public JsonObject ToRequest()
    {
        var request = new JsonObject { ["op"] = "parse", ["ast"] = true };
        if (Bytes is not null)
        {
            request["sourceBase64"] = Convert.ToBase64String(Bytes);
        }
        else if (HasLoneSurrogate(Source!))
        {
            // JSON writers replace lone surrogates; send the UTF-16 code units instead.
            request["sourceUtf16Base64"] = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Source.AsSpan()));
        }
        else
        {
            request["source"] = Source;
        }

        if (Entry != ParseEntry.Document)
        {
            request["entry"] = Entry switch
            {
                ParseEntry.Value => "value",
                ParseEntry.ConstValue => "constValue",
                _ => "type",
            };
        }

        return request;
    }

    public static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
        => Bytes is not null ? $"{Name} (bytes {Convert.ToHexString(Bytes)})" : $"{Name}: {JsonValue.Create(Source)!.ToJsonString()}";
}
