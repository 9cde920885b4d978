using System.Text;

namespace ClusterGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>
/// A seeded random generator of valid GraphQL documents (executable and type-system) as token lists,
/// and of mutations of them (deleted, duplicated, swapped or replaced tokens, truncations, stray
/// characters, invalid UTF-8 bytes). The same seed gives the same corpus.
/// </summary>
public sealed partial class DocumentGenerator(int seed)
{
    private const int MaxDepth = 3;

    private static readonly string[] s_names =
    [
        "a", "b", "id", "name", "cluster", "companies", "region", "_private", "__typename", "x1", "LongerFieldName",
        "query", "mutation", "subscription", "fragment", "on", "type", "schema", "extend", "input", "enum", "true", "null",
        "implements", "repeatable", "directive", "interface", "union", "scalar",
    ];

    private static readonly string[] s_typeNames = ["Query", "Cluster", "Company", "Int", "String", "ID", "Float", "Boolean", "T", "on", "type"];

    private static readonly string[] s_locations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly string[] s_separators = [" ", " ", " ", " ", "\n", "\n  ", ",", ", ", "\t", "\r\n", "\r", " # note ✓ 🏭\n", "\uFEFF", "\n\n"];

    private static readonly string[] s_stringPieces =
    [
        "a", "text", " ", "  ", "경기", "é", "🏭", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\u0041", "\\u00e9",
        "\\u{1F3ED}", "\\u{0}", "\\uD83C\\uDFED", "'", "#", "{", "}", "\u0001", "\u007f", "\u0085", "\u2028",
    ];

    private static readonly string[] s_blockPieces =
    [
        "a", "text", " ", "\t", "경기", "🏭", "\\\"\"\"", "\"", "\"\"", "\\", "\\n", "#", "{", "\u0001",
    ];

    private readonly Random _random = new(seed);

    /// <summary><paramref name="valid"/> valid documents, then <paramref name="mutations"/> mutations of fresh ones.</summary>
    public List<CorpusCase> Corpus(int valid, int mutations)
    {
        var cases = new List<CorpusCase>(valid + mutations);
        for (int i = 0; i < valid; i++)
        {
            cases.Add(CorpusCase.Text($"generated #{i}", Render(Document())));
        }

        for (int i = 0; i < mutations; i++)
        {
            cases.Add(Mutate(Document(), $"mutation #{i}"));
        }

        return cases;
    }

    /// <summary>A valid document as tokens: executable, type-system, or both.</summary>
    public List<string> Document()
    {
        var tokens = new List<string>();
        int definitions = 1 + _random.Next(3);
        int flavour = _random.Next(3);
        for (int i = 0; i < definitions; i++)
        {
            bool executable = flavour == 0 || (flavour == 2 && _random.Next(2) == 0);
            if (executable)
            {
                ExecutableDefinition(tokens);
            }
            else
            {
                TypeSystemDefinition(tokens);
            }
        }

        return tokens;
    }

    /// <summary>Joins tokens with random ignored tokens (white space, commas, comments, BOMs, line breaks).</summary>
    public string Render(List<string> tokens)
    {
        var builder = new StringBuilder();
        if (_random.Next(10) == 0)
        {
            builder.Append(Pick(s_separators));
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(Pick(s_separators));
            }

            builder.Append(tokens[i]);
        }

        return builder.ToString();
    }

    private CorpusCase Mutate(List<string> tokens, string name)
    {
        int kind = _random.Next(9);
        int at = _random.Next(tokens.Count);
        switch (kind)
        {
            case 0:
                tokens.RemoveAt(at);
                return CorpusCase.Text(name + " (deleted token)", Render(tokens));
            case 1:
                tokens.Insert(at, tokens[at]);
                return CorpusCase.Text(name + " (duplicated token)", Render(tokens));
            case 2:
                if (at + 1 < tokens.Count)
                {
                    (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
                }

                return CorpusCase.Text(name + " (swapped tokens)", Render(tokens));
            case 3:
                tokens[at] = Pick(["{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "\"s\"", "1", "1.5", "on", "name"]);
                return CorpusCase.Text(name + " (replaced token)", Render(tokens));
            case 4:
            {
                string text = Render(tokens);
                return CorpusCase.Text(name + " (truncated)", text[.._random.Next(text.Length + 1)]);
            }

            case 5:
            {
                string text = Render(tokens);
                int cut = _random.Next(text.Length + 1);
                string stray = Pick(["?", "'", "~", "\u0000", "é", "🏭", "\"", "\"\"\"", "\\", "#", ".", "..", "-", "0", "\n", "\uFEFF", "\u00A0"]);
                return CorpusCase.Text(name + " (stray character)", text[..cut] + stray + text[cut..]);
            }

            case 6:
            {
                byte[] bytes = Encoding.UTF8.GetBytes(Render(tokens));
                int cut = _random.Next(bytes.Length + 1);
                byte[] junk = Pick<byte[]>([[0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xEF, 0xBB, 0xBF]]);
                return CorpusCase.Raw(name + " (invalid bytes)", [.. bytes[..cut], .. junk, .. bytes[cut..]]);
            }

            case 7:
            {
                byte[] bytes = Encoding.UTF8.GetBytes(Render(tokens));
                return CorpusCase.Raw(name + " (truncated bytes)", bytes[.._random.Next(bytes.Length + 1)]);
            }

            default:
            {
                // A valid document with invalid bytes inside a string literal: accepted, read as U+FFFD.
                tokens.Insert(at, "\"\u0001\"");
                byte[] bytes = Encoding.UTF8.GetBytes(Render(tokens));
                int marker = Array.IndexOf(bytes, (byte)0x01);
                bytes[marker] = Pick<byte>([0x80, 0xFF, 0xC3, 0xF4]);
                return CorpusCase.Raw(name + " (invalid bytes in string)", bytes);
            }
        }
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private bool Chance(int percent) => _random.Next(100) < percent;

    private string Name() => Pick(s_names);

    private string TypeName() => Pick(s_typeNames);
}
